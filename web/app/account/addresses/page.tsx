import type { Metadata } from 'next';
import { addAddress, makeDefaultDeliveryAddress, removeAddress } from '@/app/account/profile-actions';
import { AccountNav } from '@/components/account-nav';
import { ActionForm } from '@/components/action-form';
import { CountrySelect } from '@/components/country-select';
import { graphql } from '@/gql';
import { readAccount } from '@/lib/account';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your addresses', robots: { index: false } };

const AddressBook = graphql(`
  query AddressBook {
    me {
      addresses {
        id
        label
        recipientName
        line1
        line2
        city
        postcode
        countryCode
        phone
        isDefaultDelivery
        isDefaultBilling
      }
    }
  }
`);

/** The client's address book: up to twenty, one the default for delivery. */
export default async function Addresses() {
  const { me } = await readAccount(AddressBook, {}, '/account/addresses');
  return (
    <>
      <h1>Your addresses</h1>
      <AccountNav current="/account/addresses" />
      {me.addresses.length === 0 && <p>No addresses yet.</p>}
      <ul className="addresses">
        {me.addresses.map((a) => (
          <li key={a.id}>
            <address>
              {a.label && <strong>{a.label}</strong>}
              {[a.recipientName, a.line1, a.line2, a.city, a.postcode, a.countryCode, a.phone].filter(Boolean).map((line) => (
                <span key={line}>{line}</span>
              ))}
            </address>
            {a.isDefaultDelivery && <p className="muted">Default for delivery</p>}
            {a.isDefaultBilling && <p className="muted">Default for billing</p>}
            {!a.isDefaultDelivery && (
              <form action={makeDefaultDeliveryAddress}>
                <input type="hidden" name="id" value={a.id} />
                <button className="quiet" type="submit" aria-label={`Deliver to ${a.label ?? a.line1} by default`}>
                  Make default for delivery
                </button>
              </form>
            )}
            <form action={removeAddress}>
              <input type="hidden" name="id" value={a.id} />
              <button className="quiet" type="submit" aria-label={`Remove ${a.label ?? a.line1}`}>
                Remove
              </button>
            </form>
          </li>
        ))}
      </ul>
      <h2>Add an address</h2>
      <ActionForm action={addAddress} label="Add an address" submit="Add address" pending="Adding…" clearOnNotice>
        <label>
          Name for it <span className="muted">(optional, e.g. Home)</span>
          <input name="label" maxLength={50} />
        </label>
        <label>
          Recipient
          <input name="recipientName" autoComplete="name" required />
        </label>
        <label>
          Address
          <input name="line1" autoComplete="address-line1" required />
        </label>
        <label>
          Address, second line <span className="muted">(optional)</span>
          <input name="line2" autoComplete="address-line2" />
        </label>
        <label>
          Town or city
          <input name="city" autoComplete="address-level2" required />
        </label>
        <label>
          Postcode
          <input name="postcode" autoComplete="postal-code" />
        </label>
        <CountrySelect />
        <label>
          Phone for the courier <span className="muted">(optional)</span>
          <input name="phone" type="tel" autoComplete="tel" />
        </label>
        <label className="check">
          <input name="isDefaultDelivery" type="checkbox" /> Deliver here by default
        </label>
        <label className="check">
          <input name="isDefaultBilling" type="checkbox" /> Bill here by default
        </label>
      </ActionForm>
    </>
  );
}
