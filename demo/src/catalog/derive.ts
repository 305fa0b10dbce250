import { createHash } from 'node:crypto';

// The catalogue must come out byte-identical on every run: no clock, no randomness. Whatever would
// usually be random (image hashes, certificate numbers) or read from the clock derives from fixed names.

export const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

const DAY = 86_400_000;
/** An ISO date a whole number of days after a fixed day (UTC), at a fixed hour. */
export const dayAfter = (start: string, days: number, hour = 9) =>
  new Date(Date.parse(`${start}T00:00:00Z`) + days * DAY + hour * 3_600_000).toISOString();
