import { describe, expect, it } from 'vitest';
import { auditHash, GENESIS_HASH, nextAuditEntry, verifyAuditChain, type AuditFields } from './audit-chain.js';
import type { AuditEntry } from '../store/access.js';

function fields(i: number): AuditFields {
  return {
    at: `2026-01-0${1 + (i % 9)}T10:00:00.000Z`, actor: `usr_${i}`, agency: i % 2 ? 'ctd-punjab' : null,
    action: i % 3 ? 'edit' : 'login', target: i % 2 ? `clm_${i}` : null, detail: { n: i, ok: true, note: null },
  };
}

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (let i = 0; i < n; i += 1) out.push(nextAuditEntry(out.at(-1) ?? null, fields(i)));
  return out;
}

describe('audit hash chain', () => {
  it('numbers entries from 1 and links each to the one before', () => {
    const c = chain(3);
    expect(c.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(c[0]!.prev_hash).toBe(GENESIS_HASH);
    expect(c[1]!.prev_hash).toBe(c[0]!.hash);
    expect(c[2]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyAuditChain(c)).toEqual({ ok: true, count: 3, last: c[2]!.hash });
    expect(verifyAuditChain([])).toEqual({ ok: true, count: 0, last: GENESIS_HASH });
  });

  it('hashes every field but the hash, independent of key order', () => {
    const e = chain(1)[0]!;
    const { hash, ...body } = e;
    expect(auditHash(body)).toBe(hash);
    const shuffled = { detail: { note: null, ok: true, n: 0 }, prev_hash: e.prev_hash, target: e.target, action: e.action, agency: e.agency, actor: e.actor, at: e.at, seq: e.seq };
    expect(auditHash(shuffled)).toBe(hash);
    for (const change of [{ seq: 2 }, { at: 'x' }, { actor: 'y' }, { agency: 'z' }, { action: 'read' }, { target: 't' }, { detail: { n: 1, ok: true, note: null } }, { prev_hash: '1'.repeat(64) }]) {
      expect(auditHash({ ...body, ...change })).not.toBe(hash);
    }
  });

  it('detects an edited field', () => {
    const c = chain(5);
    c[2] = { ...c[2]!, actor: 'someone-else' };
    expect(verifyAuditChain(c)).toEqual({ ok: false, seq: 3, reason: 'entry 3 was altered (its hash does not match its contents)' });
    const d = chain(5);
    d[1] = { ...d[1]!, detail: { ...d[1]!.detail, n: 99 } };
    expect(verifyAuditChain(d)).toMatchObject({ ok: false, seq: 2 });
  });

  it('detects an edit whose hash was recomputed, at the next entry', () => {
    const c = chain(5);
    const forged = { ...c[2]!, action: 'nothing' };
    c[2] = { ...forged, hash: auditHash(forged) };
    expect(verifyAuditChain(c)).toEqual({ ok: false, seq: 4, reason: 'entry 4 does not link to entry 3 (an entry was replaced or inserted)' });
  });

  it('detects a deleted entry, first or in the middle', () => {
    const c = chain(5);
    expect(verifyAuditChain([...c.slice(0, 2), ...c.slice(3)])).toEqual({ ok: false, seq: 3, reason: 'entry 3 is missing (deleted)' });
    expect(verifyAuditChain(c.slice(1))).toMatchObject({ ok: false, seq: 1 });
    expect(verifyAuditChain([...c.slice(0, 1), ...c.slice(4)])).toEqual({ ok: false, seq: 2, reason: 'entries 2–4 are missing (deleted)' });
  });

  it('detects reordered entries', () => {
    const c = chain(5);
    expect(verifyAuditChain([c[0]!, c[2]!, c[1]!, c[3]!, c[4]!])).toMatchObject({ ok: false, seq: 2 });
    expect(verifyAuditChain([c[0]!, c[1]!, c[1]!, c[2]!])).toMatchObject({ ok: false, seq: 2, reason: expect.stringMatching(/reordered or inserted/) });
  });

  it('detects an inserted entry even when the rest are renumbered and rehashed', () => {
    const c = chain(4);
    const inserted = nextAuditEntry(c[1]!, { ...fields(9), action: 'cover-up' });
    // The attacker renumbers the entries after it and recomputes their own hashes, but cannot
    // make entry 4 (old 3) link to the inserted entry without rewriting every later entry.
    const renumbered = c.slice(2).map((e) => {
      const body = { ...e, seq: e.seq + 1 };
      return { ...body, hash: auditHash(body) };
    });
    expect(verifyAuditChain([c[0]!, c[1]!, inserted, ...renumbered])).toEqual({
      ok: false, seq: 4, reason: 'entry 4 does not link to entry 3 (an entry was replaced or inserted)',
    });
  });

  it('detects a first entry that does not start the chain, and a wrong prev_hash', () => {
    const c = chain(3);
    const first = { ...c[0]!, prev_hash: 'f'.repeat(64) };
    expect(verifyAuditChain([{ ...first, hash: auditHash(first) }, ...c.slice(1)])).toMatchObject({ ok: false, seq: 1 });
    const second = { ...c[1]!, prev_hash: GENESIS_HASH };
    expect(verifyAuditChain([c[0]!, { ...second, hash: auditHash(second) }, c[2]!])).toMatchObject({ ok: false, seq: 2 });
  });

  it('verifies a tail from a given seq', () => {
    const c = chain(6);
    expect(verifyAuditChain(c.slice(3), 4)).toEqual({ ok: true, count: 3, last: c[5]!.hash });
    expect(verifyAuditChain(c.slice(3), 3)).toMatchObject({ ok: false, seq: 3 });
  });

  it('refuses a detail value that cannot be hashed', () => {
    expect(() => nextAuditEntry(null, { ...fields(0), detail: { n: Number.NaN } })).toThrow(/finite/);
  });
});
