import { FieldError } from '@elysium/subgraph-kit';
import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { isValid as isUkPostcode, toArea as postcodeArea, toNormalised as normaliseUkPostcode } from 'postcode';
import { ISO_COUNTRY_CODES, UK_POSTCODE_AREAS } from './countries';
import { EARLIEST_BIRTH_DATE, OCCASION_YEARS, PROFILE_LIMITS as LIMITS } from './profile-limits';
import { Metal, OccasionKind, type Finger, type Hand, type MetalCode } from './profile.enums';

/*
 * The profile's field rules, pure and unit-tested: each validator reads raw input, adds a problem for
 * every bad field (so the caller hears about all of them at once) and returns the cleaned values.
 * No rule echoes the value it refuses: messages are shown to people and logged.
 */

/** Every bad field of one input, in input order. */
export class FieldProblems {
  readonly errors: FieldError[] = [];

  add(field: string, message: string): void {
    this.errors.push(new FieldError(field, message));
  }

  get none(): boolean {
    return this.errors.length === 0;
  }
}

// Line breaks and other control characters break address labels, courier manifests and logs.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const CONTROL_CHARACTERS_BUT_LINE_BREAKS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Trimmed text; blank becomes null. Adds a problem when it is required and blank, too long, or holds
 * control characters (line breaks only where `multiline`).
 */
export function cleanText(
  problems: FieldProblems,
  field: string,
  raw: string | null | undefined,
  rule: { max: number; required?: boolean; multiline?: boolean },
): string | null {
  const value = raw?.trim() ?? '';
  if (value.length > rule.max) {
    problems.add(field, `Must be at most ${rule.max} characters; got ${value.length}.`);
    return null;
  }
  if ((rule.multiline ? CONTROL_CHARACTERS_BUT_LINE_BREAKS : CONTROL_CHARACTERS).test(value)) {
    problems.add(field, rule.multiline ? 'Must not contain control characters.' : 'Must be one line, without control characters.');
    return null;
  }
  if (!value) {
    if (rule.required) problems.add(field, 'Must not be blank.');
    return null;
  }
  return value;
}

/**
 * A phone number in E.164 (+447911123456). A number given nationally is read as one of
 * `defaultCountry` (the UK for a client's own phone, the address's country for an address).
 * Extensions are refused: E.164 cannot carry them and dropping one silently loses the number.
 */
export function normalisePhone(raw: string, defaultCountry = 'GB'): string | null {
  if (raw.length > LIMITS.phone) return null;
  const parsed = parsePhoneNumberFromString(raw, {
    defaultCountry: isSupportedCountry(defaultCountry) ? defaultCountry : undefined,
    extract: false,
  });
  return parsed?.isValid() && !parsed.ext ? parsed.number : null;
}

/** An optional phone field: undefined is "not given", null or blank clears it. */
export function cleanPhone(problems: FieldProblems, field: string, raw: string | null | undefined, defaultCountry: string): string | null {
  const text = cleanText(problems, field, raw, { max: LIMITS.phone });
  if (text === null) return null;
  const phone = normalisePhone(text, defaultCountry);
  if (!phone) problems.add(field, 'Must be a phone number, in international form (+44 20 7946 0018) or a UK number (020 7946 0018).');
  return phone;
}

/** An ISO 3166-1 alpha-2 code, upper-cased; "UK" (reserved by ISO for the United Kingdom) is read as GB. */
export function normaliseCountryCode(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  if (code === 'UK') return 'GB';
  return ISO_COUNTRY_CODES.has(code) ? code : null;
}

const INTERNATIONAL_POSTCODE = /^[A-Z0-9](?:[A-Z0-9 -]*[A-Z0-9])?$/;

/**
 * A postcode as the country's post writes it: UK-format postcodes validated against the Royal Mail
 * format and normalised ("sw1a1aa" → "SW1A 1AA"); elsewhere letters, digits, spaces and hyphens,
 * upper-cased with single spaces (we cannot check every country's scheme, couriers do).
 */
export function normalisePostcode(raw: string, countryCode: string): string | null {
  const text = raw.trim();
  if (UK_POSTCODE_AREAS.has(countryCode)) {
    const area = UK_POSTCODE_AREAS.get(countryCode);
    if (!isUkPostcode(text) || (area && postcodeArea(text) !== area)) return null;
    return normaliseUkPostcode(text);
  }
  const postcode = text.toUpperCase().replace(/\s+/g, ' ');
  return postcode.length >= 2 && postcode.length <= LIMITS.postcode && INTERNATIONAL_POSTCODE.test(postcode) ? postcode : null;
}

/** What a refused postcode should have looked like. */
function postcodeRule(countryCode: string): string {
  const area = UK_POSTCODE_AREAS.get(countryCode);
  if (countryCode === 'GB') return 'Must be a UK postcode, e.g. SW1A 1AA.';
  if (area) return `Must be a postcode of the ${area} area, e.g. ${area}1 1AA.`;
  return 'Must be a postcode of letters, digits, spaces and hyphens.';
}

