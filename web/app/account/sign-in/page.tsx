import type { Metadata } from 'next';
import { SignInForm } from '@/components/sign-in-form';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

export default function SignInPage() {
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm />
    </>
  );
}
