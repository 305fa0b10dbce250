'use client';

import { useActionState, useEffect, useRef, useTransition, type FormEvent, type ReactNode } from 'react';

/** What a storefront form's server action answers: a refusal, each refused field, or a quiet confirmation. */
export interface FormState {
  error?: string;
  fieldErrors?: Record<string, string>;
  notice?: string;
}

/**
 * A form posted to a server action. Its refusal, with every refused field, is announced where it
 * happened, and what was typed stays; its confirmation shows beside it (and, with `clearOnNotice`,
 * the form empties for the next entry). The button says what is happening while it runs.
 */
export function ActionForm({
  action,
  label,
  submit,
  pending: pendingText,
  children,
  className = 'fields',
  clearOnNotice = false,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  label: string;
  submit: string;
  pending: string;
  children?: ReactNode;
  className?: string;
  clearOnNotice?: boolean;
}) {
  const [state, run, pending] = useActionState<FormState, FormData>(action, {});
  const [, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.notice && clearOnNotice) form.current?.reset();
  }, [state, clearOnNotice]);
  // React resets a form after its action runs; dispatching here keeps what the client typed when it
  // is refused. Without JavaScript the form still posts to the same action.
  const submitKeepingInput = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => run(data));
  };
  const fieldErrors = Object.values(state.fieldErrors ?? {});
  return (
    <form ref={form} action={run} onSubmit={submitKeepingInput} className={className} aria-label={label}>
      {children}
      <button type="submit" disabled={pending}>
        {pending ? pendingText : submit}
      </button>
      {state.error && (
        <div className="error" role="alert">
          <p>{state.error}</p>
          {fieldErrors.length > 0 && (
            <ul>
              {fieldErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state.notice && (
        <p className="notice" role="status">
          {state.notice}
        </p>
      )}
    </form>
  );
}
