import { registerEnumType } from 'type-graphql';
import { METALS } from '@elysium/content-model';

/** A metal code as the content model stores it ('platinum', 'yellow-gold-18k', …). */
export type MetalCode = keyof typeof METALS;

export const METAL_CODES = Object.keys(METALS) as MetalCode[];

/** The GraphQL name of a metal code: 'yellow-gold-18k' is YELLOW_GOLD_18K. */
export const metalGraphqlName = (code: MetalCode): string => code.toUpperCase().replace(/-/g, '_');

/**
 * Registers a subgraph's `Metal` enum under the one face every subgraph shows: the same name,
 * description and value descriptions, from the content model's vocabulary. Subgraphs keep their
 * own internal values (the catalog's content codes, inventory's column values).
 */
export function registerMetalEnum(metal: object): void {
  registerEnumType(metal, {
    name: 'Metal',
    description: 'The metal a piece is made in: platinum (950) or 18 carat gold.',
    valuesConfig: Object.fromEntries(METAL_CODES.map((code) => [metalGraphqlName(code), { description: METALS[code] }])),
  });
}
