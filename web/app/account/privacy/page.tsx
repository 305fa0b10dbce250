import type { Metadata } from 'next';
import { deleteAccount, requestDataExport } from '@/app/account/profile-actions';
import { AccountNav } from '@/components/account-nav';
import { ActionForm } from '@/components/action-form';
import { graphql } from '@/gql';
import { readAccount } from '@/lib/account';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your data', robots: { index: false } };

const PrivacyPage = graphql(`
  query PrivacyPage($exportId: ID!, $withExport: Boolean!) {
    me {
      email
    }
    dataExport(id: $exportId) @include(if: $withExport) {
      id
      status
      requestedAt
      receivedParts
    }
  }
`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A copy of everything the house holds about the client, and deleting the account for good. */
export default async function Privacy({ searchParams }: { searchParams: Promise<{ export?: string }> }) {
  const requested = (await searchParams).export;
  const exportId = requested && UUID.test(requested) ? requested : null;
  const { dataExport } = await readAccount(PrivacyPage, { exportId: exportId ?? '', withExport: Boolean(exportId) }, '/account/privacy');
  return (
    <>
      <h1>Your data</h1>
      <AccountNav current="/account/privacy" />
      <h2>A copy of your data</h2>
      <p>Everything we hold about you, from every part of our systems, as one file.</p>
      {dataExport ? (
        dataExport.status === 'READY' ? (
          <p role="status">
            Your copy is ready: <a href={`/account/privacy/export/${dataExport.id}`}>download it (JSON)</a>.
          </p>
        ) : (
          <p role="status">
            We are gathering your copy ({dataExport.receivedParts.length} parts so far).{' '}
            <a href={`/account/privacy?export=${dataExport.id}`}>Check again</a>
          </p>
        )
      ) : (
        <form action={requestDataExport}>
          <button type="submit">Prepare a copy</button>
        </form>
      )}
      <h2>Delete your account</h2>
      <p>
        Your account and personal details are erased for good, everywhere, and you are signed out. We keep the financial record of past
        orders, as the law requires.
      </p>
      <ActionForm action={deleteAccount} label="Delete your account" submit="Delete my account" pending="Deleting…">
        <label>
          Your password, to confirm
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
      </ActionForm>
    </>
  );
}
