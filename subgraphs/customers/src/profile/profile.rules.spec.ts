import fc from 'fast-check';
import { Finger, Hand, Metal, OccasionKind } from './profile.enums';
import {
  FieldProblems,
  isDayOfMonth,
  londonToday,
  normaliseCountryCode,
  normalisePhone,
  normalisePostcode,
  normaliseRingSize,
  parseIsoDate,
  validateAddress,
  validateMetalPreferences,
  validateOccasions,
  validateProfileChanges,
  validateRingSizes,
} from './profile.rules';

const fields = (problems: FieldProblems) => problems.errors.map((e) => e.field);

describe('profile rules', () => {
  describe('phone numbers', () => {
    it('normalises UK national numbers to +44 and keeps international ones', () => {
      expect(normalisePhone('020 7946 0018')).toBe('+442079460018');
      expect(normalisePhone('07911 123456')).toBe('+447911123456');
      expect(normalisePhone('+44 (0)20 7946 0018')).toBe('+442079460018');
      expect(normalisePhone('+33 1 42 68 53 00')).toBe('+33142685300');
    });

    it('reads a national number as one of the given country', () => {
      expect(normalisePhone('01 42 68 53 00', 'FR')).toBe('+33142685300');
    });

    it('refuses what is not a whole, valid number', () => {
      for (const bad of ['123', 'abc', '+44 20 7946 001', 'call 020 7946 0018', '020 7946 0018 ext 12', '+'.padEnd(40, '1')]) {
        expect(normalisePhone(bad)).toBeNull();
      }
    });
  });

  describe('postcodes and countries', () => {
    it('normalises UK postcodes and refuses malformed ones', () => {
      expect(normalisePostcode('sw1a1aa', 'GB')).toBe('SW1A 1AA');
      expect(normalisePostcode(' ec1a 1bb ', 'GB')).toBe('EC1A 1BB');
      expect(normalisePostcode('JE2 3AB', 'JE')).toBe('JE2 3AB');
      expect(normalisePostcode('gy1 1aa', 'GG')).toBe('GY1 1AA');
      expect(normalisePostcode('W1S 1AA', 'JE')).toBeNull();
      expect(normalisePostcode('SW1A 1AAA', 'GB')).toBeNull();
      expect(normalisePostcode('75008', 'GB')).toBeNull();
    });

    it('accepts international postcodes by shape only', () => {
      expect(normalisePostcode('75008', 'FR')).toBe('75008');
      expect(normalisePostcode('1012  ab', 'NL')).toBe('1012 AB');
      expect(normalisePostcode('K1A 0B1', 'CA')).toBe('K1A 0B1');
      expect(normalisePostcode('10115;DROP', 'DE')).toBeNull();
    });

    it('knows ISO 3166-1 alpha-2 codes, reads UK as GB, and refuses the rest', () => {
      expect(normaliseCountryCode('gb')).toBe('GB');
      expect(normaliseCountryCode('UK')).toBe('GB');
      expect(normaliseCountryCode('FR')).toBe('FR');
      for (const bad of ['EU', 'XK', 'ZZ', 'GBR', 'France', '']) expect(normaliseCountryCode(bad)).toBeNull();
    });
  });

  describe('dates', () => {
    it('accepts real calendar days only', () => {
      expect(parseIsoDate('1985-03-14')).toBe('1985-03-14');
      expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
      expect(parseIsoDate('2023-02-29')).toBeNull();
      expect(parseIsoDate('1985-13-01')).toBeNull();
      expect(parseIsoDate('14/03/1985')).toBeNull();
      expect(parseIsoDate('1985-03-14T00:00:00Z')).toBeNull();
    });

    it('agrees with the Date object on which days exist (property)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
          const date = new Date(Date.UTC(y, m - 1, d));
          expect(isDayOfMonth(d, m, y)).toBe(date.getUTCMonth() === m - 1);
        }),
      );
    });

    it("takes today from London's calendar", () => {
      // 23:30 UTC on 31 May is already 1 June in London (BST).
      expect(londonToday(new Date('2026-05-31T23:30:00Z'))).toBe('2026-06-01');
      expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    });
  });

  describe('ring sizes', () => {
    it('reads letters with halves in the usual spellings', () => {
      expect(normaliseRingSize('M')).toBe('M');
      expect(normaliseRingSize('m½')).toBe('M½');
      expect(normaliseRingSize('M1/2')).toBe('M½');
      expect(normaliseRingSize('M 1/2')).toBe('M½');
      expect(normaliseRingSize('M.5')).toBe('M½');
      for (const bad of ['', 'MM', '7', 'M¼', 'M1/4', 'Ä']) expect(normaliseRingSize(bad)).toBeNull();
    });

    it('refuses two sizes for the same hand and finger, naming both', () => {
      const problems = new FieldProblems();
      validateRingSizes(
        [
          { size: 'M', hand: Hand.LEFT, finger: Finger.RING },
          { size: 'N', hand: Hand.RIGHT, finger: Finger.RING },
          { size: 'L', hand: Hand.LEFT, finger: Finger.RING },
        ],
        'sizes',
        problems,
      );
      expect(problems.errors).toEqual([{ field: 'sizes.2', message: expect.stringContaining('sizes.0') }]);
    });
  });

  describe('whole inputs', () => {
    const today = '2026-06-01';

    it('reports every bad profile field at once, in input order', () => {
      const problems = new FieldProblems();
      validateProfileChanges({ givenName: '  ', familyName: 'x'.repeat(101), phone: '12', dateOfBirth: '2026-06-02' }, today, problems);
      expect(fields(problems)).toEqual(['input.givenName', 'input.familyName', 'input.phone', 'input.dateOfBirth']);
    });

    it('keeps what is left out, clears what is null, and normalises the rest', () => {
      const problems = new FieldProblems();
      expect(validateProfileChanges({ phone: '020 7946 0018', dateOfBirth: null }, today, problems)).toEqual({
        phone: '+442079460018',
        dateOfBirth: null,
      });
      expect(validateProfileChanges({ dateOfBirth: '1899-12-31' }, today, problems)).toEqual({ dateOfBirth: null });
      expect(fields(problems)).toEqual(['input.dateOfBirth']);
    });

    it('judges the postcode and phone by the country, and lists problems in field order', () => {
      const problems = new FieldProblems();
      const address = validateAddress(
        { recipientName: 'A', line1: '1 Rue', city: 'Paris', postcode: '75008', countryCode: 'fr', phone: '01 42 68 53 00' },
        'input',
        problems,
      );
      expect(problems.none).toBe(true);
      expect(address).toMatchObject({ countryCode: 'FR', postcode: '75008', phone: '+33142685300' });

      const bad = new FieldProblems();
      validateAddress(
        { label: 'x'.repeat(51), recipientName: '', line1: 'a\nb', city: '', postcode: 'nope', countryCode: 'GB', phone: '1' },
        'input',
        bad,
      );
      expect(fields(bad)).toEqual(['input.label', 'input.recipientName', 'input.line1', 'input.city', 'input.postcode', 'input.phone']);

      const noCountry = new FieldProblems();
      validateAddress({ recipientName: 'A', line1: 'B', city: 'C', countryCode: 'Narnia' }, 'input', noCountry);
      expect(fields(noCountry)).toEqual(['input.countryCode']);
    });

    it('requires a postcode in the UK but not everywhere', () => {
      const uk = new FieldProblems();
      validateAddress({ recipientName: 'A', line1: 'B', city: 'C', countryCode: 'GB' }, 'input', uk);
      expect(fields(uk)).toEqual(['input.postcode']);
      const hongKong = new FieldProblems();
      validateAddress({ recipientName: 'A', line1: 'B', city: 'C', countryCode: 'HK' }, 'input', hongKong);
      expect(hongKong.none).toBe(true);
    });

    it('checks occasions day by month and year, and wants a label for OTHER', () => {
      const problems = new FieldProblems();
      const clean = validateOccasions(
        [
          { kind: OccasionKind.ANNIVERSARY, month: 2, day: 29 },
          { kind: OccasionKind.BIRTHDAY, month: 2, day: 29, year: 2023 },
          { kind: OccasionKind.OTHER, month: 13, day: 1, year: 1800 },
          { kind: OccasionKind.BIRTHDAY, month: 4, day: 31 },
        ],
        'occasions',
        problems,
      );
      expect(fields(problems)).toEqual([
        'occasions.1.day',
        'occasions.2.month',
        'occasions.2.year',
        'occasions.2.label',
        'occasions.3.day',
      ]);
      expect(clean[0]).toEqual({ kind: OccasionKind.ANNIVERSARY, month: 2, day: 29, year: null, label: null, reminderOptIn: false });
    });

    it('keeps metal preferences in order and counts a repeat once', () => {
      const problems = new FieldProblems();
      expect(validateMetalPreferences([Metal.PLATINUM, Metal.ROSE_GOLD_18K, Metal.PLATINUM], 'metals', problems)).toEqual([
        'platinum',
        'rose-gold-18k',
      ]);
      expect(problems.none).toBe(true);
    });
  });
});
