/**
 * Push and pull: this server talking to a peer over HTTP with the token the peer
 * issued to it. Pull asks the peer's outbox for what changed since the last pull,
 * checks the peer's signature and stores the bundle, moving the cursor in the same
 * transaction; push builds our outbox for the peer's agency (what our agreements give
 * it, nothing else) and posts it to the peer's inbox. Both go page by page until the
 * journal is exhausted, and each run is audited as one `share`.
 */
import { recordAudit } from './audit.js';
import { findPeer } from './federation.js';
import { buildOutbox, OUTBOX_PAGE, type BundleCounts } from './federation-outbox.js';
import { receiveFromPeer, type ReceiveReport } from './federation-receive.js';
import { visibleLedger } from '../access/visible-ledger.js';
import type { Viewer } from '../access/policy.js';
import { viewerWithAgreements } from './accounts.js';
import { WorkbenchError, oneLine, type ErrorCode } from '../core/errors.js';
import { readEnvelope } from '../share/federation/index.js';
import type { PeerRecord } from '../store/access.js';
import type { Store } from '../store/store.js';

/** A pushed page larger than this is split: the receiving server limits request bodies. */
export const PUSH_BODY_LIMIT = 900 * 1024;
const TIMEOUT_MS = 60_000;

export interface SyncReport {
  readonly peer: string;
  readonly direction: 'push' | 'pull';
  readonly from: number;
  readonly cursor: number;
  readonly bundles: number;
  readonly sent?: BundleCounts;
  readonly received?: ReadonlyArray<ReceiveReport>;
}

export interface SyncOptions {
  /** Start from the beginning of the journal instead of the stored cursor (after a new agreement, say). */
  readonly full?: boolean;
  readonly fetch?: typeof fetch;
}

function requirePeerToken(peer: PeerRecord): string {
  if (!peer.token) throw new WorkbenchError('invalid_input', `peer ${peer.name} has no token (add one: cellgraph federation peer add … --token T)`);
  return peer.token;
}

const STATUS_CODES: Readonly<Record<number, ErrorCode>> = { 400: 'invalid_input', 401: 'forbidden', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 413: 'too_large' };

async function call(peer: PeerRecord, path: string, init: RequestInit, doFetch: typeof fetch): Promise<unknown> {
  const url = `${peer.url}${path}`;
  let response: Response;
  try {
    response = await doFetch(url, {
      ...init,
      headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${requirePeerToken(peer)}`, accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (e) {
    throw new WorkbenchError('store_unavailable', `peer ${peer.name} cannot be reached at ${peer.url}: ${oneLine(e)}`);
  }
  const text = await response.text();
  let body: unknown = null;
  try { body = text ? JSON.parse(text) : null; } catch { body = null; }
  if (!response.ok) {
    const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
    throw new WorkbenchError(STATUS_CODES[response.status] ?? 'store_unavailable',
      `peer ${peer.name} answered ${response.status}${typeof message === 'string' ? `: ${message.slice(0, 300)}` : ''}`);
  }
  if (body === null) throw new WorkbenchError('corrupt', `peer ${peer.name} answered ${path} with something other than JSON`);
  return body;
}

/** The policy's view of a peer's agency on this server: what our agreements give it. */
export async function peerViewer(store: Store, peer: PeerRecord): Promise<Viewer> {
  return viewerWithAgreements(store, { actor: `peer:${peer.id}`, agency: peer.agency, role: 'viewer' });
}

export async function pushToPeer(store: Store, actor: Viewer, ref: string, options: SyncOptions = {}): Promise<SyncReport> {
  const peer = await findPeer(store, ref);
  requirePeerToken(peer);
  const doFetch = options.fetch ?? fetch;
  const from = options.full ? 0 : peer.pushed_seq;
  const viewer = await peerViewer(store, peer);
  const ledger = visibleLedger(store, viewer);
  const sent = { documents: 0, entities: 0, claims: 0, events: 0, kept: 0 };
  let cursor = from;
  let bundles = 0;
  let limit = OUTBOX_PAGE;
  for (;;) {
    const page = await buildOutbox(store, ledger, viewer, cursor, limit);
    const body = JSON.stringify(page.envelope);
    if (Buffer.byteLength(body) > PUSH_BODY_LIMIT && limit > 1) { limit = Math.max(1, Math.floor(limit / 2)); continue; }
    const empty = Object.values(page.counts).every((n) => n === 0);
    if (!empty) {
      await call(peer, '/api/federation/inbox', { method: 'POST', body, headers: { 'content-type': 'application/json' } }, doFetch);
      bundles += 1;
      for (const k of Object.keys(sent) as Array<keyof BundleCounts>) sent[k] += page.counts[k];
    }
    cursor = page.cursor;
    await store.transaction((tx) => tx.updatePeer(peer.id, { pushed_seq: cursor }));
    if (!page.more) break;
    limit = OUTBOX_PAGE;
  }
  await recordAudit(store, {
    actor: actor.actor, agency: actor.agency, action: 'share', target: peer.id,
    detail: { direction: 'push', peer: peer.name, peer_agency: peer.agency, from, cursor, bundles, ...sent },
  });
  return { peer: peer.name, direction: 'push', from, cursor, bundles, sent };
}

export async function pullFromPeer(store: Store, actor: Viewer, ref: string, options: SyncOptions = {}): Promise<SyncReport> {
  const peer = await findPeer(store, ref);
  requirePeerToken(peer);
  const doFetch = options.fetch ?? fetch;
  const from = options.full ? 0 : peer.pulled_seq;
  const received: ReceiveReport[] = [];
  let cursor = from;
  for (;;) {
    const answer = await call(peer, `/api/federation/outbox?since=${cursor}`, { method: 'GET' }, doFetch) as Record<string, unknown>;
    const next = answer.cursor;
    if (typeof next !== 'number' || !Number.isInteger(next) || next < cursor || (answer.more === true && next === cursor)) {
      throw new WorkbenchError('corrupt', `peer ${peer.name} answered with a cursor that does not move on from ${cursor}`);
    }
    const envelope = readEnvelope(answer.envelope);
    if (typeof envelope === 'string') {
      await recordAudit(store, { actor: actor.actor, agency: actor.agency, action: 'refused', target: peer.id, detail: { attempt: 'federation_pull', why: envelope } });
      throw new WorkbenchError('forbidden', `peer ${peer.name}: ${envelope}`, { audited: true });
    }
    const report = await receiveFromPeer(store, actor, peer, envelope, (tx) => tx.updatePeer(peer.id, { pulled_seq: next }));
    received.push(report);
    cursor = next;
    if (answer.more !== true) break;
  }
  await recordAudit(store, {
    actor: actor.actor, agency: actor.agency, action: 'share', target: peer.id,
    detail: { direction: 'pull', peer: peer.name, peer_agency: peer.agency, from, cursor, bundles: received.length },
  });
  return { peer: peer.name, direction: 'pull', from, cursor, bundles: received.length, received };
}
