'use client';

/** Any failure a page did not handle: a quiet apology and a way on, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong on our side</h1>
      <p>Please try again in a moment. If it keeps happening, our client services team will help.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </>
  );
}
