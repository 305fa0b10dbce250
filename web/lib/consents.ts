/** The version of the privacy policy the preferences page shows, recorded with every answer. */
export const PRIVACY_POLICY_VERSION = '2026-01';

/** The ways a client may choose to hear from the house, as the preferences page asks them. */
export const CONSENT_CHOICES = [
  { key: 'email-marketing', channel: 'EMAIL', purpose: 'MARKETING', label: 'News of new collections, by email' },
  { key: 'email-events', channel: 'EMAIL', purpose: 'EVENTS', label: 'Invitations to private viewings and events, by email' },
  { key: 'post-marketing', channel: 'POST', purpose: 'MARKETING', label: 'Our printed catalogue, by post' },
  {
    key: 'phone-reminders',
    channel: 'PHONE',
    purpose: 'CLIENTELING_REMINDERS',
    label: 'A call from your advisor before the dates you keep',
  },
] as const;
