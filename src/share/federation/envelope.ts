/**
 * Signed envelopes: what one Cellgraph server sends another. The signature is Ed25519
 * over the RFC 8785 canonical JSON of the bundle, so it survives any re-serialisation
 * that keeps the JSON value (key order, whitespace) and breaks on any change to it.
 *
 *   { "bundle": <STIX 2.1 bundle>, "signer": "ed25519:<sha256 of the SPKI key>", "signature": "<base64>" }
 */
import { createPrivateKey, sign, verify } from 'node:crypto';
import { WorkbenchError } from '../../core/errors.js';
import { canonicalJson } from '../../core/canonical-json.js';
import { ed25519PublicKey, keyFingerprint } from './keys.js';

export interface Envelope {
  readonly bundle: Record<string, unknown>;
  readonly signer: string;
  readonly signature: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The exact bytes a signature covers. */
export function signedBytes(bundle: unknown): Buffer {
  let text: string;
  try {
    text = canonicalJson(bundle);
  } catch (e) {
    throw new WorkbenchError('invalid_input', `the bundle cannot be canonicalised: ${e instanceof Error ? e.message : String(e)}`);
  }
  return Buffer.from(text, 'utf8');
}

export function signBundle(bundle: Record<string, unknown>, keys: { readonly publicKey: string; readonly privateKey: string }): Envelope {
  const signature = sign(null, signedBytes(bundle), createPrivateKey(keys.privateKey)).toString('base64');
  return { bundle, signer: keyFingerprint(keys.publicKey), signature };
}

/**
 * The envelope's fields, checked for shape only (no key involved yet): a string
 * naming the problem when something is missing, so the receiver can refuse and
 * audit it in one sentence.
 */
export function readEnvelope(value: unknown): Envelope | string {
  if (!isObject(value)) return 'the body is not a signed envelope ({bundle, signer, signature})';
  if (!isObject(value.bundle)) return 'the envelope has no bundle';
  if (typeof value.signature !== 'string' || value.signature.length === 0) return 'the bundle is not signed';
  if (typeof value.signer !== 'string' || value.signer.length === 0) return 'the envelope does not name its signer';
  return { bundle: value.bundle, signer: value.signer, signature: value.signature };
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Whether `publicKey` signed this envelope's bundle (and is the key the envelope names). */
export function verifyEnvelope(envelope: Envelope, publicKey: string): boolean {
  if (envelope.signer !== keyFingerprint(publicKey)) return false;
  // Node's base64 decoder skips junk silently; a signature must be exactly what was sent.
  if (!BASE64.test(envelope.signature)) return false;
  const signature = Buffer.from(envelope.signature, 'base64');
  if (signature.length !== 64) return false;
  try {
    return verify(null, signedBytes(envelope.bundle), ed25519PublicKey(publicKey), signature);
  } catch {
    return false;
  }
}
