/**
 * Federation between Cellgraph servers: this server's Ed25519 key pair (kept in the
 * store's settings), the peers it trades with, and the port the HTTP routes use. A
 * peer maps a remote server to a local agency: what it sends is stored as that
 * agency's, and what it may receive is what the sharing agreements give that agency
 * (see docs/federation.md). Building and receiving bundles, push and pull are in the
 * federation-*.ts files beside this one.
 */
import { recordAudit, appendAudit } from './audit.js';
import { buildOutbox, type OutboxPage } from './federation-outbox.js';
import { receiveFromCaller, type ReceiveReport } from './federation-receive.js';
import type { Viewer } from '../access/policy.js';
import { WorkbenchError } from '../core/errors.js';
import { randomId } from '../core/ids.js';
import { keyFingerprint, normalisePublicKey } from '../share/federation/index.js';
import { serverKeys, serverPublicKey, type PublicKeyView } from './federation-keys.js';
import type { PeerRecord } from '../store/access.js';
import type { LedgerQueries, Store } from '../store/store.js';

// ---------------------------------------------------------------- peers

/** A peer as listings show it: the token the peer gave us is never printed back. */
export type PeerView = Omit<PeerRecord, 'token'> & { readonly has_token: boolean; readonly fingerprint: string };

export const peerView = ({ token, ...rest }: PeerRecord): PeerView =>
  ({ ...rest, has_token: token !== null, fingerprint: keyFingerprint(rest.public_key) });

export interface NewPeer {
  readonly name: string;
  readonly url: string;
  /** The peer's Ed25519 public key, PEM. */
  readonly publicKey: string;
  /** The local agency the peer's records belong to and our agreements apply to. */
  readonly agency: string;
  /** A bearer token the peer issued to this server, for push and pull. */
  readonly token?: string | null;
}

const PEER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Peers are server configuration: the operator or an admin manages them, and refusals are audited. */
async function requireAdmin(store: Store, actor: Viewer, attempt: string, target: string | null): Promise<void> {
  if (actor.operator || actor.role === 'admin') return;
  const why = `${attempt.replace(/_/g, ' ')} takes the admin role (you are ${actor.role})`;
  await recordAudit(store, { actor: actor.actor, agency: actor.agency, action: 'refused', target, detail: { attempt, why } });
  throw new WorkbenchError('forbidden', why);
}

function baseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WorkbenchError('invalid_input', `"${raw}" is not a URL (expected e.g. https://cellgraph.partner.example)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new WorkbenchError('invalid_input', `a peer URL is http or https, not ${url.protocol}`);
  if (url.search || url.hash || url.username || url.password) {
    throw new WorkbenchError('invalid_input', 'a peer URL is the server\'s base address, without query, fragment or credentials');
  }
  return url.toString().replace(/\/+$/, '');
}

export async function addPeer(store: Store, actor: Viewer, input: NewPeer): Promise<PeerView> {
  await requireAdmin(store, actor, 'peer_add', null);
  if (!PEER_NAME.test(input.name)) throw new WorkbenchError('invalid_input', `peer name "${input.name}": letters, digits, . _ - (at most 64)`);
  const url = baseUrl(input.url);
  const publicKey = normalisePublicKey(input.publicKey);
  const ours = await serverKeys(store);
  if (keyFingerprint(publicKey) === keyFingerprint(ours.publicKey)) throw new WorkbenchError('invalid_input', 'that is this server\'s own key');
  const token = input.token?.trim() || null;
  return store.transaction(async (tx) => {
    if (!(await tx.getAgency(input.agency))) {
      throw new WorkbenchError('not_found', `no agency "${input.agency}" (create it first: cellgraph admin agency add ${input.agency} NAME)`);
    }
    const peers = await tx.listPeers();
    if (peers.some((p) => p.name === input.name)) throw new WorkbenchError('conflict', `a peer named ${input.name} exists already`);
    const same = peers.find((p) => keyFingerprint(p.public_key) === keyFingerprint(publicKey));
    if (same) throw new WorkbenchError('conflict', `peer ${same.name} has that key already`);
    const peer: PeerRecord = {
      id: randomId('peer'), name: input.name, agency: input.agency, url, public_key: publicKey, token,
      pulled_seq: 0, pushed_seq: 0, created_at: new Date().toISOString(),
    };
    await tx.insertPeer(peer);
    await appendAudit(tx, {
      actor: actor.actor, agency: actor.agency, action: 'peer_add', target: peer.id,
      detail: { name: peer.name, agency: peer.agency, url, fingerprint: keyFingerprint(publicKey) },
    });
    return peerView(peer);
  });
}

export async function listPeers(store: Store, actor: Viewer): Promise<PeerView[]> {
  await requireAdmin(store, actor, 'peer_list', null);
  return (await store.listPeers()).map(peerView);
}

/** A peer by id or name. */
export async function findPeer(store: Pick<Store, 'getPeer' | 'listPeers'>, ref: string): Promise<PeerRecord> {
  const peer = (await store.getPeer(ref)) ?? (await store.listPeers()).find((p) => p.name === ref);
  if (!peer) throw new WorkbenchError('not_found', `no peer "${ref}" (see \`cellgraph federation peer list\`)`);
  return peer;
}

export async function removePeer(store: Store, actor: Viewer, ref: string): Promise<PeerView> {
  await requireAdmin(store, actor, 'peer_remove', ref);
  const peer = await findPeer(store, ref);
  await store.transaction(async (tx) => {
    await tx.deletePeer(peer.id);
    await appendAudit(tx, { actor: actor.actor, agency: actor.agency, action: 'peer_remove', target: peer.id, detail: { name: peer.name } });
  });
  return peerView(peer);
}

// ---------------------------------------------------------------- the HTTP port

/** What the federation routes may do, bound to the caller (a peer's machine user). */
export interface FederationPort {
  publicKey(): Promise<PublicKeyView>;
  /** What the caller's agency may see (`ledger` is the policy-filtered ledger of the request), changed after `since`, signed. */
  outbox(ledger: LedgerQueries, since: number): Promise<OutboxPage>;
  /** A signed envelope pushed by the caller's server. */
  receive(body: unknown): Promise<ReceiveReport>;
}

export function federationPort(store: Store, viewer: Viewer): FederationPort {
  return {
    publicKey: () => serverPublicKey(store),
    async outbox(ledger, since) {
      const page = await buildOutbox(store, ledger, viewer, since);
      await recordAudit(store, {
        actor: viewer.actor, agency: viewer.agency, action: 'share', target: page.envelope.bundle.id as string,
        detail: { direction: 'outbox', since, cursor: page.cursor, ...page.counts },
      });
      return page;
    },
    receive: (body) => receiveFromCaller(store, viewer, body),
  };
}

export { serverKeys, serverPublicKey, type PublicKeyView } from './federation-keys.js';
export type { OutboxPage } from './federation-outbox.js';
export type { ReceiveReport } from './federation-receive.js';
