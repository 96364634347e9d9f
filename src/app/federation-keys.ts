/**
 * This server's federation key pair: Ed25519, made on first use and kept in the
 * store's settings, so every process on the same store signs with the same key.
 */
import { generateServerKeys, keyFingerprint, type ServerKeyPair } from '../share/federation/index.js';
import type { Store } from '../store/store.js';

const PUBLIC_KEY = 'federation.public_key';
const PRIVATE_KEY = 'federation.private_key';
/** Every setting key this build writes (migrate copies them; the port has no way to list settings). */
export const SETTING_KEYS: readonly string[] = [PUBLIC_KEY, PRIVATE_KEY];

/** This server's key pair, made on first use (in one transaction, so two first uses agree). */
export async function serverKeys(store: Store): Promise<ServerKeyPair> {
  const held = await readKeys(store);
  if (held) return held;
  return store.transaction(async (tx) => {
    const again = await readKeys(tx);
    if (again) return again;
    const keys = generateServerKeys();
    await tx.setSetting(PUBLIC_KEY, keys.publicKey);
    await tx.setSetting(PRIVATE_KEY, keys.privateKey);
    return keys;
  });
}

async function readKeys(store: Pick<Store, 'getSetting'>): Promise<ServerKeyPair | null> {
  const [publicKey, privateKey] = await Promise.all([store.getSetting(PUBLIC_KEY), store.getSetting(PRIVATE_KEY)]);
  return publicKey && privateKey ? { publicKey, privateKey } : null;
}

export interface PublicKeyView {
  readonly key: string;
  readonly fingerprint: string;
}

export async function serverPublicKey(store: Store): Promise<PublicKeyView> {
  const { publicKey } = await serverKeys(store);
  return { key: publicKey, fingerprint: keyFingerprint(publicKey) };
}
