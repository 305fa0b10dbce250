import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Password rules after NIST SP 800-63B §3.1.1.2 (and §5.1.1.2 of the 2017 edition): length, not
 * composition. At least 12 characters (code points, after NFKC), at most 128 (argon2 hashes any
 * length, the cap only bounds work), every character allowed, spaces included; refused when it is a
 * known breached or common password, a common password dressed with digits or symbols, a repetition
 * or a sequence, or when it leans on the account's own email address or name. No "one digit, one
 * symbol" rules and no forced expiry: those make passwords weaker, not stronger.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** What a password may not be built from: the account's own address and name. */
export interface PasswordContext {
  email: string;
  givenName?: string | null;
  familyName?: string | null;
}

let common: ReadonlySet<string> | undefined;

/**
 * The 49,233 most common passwords of the breach corpora behind zxcvbn (xato's ten million), lower
 * case, from `@zxcvbn-ts/language-common`: real data, shipped in the package, read from disk once.
 */
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(dictionary['passwords-common']);
  return common;
}

/** Whether a password is on the common list, case-insensitively. */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.normalize('NFKC').toLowerCase());
}

/** The password without the digits and symbols people put around a common word ("Password2024!" → "password"). */
const core = (lower: string) => lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

function isRepetitionOrSequence(lower: string): boolean {
  const chars = [...lower];
  if (new Set(chars).size < 4) return true; // "aaaaaaaaaaaa", "abababababab", "121212121212"
  const unit = /^(.+?)\1+$/su.exec(lower)?.[1];
  if (unit && (unit.length < 6 || commonPasswords().has(unit))) return true; // "abc123abc123", "passwordpassword"
  const steps = chars.slice(1).map((c, i) => c.codePointAt(0)! - chars[i].codePointAt(0)!);
  return steps.every((s) => s === steps[0] && Math.abs(s) === 1); // "abcdefghijklm", "987654321…"
}

function leansOnContext(lower: string, context: PasswordContext): boolean {
  const email = context.email.trim().toLowerCase();
  const local = email.split('@')[0] ?? '';
  const words = [email, local, ...local.split(/[._+-]+/), context.givenName ?? '', context.familyName ?? '', 'elysium']
    .map((w) => w.trim().toLowerCase())
    .filter((w) => [...w].length >= 3)
    .sort((a, b) => b.length - a.length);
  let rest = lower;
  for (const word of words) rest = rest.split(word).join(' ');
  if (rest === lower) return false;
  // What is left once the name and address are taken out must be a password on its own.
  const left = rest.replace(/\s+/g, '');
  return [...left].length < 8 || !/\p{L}/u.test(left) || commonPasswords().has(core(left));
}

/** Why `password` is refused, in English for the person choosing it; null when it is acceptable. */
export function passwordProblem(password: string, context: PasswordContext): string | null {
  const normalised = password.normalize('NFKC');
  const length = [...normalised].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters long (a few words work well)`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  const lower = normalised.toLowerCase();
  const stripped = core(lower);
  if (commonPasswords().has(lower) || ([...stripped].length >= 4 && commonPasswords().has(stripped))) {
    return 'is one of the most commonly used passwords; choose something less predictable';
  }
  if (isRepetitionOrSequence(lower)) return 'repeats or follows a sequence (like aaaa… or 1234…); choose something less predictable';
  if (leansOnContext(lower, context)) return 'must not be based on your name or email address';
  return null;
}
