'use client';

import { useEffect, useState, useTransition, type ReactNode } from 'react';
import type { FormState } from './action-form';
import { FormError } from './form-error';

/**
 * The token of a mailed link, read from the address's fragment (#token=…), which browsers never send
 * to a server or in a Referer. It is then taken off the address bar, so it stays out of the history.
 */
function useLinkToken(): string | null | undefined {
  const [token, setToken] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    const found = new URLSearchParams(window.location.hash.slice(1)).get('token');
    if (found) window.history.replaceState(null, '', window.location.pathname + window.location.search);
    setToken(found);
  }, []);
  return token;
}

const MISSING = 'This link is incomplete. Please open the whole link from the email, or ask for a new one.';

/** Uses a mailed link's token as soon as the page opens (confirming an address), and says how it went. */
export function UseLinkToken({
  action,
  working,
  after,
}: {
  action: (token: string) => Promise<FormState>;
  working: string;
  after?: ReactNode;
}) {
  const token = useLinkToken();
  const [state, setState] = useState<FormState>({});
  const [, startTransition] = useTransition();
  useEffect(() => {
    if (token === undefined) return;
    if (token === null) return setState({ error: MISSING });
    startTransition(async () => setState(await action(token)));
  }, [token, action]);
  if (!state.error && !state.notice) return <p role="status">{working}</p>;
  return (
    <>
      <FormError message={state.error} />
      {state.notice && <p role="status">{state.notice}</p>}
      {state.notice && after}
    </>
  );
}

/** Puts a mailed link's token in the form it belongs to (choosing a new password), or says it is missing. */
export function LinkTokenInput() {
  const token = useLinkToken();
  if (token === null) return <FormError message={MISSING} />;
  return <input type="hidden" name="token" value={token ?? ''} />;
}