/** A calendar date as the schema carries it: ISO 8601 `YYYY-MM-DD`. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `day` exists in `month` (1–12) of `year`; without a year, 29 February counts. */
export function isDayOfMonth(day: number, month: number, year: number | null): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last of this one; 2000 was a leap year, so February has 29.
  // setUTCFullYear, unlike Date.UTC, takes years below 100 literally.
  const last = new Date(0);
  last.setUTCFullYear(year ?? 2000, month, 0);
  return day <= last.getUTCDate();
}

/** `YYYY-MM-DD` if it names a real day, else null. */
export function parseIsoDate(raw: string): string | null {
  const match = ISO_DATE.exec(raw.trim());
  if (!match) return null;
  const [, year, month, day] = match.map(Number);
  return isDayOfMonth(day, month, year) ? match[0] : null;
}

/** Today in London, `YYYY-MM-DD`: the house's calendar, so "not in the future" matches the client's. */
export function londonToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A date of birth: a real day, from 1900, not after today. */
export function cleanDateOfBirth(problems: FieldProblems, field: string, raw: string, today: string): string | null {
  const date = parseIsoDate(raw);
  // ISO dates compare correctly as strings.
  if (!date) problems.add(field, 'Must be a date written YYYY-MM-DD, e.g. 1985-03-14.');
  else if (date < EARLIEST_BIRTH_DATE) problems.add(field, 'Must be on or after 1900-01-01.');
  else if (date > today) problems.add(field, 'Must not be in the future.');
  else return date;
  return null;
}

/** UK ring sizes: a letter A–Z, optionally with a half ("M", "M½"); "M1/2", "m 1/2" and "M.5" are read as "M½". */
const RING_SIZE = /^([A-Z])\s*(½|1\/2|\.5)?$/i;

export function normaliseRingSize(raw: string): string | null {
  const match = RING_SIZE.exec(raw.trim());
  return match ? `${match[1].toUpperCase()}${match[2] ? '½' : ''}` : null;
}

// ---------------------------------------------------------------------------------------------
// Whole inputs. Each takes the raw input and the field path it sits under.

/** What updateProfile may change; a key that is absent is left as it is. */
export interface ProfileChanges {
  givenName?: string;
  familyName?: string;
  phone?: string | null;
  dateOfBirth?: string | null;
}

export function validateProfileChanges(
  input: { givenName?: string | null; familyName?: string | null; phone?: string | null; dateOfBirth?: string | null },
  today: string,
  problems: FieldProblems,
): ProfileChanges {
  const changes: ProfileChanges = {};
  // Names may change but never become empty: invoices and engraving certificates carry them.
  if (input.givenName !== undefined) {
    const name = cleanText(problems, 'input.givenName', input.givenName, { max: LIMITS.name, required: true });
    if (name) changes.givenName = name;
  }
  if (input.familyName !== undefined) {
    const name = cleanText(problems, 'input.familyName', input.familyName, { max: LIMITS.name, required: true });
    if (name) changes.familyName = name;
  }
  if (input.phone !== undefined) changes.phone = cleanPhone(problems, 'input.phone', input.phone, 'GB');
  if (input.dateOfBirth !== undefined) {
    changes.dateOfBirth = input.dateOfBirth?.trim() ? cleanDateOfBirth(problems, 'input.dateOfBirth', input.dateOfBirth, today) : null;
  }
  return changes;
}

/** An address as a caller writes it (every field raw; undefined and null are both "none"). */
export interface AddressFields {
  label?: string | null;
  recipientName?: string | null;
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  region?: string | null;
  postcode?: string | null;
  countryCode?: string | null;
  phone?: string | null;
}

/** An address fit to store. */
export interface CleanAddress {
  label: string | null;
  recipientName: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postcode: string | null;
  countryCode: string;
  phone: string | null;
}

/**
 * Checks a whole address; `prefix` is where its fields sit in the input ("input"). The country is
 * read first because the postcode and the phone are judged by it, but problems are listed in field order.
 */
