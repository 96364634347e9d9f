/**
 * Server keys for federation: one Ed25519 pair per Cellgraph server. Keys travel as
 * PEM text (SPKI for the public half, PKCS#8 for the private one) because that is
 * what administrators paste into `federation peer add` and what the settings table
 * holds. A key is named by its fingerprint, so an envelope can say who signed it
 * without repeating the key.
 */
import { createHash, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { WorkbenchError } from '../../core/errors.js';

export interface ServerKeyPair {
  /** SPKI PEM. */
  readonly publicKey: string;
  /** PKCS#8 PEM. */
  readonly privateKey: string;
}

export function generateServerKeys(): ServerKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKey, privateKey };
}

/** Reads a public key and insists on Ed25519: another algorithm is a configuration mistake, not a key to guess about. */
export function ed25519PublicKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch {
    throw new WorkbenchError('invalid_input', 'not a public key in PEM form (expected -----BEGIN PUBLIC KEY-----)');
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new WorkbenchError('invalid_input', `expected an Ed25519 public key, got ${key.asymmetricKeyType ?? 'an unknown key type'}`);
  }
  return key;
}

/** The public key in its one canonical PEM spelling (line breaks and armour normalised). */
export function normalisePublicKey(pem: string): string {
  return ed25519PublicKey(pem).export({ type: 'spki', format: 'pem' }).toString();
}

/** `ed25519:` + sha256 hex of the DER-encoded SPKI: stable whatever the PEM's line endings. */
export function keyFingerprint(pem: string): string {
  const der = ed25519PublicKey(pem).export({ type: 'spki', format: 'der' });
  return `ed25519:${createHash('sha256').update(der).digest('hex')}`;
}
