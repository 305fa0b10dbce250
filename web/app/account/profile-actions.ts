'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { FormState } from '@/components/action-form';
import { graphql } from '@/gql';
import type { ConsentChannel, ConsentPurpose, Metal } from '@/gql/graphql';
import { field, refusal } from '@/lib/form';
import { forgetSession, graph } from '@/lib/graph';
import { CONSENT_CHOICES, PRIVACY_POLICY_VERSION } from '@/lib/consents';

/**
 * The signed-in client's own records: addresses, name and phone, contact preferences, and their
 * data (an export, or deleting the account). The graph checks every field and owns every rule; a
 * client can only ever act on themself, as the graph knows them from the session cookie.
 */

const AddAddress = graphql(`
  mutation AddAddress($input: AddressInput!) {
    addAddress(input: $input) {
      __typename
      ...Refusal
    }
  }
`);

const RemoveAddress = graphql(`
  mutation RemoveAddress($id: ID!) {
    removeAddress(id: $id) {
      __typename
    }
  }
`);

const SetDefaultAddress = graphql(`
  mutation SetDefaultAddress($id: ID!, $kind: AddressKind!) {
    setDefaultAddress(id: $id, kind: $kind) {
      __typename
    }
  }
`);

const UpdateProfile = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      __typename
      ...Refusal
    }
  }
`);

const RecordConsent = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      __typename
      ...Refusal
    }
  }
`);

const SetMetalPreferences = graphql(`
  mutation SetMetalPreferences($metals: [Metal!]!) {
    setMetalPreferences(metals: $metals) {
      __typename
      ...Refusal
    }
  }
`);

const RequestDataExport = graphql(`
  mutation RequestDataExport {
    requestDataExport {
      id
    }
  }
`);

const DeleteMyAccount = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password) {
      __typename
      ...Refusal
    }
  }
`);

export async function addAddress(_state: FormState, form: FormData): Promise<FormState> {
  const optional = (name: string) => field(form, name) || null;
  const { addAddress: outcome } = await graph(AddAddress, {
    input: {
      label: optional('label'),
      recipientName: field(form, 'recipientName'),
      line1: field(form, 'line1'),
      line2: optional('line2'),
      city: field(form, 'city'),
      postcode: optional('postcode'),
      countryCode: field(form, 'countryCode'),
      phone: optional('phone'),
      isDefaultDelivery: form.get('isDefaultDelivery') === 'on',
      isDefaultBilling: form.get('isDefaultBilling') === 'on',
    },
  });
  if (outcome.__typename !== 'Address') return refusal(outcome);
  revalidatePath('/account/addresses');
  return { notice: 'Address added.' };
}

export async function removeAddress(form: FormData): Promise<void> {
  await graph(RemoveAddress, { id: field(form, 'id') });
  revalidatePath('/account/addresses');
}

export async function makeDefaultDeliveryAddress(form: FormData): Promise<void> {
  await graph(SetDefaultAddress, { id: field(form, 'id'), kind: 'DELIVERY' });
  revalidatePath('/account/addresses');
}

export async function updateProfile(_state: FormState, form: FormData): Promise<FormState> {
  const { updateProfile: outcome } = await graph(UpdateProfile, {
    input: {
      givenName: field(form, 'givenName'),
      familyName: field(form, 'familyName'),
      phone: field(form, 'phone') || null,
    },
  });
  if (outcome.__typename !== 'Customer') return refusal(outcome);
  revalidatePath('/account', 'layout');
  return { notice: 'Your details are saved.' };
}

/**
 * Saves how the client wishes to hear from the house. Only the answers that changed are recorded:
 * the consent log is a record of what the client said and when, not a copy of the form.
 */
export async function savePreferences(_state: FormState, form: FormData): Promise<FormState> {
  for (const choice of CONSENT_CHOICES) {
    const granted = form.get(choice.key) === 'on';
    if (granted === (form.get(`was:${choice.key}`) === 'on')) continue;
    const { recordConsent } = await graph(RecordConsent, {
      input: {
        channel: choice.channel as ConsentChannel,
        purpose: choice.purpose as ConsentPurpose,
        granted,
        policyVersion: PRIVACY_POLICY_VERSION,
      },
    });
    if (recordConsent.__typename !== 'ConsentRecord') return { error: recordConsent.message };
  }
  const { setMetalPreferences } = await graph(SetMetalPreferences, { metals: form.getAll('metal').map(String) as Metal[] });
  if (setMetalPreferences.__typename !== 'Customer') return { error: setMetalPreferences.message };
  revalidatePath('/account/preferences');
  return { notice: 'Your preferences are saved.' };
}

/** Starts an export of everything the graph holds about the client; the page then follows it. */
export async function requestDataExport(): Promise<void> {
  const { requestDataExport: started } = await graph(RequestDataExport, {});
  redirect(started ? `/account/privacy?export=${started.id}` : '/account/privacy');
}

/** Deletes the account for good, after the password: the session ends and the client leaves the account. */
export async function deleteAccount(_state: FormState, form: FormData): Promise<FormState> {
  const { deleteMyAccount } = await graph(DeleteMyAccount, { password: String(form.get('password') ?? '') });
  if (deleteMyAccount.__typename !== 'AccountDeleted') return { error: deleteMyAccount.message };
  await forgetSession();
  redirect('/account/deleted');
}
