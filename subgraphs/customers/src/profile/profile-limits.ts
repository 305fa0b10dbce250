/**
 * Bounds on what a client's profile holds and on each input field, stated once: the validators
 * enforce them and the schema's docstrings quote them.
 */
export const PROFILE_LIMITS = {
  /** Addresses in one client's address book. */
  addresses: 20,
  /** Ring sizes: one per hand and finger, plus ones measured without saying where. */
  ringSizes: 20,
  occasions: 30,
  /** Entries in a metal-preference list as sent (duplicates are dropped afterwards). */
  metalPreferences: 20,
  name: 100,
  phone: 32,
  label: 50,
  recipientName: 200,
  addressLine: 200,
  city: 100,
  region: 100,
  postcode: 16,
  occasionLabel: 100,
  /** Staff ids are identity subjects, which are at most 128 characters. */
  advisorId: 128,
  advisorName: 100,
  staffNote: 4000,
  /** Staff notes returned per client and page. */
  staffNotesPage: 200,
} as const;

/** The earliest date of birth taken; anything before is a typo. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

/** Years an occasion may carry (an anniversary's first year, or a planned date). */
export const OCCASION_YEARS = { min: 1900, max: 2100 } as const;
