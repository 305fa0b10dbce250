import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

/** `Algorithm.Argon2id`, written out: the package declares a const enum, which isolated modules cannot read. */
const ARGON2ID = 2 as Algorithm;

/**
 * argon2id with 64 MiB, 3 passes, 1 lane: above OWASP's minimum (19 MiB, t=2) and RFC 9106's
 * memory-constrained profile; measured 80 ms to hash and to verify on one core of the development machines. Changing these
 * makes old hashes rehash at their owner's next sign-in (see `needsRehash`).
 */
export const ARGON2_OPTIONS: Options = {
  algorithm: ARGON2ID,
  memoryCost: 65_536, // KiB
  timeCost: 3,
  parallelism: 1,
  outputLen: 32,
};

const CURRENT_PREFIX = `$argon2id$v=19$m=${ARGON2_OPTIONS.memoryCost},t=${ARGON2_OPTIONS.timeCost},p=${ARGON2_OPTIONS.parallelism}$`;

/** Hashes a password on the libuv thread pool (never blocks the event loop). */
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFKC'), ARGON2_OPTIONS);
}

/** Whether `password` matches `storedHash`; a malformed hash is simply no match. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password.normalize('NFKC'));
  } catch {
    return false;
  }
}

/** A hash made with other parameters than today's: replaced when its owner next proves the password. */
export function needsRehash(storedHash: string): boolean {
  return !storedHash.startsWith(CURRENT_PREFIX);
}

let dummy: Promise<string> | undefined;

/**
 * A hash of a random password with today's parameters. An unknown address, an erased account and an
 * account without a password are verified against it, so they take as long as a wrong password.
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(32).toString('base64url'));
  return dummy;
}
