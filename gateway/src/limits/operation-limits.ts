import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import { HeaderMap } from '@apollo/server';
import { z } from 'zod';

/** Who the limits are for: staff run heavier ad-hoc queries in Sandbox; everyone else is public. */
export type LimitAudience = 'public' | 'staff';

/** The most one operation may ask for. */
export interface OperationLimits {
  depth: number;
  aliases: number;
  directives: number;
  /** Lexical tokens of the document, checked before it is parsed. */
  tokens: number;
  /** Characters of the document (comments and whitespace included), checked before it is parsed. */
  characters: number;
  /** See OperationAnalysis.cost. */
  cost: number;
}

/**
 * Public limits sit well above the storefront's heaviest page (a 100-piece listing with images and
 * availability costs about 400) and far below the attacks seen (1,000 aliased listings, orders nested
 * 32 deep). Staff get room for ad-hoc reports, and are bounded too.
 */
export const DEFAULT_OPERATION_LIMITS: Record<LimitAudience, OperationLimits> = {
  public: { depth: 10, aliases: 30, directives: 20, tokens: 1_500, characters: 16_000, cost: 2_000 },
  staff: { depth: 20, aliases: 200, directives: 100, tokens: 20_000, characters: 100_000, cost: 20_000 },
};

const limitsOverride = z
  .object({
    depth: z.number().int().positive(),
    aliases: z.number().int().min(0),
    directives: z.number().int().min(0),
    tokens: z.number().int().positive(),
    cost: z.number().int().positive(),
  })
  .partial()
  .strict();

/** `OPERATION_LIMITS='{"staff":{"cost":50000}}'`: overrides of the defaults, per audience. */
export const operationLimitsEnv = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be JSON like {"staff":{"cost":50000}}' });
      return z.NEVER;
    }
  })
  .pipe(z.object({ public: limitsOverride, staff: limitsOverride }).partial().strict())
  .optional()
  .transform((override): Record<LimitAudience, OperationLimits> => ({
    public: { ...DEFAULT_OPERATION_LIMITS.public, ...override?.public },
    staff: { ...DEFAULT_OPERATION_LIMITS.staff, ...override?.staff },
  }));

/** Tokens in `source`, counting no further than `max + 1` (the lexer stops early on a flood). */
export function countTokens(source: string, max: number): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++count > max) break;
    }
  } catch {
    // A lexical error: the parser reports it properly right after.
  }
  return count;
}

/** The refusal every limit gives, before any subgraph is called: what was measured, and the bound. */
export function operationTooComplex(measure: keyof OperationLimits, value: number, limit: number): GraphQLError {
  const what = measure === 'cost' ? `costs ${value} points` : `has ${measure} ${value}`;
  return new GraphQLError(`The operation ${what}; the limit is ${limit}. Ask for fewer items or split the operation.`, {
    extensions: { code: 'OPERATION_TOO_COMPLEX', measure, value, limit, http: { status: 400 } },
  });
}

/** Too many points spent in the window: 429 with the seconds to wait. */
export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many requests; try again in ${retryAfterSeconds} s.`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds,
      // Apollo Server reads these headers as its HeaderMap; graphql-yoga's types (Hive Gateway) declare a
      // plain record, which Hive's limits plugin converts to.
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) as unknown as Record<string, string> },
    },
  });
}
