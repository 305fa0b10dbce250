import type { Metadata } from 'next';
import Link from 'next/link';
import { SignInForm } from '@/components/sign-in-form';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; reset?: string }> }) {
  const { next, reset } = await searchParams;
  return (
    <>
      <h1>Sign in</h1>
      {reset && <p role="status">Your new password is set, and every other session has ended. Please sign in.</p>}
      <SignInForm next={next} />
      <p>
        <Link href="/account/forgot-password">Forgotten your password?</Link>
      </p>
      <p>
        New to ELYSIUM? <Link href="/account/sign-up">Create an account</Link>
      </p>
    </>
  );
}
