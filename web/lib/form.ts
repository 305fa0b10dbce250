import type { FormState } from '@/components/action-form';
import { graphql } from '@/gql';

/** What a form shows of any refusal the graph answers with: its message, and each refused field. */
export const RefusalFields = graphql(`
  fragment Refusal on ErrorResult {
    message
    ... on InputValidationError {
      fieldErrors {
        field
        message
      }
    }
  }
`);

/** A form field as typed, trimmed; an absent field is empty. */
export function field(form: FormData, name: string): string {
  return String(form.get(name) ?? '').trim();
}

/**
 * The graph's typed refusal as a form shows it: each refused field's own message under a plain
 * summary (the graph's summary of a validation error names input paths, not words for a client).
 */
export function refusal(outcome: { message: string; fieldErrors?: Array<{ field: string; message: string }> }): FormState {
  if (!outcome.fieldErrors?.length) return { error: outcome.message };
  return {
    error: 'Please check these details:',
    fieldErrors: Object.fromEntries(outcome.fieldErrors.map((e) => [e.field, e.message])),
  };
}
