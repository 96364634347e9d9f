/**
 * Passwords and bearer secrets. Passwords are stored as argon2id PHC strings (OWASP's
 * minimum parameters: 19 MiB, two passes, one lane); API tokens and session cookies
 * are long random secrets, so a plain sha256 of them is enough to look them up
 * without keeping them.
 */
import { randomBytes } from 'node:crypto';
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { WorkbenchError } from '../core/errors.js';
import { sha256Hex } from '../core/ids.js';

export const MIN_PASSWORD_LENGTH = 12;
/** Beyond this a "password" is an attempt to make the server hash megabytes. */
export const MAX_PASSWORD_LENGTH = 1024;

const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Characters as a person counts them (code points), not UTF-16 units. */
const lengthOf = (pw: string): number => [...pw].length;

export async function hashPassword(pw: string): Promise<string> {
  const length = lengthOf(pw);
  if (length < MIN_PASSWORD_LENGTH) {
    throw new WorkbenchError('invalid_input', `a password needs at least ${MIN_PASSWORD_LENGTH} characters (this one has ${length})`);
  }
  if (length > MAX_PASSWORD_LENGTH) {
    throw new WorkbenchError('invalid_input', `a password may have at most ${MAX_PASSWORD_LENGTH} characters`);
  }
  return hash(pw, OPTIONS);
}

/** False for a wrong password and for a hash that is not a valid PHC string. */
export async function verifyPassword(stored: string, pw: string): Promise<boolean> {
  if (lengthOf(pw) > MAX_PASSWORD_LENGTH) return false;
  try {
    return await verify(stored, pw);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | null = null;

/**
 * A hash of a secret nobody knows, with the same parameters as real ones: checking a
 * password against it for an unknown or disabled user takes as long as a real check,
 * so response times do not tell which login names exist.
 */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hash(randomBytes(32).toString('base64url'), OPTIONS);
  return dummy;
}

/** 32 random bytes, base64url: API tokens, session cookies, CSRF tokens. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function secretHash(secret: string): string {
  return sha256Hex(secret);
}
