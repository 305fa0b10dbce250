/**
 * The shape of Sanity Studio schema types. Studio's `defineType`/`defineField` are identity functions
 * that only add typing, so these plain objects load in Studio as they are (`schema.types`), and the
 * catalog's GROQ can be checked against them without installing Studio here.
 */
export interface FieldDefinition {
  name: string;
  title?: string;
  type: string;
  description?: string;
  /** Array members. */
  of?: Array<{ type: string; to?: Array<{ type: string }> }>;
  /** Reference targets. */
  to?: Array<{ type: string }>;
  /** Nested fields of an inline object. */
  fields?: FieldDefinition[];
  options?: Record<string, unknown>;
  readOnly?: boolean;
  hidden?: boolean;
  validation?: (rule: SanityRule) => unknown;
}

/** The part of Studio's validation Rule API used here. */
export interface SanityRule {
  required(): SanityRule;
  min(n: number): SanityRule;
  max(n: number): SanityRule;
  integer(): SanityRule;
  positive(): SanityRule;
  unique(): SanityRule;
}

export interface TypeDefinition {
  name: string;
  title: string;
  type: 'document' | 'object';
  description?: string;
  fields: FieldDefinition[];
  preview?: { select: Record<string, string> };
}

export const defineType = (type: TypeDefinition): TypeDefinition => type;
export const defineField = (field: FieldDefinition): FieldDefinition => field;

/** A list of allowed string values, shown as a dropdown in Studio. */
export const choice = (values: Record<string, string>) => ({ list: Object.entries(values).map(([value, title]) => ({ value, title })) });
