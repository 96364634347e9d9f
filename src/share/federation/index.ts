/**
 * Federation between Cellgraph servers, the pure part: Ed25519 server keys and signed
 * envelopes around STIX 2.1 bundles. The use cases (peers, outbox, receive, push and
 * pull) are in app/federation.ts; the protocol is described in docs/federation.md.
 */
export { ed25519PublicKey, generateServerKeys, keyFingerprint, normalisePublicKey, type ServerKeyPair } from './keys.js';
export { readEnvelope, signBundle, signedBytes, verifyEnvelope, type Envelope } from './envelope.js';
