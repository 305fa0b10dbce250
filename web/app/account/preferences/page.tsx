import type { Metadata } from 'next';
import { savePreferences, updateProfile } from '@/app/account/profile-actions';
import { AccountNav } from '@/components/account-nav';
import { ActionForm } from '@/components/action-form';
import { graphql } from '@/gql';
import { CONSENT_CHOICES } from '@/lib/consents';
import { readAccount } from '@/lib/account';
import { METAL_NAMES } from '@/lib/metals';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Details and preferences', robots: { index: false } };

const Preferences = graphql(`
  query Preferences {
    me {
      givenName
      familyName
      phone
      metalPreferences
      consents {
        channel
        purpose
        granted
      }
    }
  }
`);

/** The client's name and phone, how they wish to hear from the house, and the metals they prefer. */
export default async function PreferencesPage() {
  const { me } = await readAccount(Preferences, {}, '/account/preferences');
  const granted = (channel: string, purpose: string) =>
    me.consents.some((c) => c.channel === channel && c.purpose === purpose && c.granted);
  return (
    <>
      <h1>Details and preferences</h1>
      <AccountNav current="/account/preferences" />
      <h2>Your details</h2>
      <ActionForm action={updateProfile} label="Your details" submit="Save details" pending="Saving…">
        <label>
          Given name
          <input name="givenName" autoComplete="given-name" defaultValue={me.givenName} required maxLength={100} />
        </label>
        <label>
          Family name
          <input name="familyName" autoComplete="family-name" defaultValue={me.familyName} required maxLength={100} />
        </label>
        <label>
          Phone <span className="muted">(optional)</span>
          <input name="phone" type="tel" autoComplete="tel" defaultValue={me.phone ?? ''} />
        </label>
      </ActionForm>
      <h2>How we may contact you</h2>
      <ActionForm action={savePreferences} label="Your preferences" submit="Save preferences" pending="Saving…">
        <fieldset>
          <legend>We will only contact you in the ways you choose here. You may change them at any time.</legend>
          {CONSENT_CHOICES.map((choice) => {
            const was = granted(choice.channel, choice.purpose);
            return (
              <label className="check" key={choice.key}>
                <input type="hidden" name={`was:${choice.key}`} value={was ? 'on' : ''} />
                <input type="checkbox" name={choice.key} defaultChecked={was} /> {choice.label}
              </label>
            );
          })}
        </fieldset>
        <fieldset>
          <legend>The metals you prefer</legend>
          {Object.entries(METAL_NAMES).map(([metal, name]) => (
            <label className="check" key={metal}>
              <input type="checkbox" name="metal" value={metal} defaultChecked={me.metalPreferences.includes(metal as never)} /> {name}
            </label>
          ))}
        </fieldset>
      </ActionForm>
    </>
  );
}
