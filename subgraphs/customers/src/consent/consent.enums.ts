import { registerEnumType } from 'type-graphql';

/** How ELYSIUM may reach a client. */
export enum ConsentChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
  PHONE = 'PHONE',
  POST = 'POST',
}

registerEnumType(ConsentChannel, {
  name: 'ConsentChannel',
  description: 'How ELYSIUM may reach a client.',
  valuesConfig: {
    EMAIL: { description: 'Email.' },
    SMS: { description: 'Text messages.' },
    PHONE: { description: "Telephone calls from client services or the client's adviser." },
    POST: { description: 'Letters and printed catalogues.' },
  },
});

/** What ELYSIUM may contact a client about. New purposes are only ever added. */
export enum ConsentPurpose {
  MARKETING = 'MARKETING',
  EVENTS = 'EVENTS',
  CLIENTELING_REMINDERS = 'CLIENTELING_REMINDERS',
}

registerEnumType(ConsentPurpose, {
  name: 'ConsentPurpose',
  description: 'What ELYSIUM may contact a client about. Messages about an order in progress need no consent and are not listed.',
  valuesConfig: {
    MARKETING: { description: 'New collections, offers and the journal.' },
    EVENTS: { description: 'Invitations to private viewings, launches and trunk shows.' },
    CLIENTELING_REMINDERS: {
      description: "Personal reminders from the client's adviser: anniversaries, resizing, cleaning and servicing.",
    },
  },
});

/** Where a consent change came from. */
export enum ConsentSource {
  STOREFRONT = 'STOREFRONT',
  CLIENT_SERVICE = 'CLIENT_SERVICE',
  IMPORT = 'IMPORT',
}

registerEnumType(ConsentSource, {
  name: 'ConsentSource',
  description: 'Where a consent change came from. The server sets it from who made the change; a caller never chooses it.',
  valuesConfig: {
    STOREFRONT: { description: 'The client, signed in on the storefront or app.' },
    CLIENT_SERVICE: { description: "A member of staff, on the client's instruction (telephone, boutique, letter)." },
    IMPORT: { description: 'Carried over from an earlier system by a data import.' },
  },
});
