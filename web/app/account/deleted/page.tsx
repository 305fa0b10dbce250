import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Account deleted', robots: { index: false } };

export default function AccountDeleted() {
  return (
    <>
      <h1>Your account is deleted</h1>
      <p>Your personal details are being erased from every part of our systems, and you have been signed out. Thank you for your custom.</p>
    </>
  );
}