export function validateAddress(fields: AddressFields, prefix: string, problems: FieldProblems): CleanAddress {
  const at = (name: keyof AddressFields) => `${prefix}.${name}`;
  const countryText = fields.countryCode?.trim() ?? '';
  const countryCode = countryText ? normaliseCountryCode(countryText) : null;
  const countryProblem = countryText
    ? countryCode
      ? null
      : 'Must be an ISO 3166-1 alpha-2 country code, e.g. GB or FR.'
    : 'Must not be blank.';

  const label = cleanText(problems, at('label'), fields.label, { max: LIMITS.label });
  const recipientName = cleanText(problems, at('recipientName'), fields.recipientName, { max: LIMITS.recipientName, required: true });
  const line1 = cleanText(problems, at('line1'), fields.line1, { max: LIMITS.addressLine, required: true });
  const line2 = cleanText(problems, at('line2'), fields.line2, { max: LIMITS.addressLine });
  const city = cleanText(problems, at('city'), fields.city, { max: LIMITS.city, required: true });
  const region = cleanText(problems, at('region'), fields.region, { max: LIMITS.region });

  const ukFormat = countryCode !== null && UK_POSTCODE_AREAS.has(countryCode);
  const postcodeText = cleanText(problems, at('postcode'), fields.postcode, { max: LIMITS.postcode, required: ukFormat });
  let postcode: string | null = null;
  if (postcodeText && countryCode) {
    postcode = normalisePostcode(postcodeText, countryCode);
    if (!postcode) {
      problems.add(at('postcode'), postcodeRule(countryCode));
    }
  }
  if (countryProblem) problems.add(at('countryCode'), countryProblem);
  // A national number on a French address is a French number; with no valid country, a UK one.
  const phone = cleanPhone(problems, at('phone'), fields.phone, countryCode ?? 'GB');
  return {
    label,
    recipientName: recipientName ?? '',
    line1: line1 ?? '',
    line2,
    city: city ?? '',
    region,
    postcode,
    countryCode: countryCode ?? '',
    phone,
  };
}

/** A ring size as sent. */
export interface RingSizeFields {
  size: string;
  hand?: Hand | null;
  finger?: Finger | null;
}

export interface CleanRingSize {
  size: string;
  hand: Hand | null;
  finger: Finger | null;
}

/** A client's ring sizes: valid UK sizes, at most one per hand and finger. */
export function validateRingSizes(sizes: RingSizeFields[], field: string, problems: FieldProblems): CleanRingSize[] {
  if (sizes.length > LIMITS.ringSizes) {
    problems.add(field, `At most ${LIMITS.ringSizes} ring sizes; got ${sizes.length}.`);
    return [];
  }
  const seen = new Map<string, number>();
  return sizes.map((entry, i) => {
    const size = normaliseRingSize(entry.size);
    if (!size) problems.add(`${field}.${i}.size`, 'Must be a UK ring size: a letter A–Z, optionally with a half, e.g. M or M½.');
    const hand = entry.hand ?? null;
    const finger = entry.finger ?? null;
    const where = `${hand}:${finger}`;
    const first = seen.get(where);
    if (first !== undefined) problems.add(`${field}.${i}`, `Same hand and finger as ${field}.${first}; give one size per finger.`);
    else seen.set(where, i);
    return { size: size ?? '', hand, finger };
  });
}

/** Metal preferences, most preferred first; a metal named twice counts once, where it first appears. */
export function validateMetalPreferences(metals: MetalCode[], field: string, problems: FieldProblems): MetalCode[] {
  if (metals.length > LIMITS.metalPreferences) {
    problems.add(field, `At most ${LIMITS.metalPreferences} entries; got ${metals.length}.`);
    return [];
  }
  const known = new Set(Object.values(Metal));
  metals.forEach((metal, i) => {
    if (!known.has(metal)) problems.add(`${field}.${i}`, 'Must be one of the Metal values.');
  });
  return [...new Set(metals)];
}

/** An occasion as sent. */
export interface OccasionFields {
  kind: OccasionKind;
  month: number;
  day: number;
  year?: number | null;
  label?: string | null;
  reminderOptIn?: boolean | null;
}

export interface CleanOccasion {
  kind: OccasionKind;
  month: number;
  day: number;
  year: number | null;
  label: string | null;
  reminderOptIn: boolean;
}

/** Remembered dates: a real month and day (29 February only in a leap year, or without a year). */
export function validateOccasions(occasions: OccasionFields[], field: string, problems: FieldProblems): CleanOccasion[] {
  if (occasions.length > LIMITS.occasions) {
    problems.add(field, `At most ${LIMITS.occasions} occasions; got ${occasions.length}.`);
    return [];
  }
  return occasions.map((occasion, i) => {
    const at = (name: string) => `${field}.${i}.${name}`;
    const year = occasion.year ?? null;
    const monthOk = Number.isInteger(occasion.month) && occasion.month >= 1 && occasion.month <= 12;
    const yearOk = year === null || (Number.isInteger(year) && year >= OCCASION_YEARS.min && year <= OCCASION_YEARS.max);
    if (!monthOk) problems.add(at('month'), 'Must be a month from 1 to 12.');
    if (monthOk && !isDayOfMonth(occasion.day, occasion.month, yearOk ? year : null)) {
      problems.add(at('day'), 'Must be a day of that month (29 February only without a year or in a leap year).');
    }
    if (!yearOk) problems.add(at('year'), `Must be a year from ${OCCASION_YEARS.min} to ${OCCASION_YEARS.max}.`);
    // "Other" says nothing by itself; a label is what client services will read out.
    const label = cleanText(problems, at('label'), occasion.label, {
      max: LIMITS.occasionLabel,
      required: occasion.kind === OccasionKind.OTHER,
    });
    return { kind: occasion.kind, month: occasion.month, day: occasion.day, year, label, reminderOptIn: occasion.reminderOptIn ?? false };
  });
}
