import { describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { generateServerKeys, keyFingerprint, normalisePublicKey, readEnvelope, signBundle, signedBytes, verifyEnvelope } from './index.js';

const keys = generateServerKeys();
const other = generateServerKeys();
const bundle = {
  type: 'bundle', id: 'bundle--2b0c2a4e-1d0b-5e3e-9d4c-1f0a7a7f3c11',
  objects: [{ type: 'threat-actor', id: 'threat-actor--a1', name: 'Lashkar-e-Jhangvi', aliases: ['LeJ'], confidence: 80 }],
};

describe('signed envelopes', () => {
  it('verifies what the key signed, whatever the key order or whitespace of the JSON', () => {
    const envelope = signBundle(bundle, keys);
    expect(envelope.signer).toBe(keyFingerprint(keys.publicKey));
    expect(verifyEnvelope(envelope, keys.publicKey)).toBe(true);
    const reorderedObjects = bundle.objects.map((o) => Object.fromEntries(Object.entries(o).reverse()));
    const reordered = JSON.parse(JSON.stringify({ objects: reorderedObjects, id: bundle.id, type: 'bundle' }, null, 2));
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(bundle));
    expect(verifyEnvelope({ ...envelope, bundle: reordered }, keys.publicKey)).toBe(true);
  });

  it('signs the RFC 8785 form: sorted keys, no whitespace', () => {
    expect(signedBytes({ b: 1, a: [true, 'é', 1e21] }).toString('utf8')).toBe('{"a":[true,"é",1e+21],"b":1}');
  });

  it('refuses to sign what has no single canonical form (a lone surrogate)', () => {
    expect(() => signedBytes({ name: 'bad \ud800 half' })).toThrow(/cannot be canonicalised/);
  });

  it('refuses a bundle changed by one byte, a different key, and a damaged signature', () => {
    const envelope = signBundle(bundle, keys);
    const text = JSON.stringify(envelope.bundle).replace('Lashkar', 'Lashkat');
    expect(verifyEnvelope({ ...envelope, bundle: JSON.parse(text) }, keys.publicKey)).toBe(false);
    expect(verifyEnvelope(envelope, other.publicKey)).toBe(false);
    // Signed by another key but claiming to be ours: the fingerprint matches, the signature does not.
    const forged = { ...signBundle(bundle, other), signer: envelope.signer };
    expect(verifyEnvelope(forged, keys.publicKey)).toBe(false);
    const flipped = Buffer.from(envelope.signature, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    expect(verifyEnvelope({ ...envelope, signature: flipped.toString('base64') }, keys.publicKey)).toBe(false);
    expect(verifyEnvelope({ ...envelope, signature: `${envelope.signature}!` }, keys.publicKey)).toBe(false);
  });

  it('names what is missing from a malformed envelope', () => {
    expect(readEnvelope(bundle)).toMatch(/no bundle/);
    expect(readEnvelope({ bundle, signer: 'ed25519:00' })).toMatch(/not signed/);
    expect(readEnvelope({ bundle, signature: 'AA==' })).toMatch(/signer/);
    expect(readEnvelope([])).toMatch(/not a signed envelope/);
    expect(readEnvelope(signBundle(bundle, keys))).toMatchObject({ bundle });
  });
});

describe('server keys', () => {
  it('fingerprints a key the same way whatever its PEM line endings', () => {
    const crlf = keys.publicKey.replace(/\n/g, '\r\n');
    expect(keyFingerprint(crlf)).toBe(keyFingerprint(keys.publicKey));
    expect(normalisePublicKey(crlf)).toBe(keys.publicKey);
    expect(keyFingerprint(keys.publicKey)).not.toBe(keyFingerprint(other.publicKey));
  });

  it('accepts only Ed25519 public keys', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    expect(() => keyFingerprint(rsa.publicKey)).toThrow(/Ed25519/);
    expect(() => keyFingerprint('not a key')).toThrow(/PEM/);
  });
});
