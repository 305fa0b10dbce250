import { upstreamUnavailable } from '../graphql/thrown-errors';
import { internalCallHeaders, type Identity } from '../identity';
import { postJson, type PostedAnswer } from './post-json';

/** A GraphQL answer as it came back: data, and the errors the other subgraph returned. */
export interface SubgraphAnswer<T> {
  data: T | null;
  errors: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * One of our subgraphs calling another directly, signed as itself (`caller`), for the operations
 * the other keeps for our services (`@inaccessible`) or reads it needs inside a workflow. A transport
 * failure, a timeout or a 5xx is UPSTREAM_UNAVAILABLE naming the other subgraph; GraphQL errors are
 * returned for the caller to judge (`request`), or thrown as unavailable (`query`).
 */
export class SubgraphClient {
  constructor(
    private readonly audience: string,
    private readonly url: string,
    private readonly secret: string,
    private readonly caller: string,
    private readonly timeoutMs = 5000,
  ) {}

  async request<T>(query: string, variables: Record<string, unknown> = {}, identity: Identity | null = null): Promise<SubgraphAnswer<T>> {
    let answer: PostedAnswer;
    try {
      const headers = internalCallHeaders(this.audience, this.secret, identity, this.caller, { query, variables });
      answer = await postJson(this.url, JSON.stringify({ query, variables }), headers, this.timeoutMs);
    } catch (error) {
      throw upstreamUnavailable(this.audience, error);
    }
    if (answer.status >= 500) throw upstreamUnavailable(this.audience, new Error(`${this.audience} answered ${answer.status}`));
    let body: { data?: T | null; errors?: SubgraphAnswer<T>['errors'] } = {};
    try {
      body = JSON.parse(answer.text) as typeof body;
    } catch {
      // Not JSON: no data and no errors, which `query` reports as unavailable.
    }
    return { data: body.data ?? null, errors: body.errors ?? [] };
  }

  /** The data, or UPSTREAM_UNAVAILABLE when the other subgraph answered with errors. */
  async query<T>(query: string, variables: Record<string, unknown> = {}, identity: Identity | null = null): Promise<T> {
    const answer = await this.request<T>(query, variables, identity);
    if (answer.errors.length || !answer.data) {
      throw upstreamUnavailable(this.audience, new Error(`${this.audience}: ${answer.errors[0]?.message ?? 'no data'}`));
    }
    return answer.data;
  }
}
