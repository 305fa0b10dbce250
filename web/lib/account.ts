import { redirect } from 'next/navigation';
import type { TypedDocumentString } from '@/gql/graphql';
import { graph, GraphRequestError } from './graph';

/**
 * Reads a signed-in client's page. A visitor without a session (or whose session has ended, say
 * after a password reset elsewhere) is sent to sign in, and back here afterwards.
 */
export async function readAccount<R extends { me?: unknown }, V>(document: TypedDocumentString<R, V>, variables: V, here: string) {
  const signIn = `/account/sign-in?next=${encodeURIComponent(here)}`;
  const data = await graph(document, variables).catch((error: unknown) => {
    if (error instanceof GraphRequestError && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) redirect(signIn);
    throw error;
  });
  if (!data.me) redirect(signIn);
  return data as R & { me: NonNullable<R['me']> };
}
