import { describe, expect, it } from 'vitest';
import { dummyPasswordHash, hashPassword, newSecret, secretHash, verifyPassword } from './passwords.js';

describe('passwords and secrets', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const h = await hashPassword('correct horse battery');
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(h, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(h, 'correct horse batterY')).toBe(false);
    expect(await hashPassword('correct horse battery')).not.toBe(h);
  });

  it('refuses passwords shorter than 12 characters, counting characters not bytes', async () => {
    await expect(hashPassword('short-pw-11')).rejects.toThrow('a password needs at least 12 characters (this one has 11)');
    await expect(hashPassword('ééééééééééé')).rejects.toThrow(/has 11/);
    await expect(hashPassword('x'.repeat(1025))).rejects.toThrow(/at most 1024/);
  });

  it('treats a malformed stored hash as a failed check, not an error', async () => {
    expect(await verifyPassword('not a phc string', 'whatever password')).toBe(false);
    expect(await verifyPassword(await dummyPasswordHash(), '')).toBe(false);
  });

  it('makes 32-byte base64url secrets and hashes them with sha256', () => {
    const a = newSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSecret()).not.toBe(a);
    expect(secretHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
