/**
 * Federation between Cellgraph servers (docs/federation.md). The caller is a partner
 * server, authenticated by a bearer token this server issued to a machine user of the
 * partner's agency. The outbox is read through the request's visible ledger, so it
 * holds exactly what the sharing agreements give that agency; the inbox takes a
 * signed envelope only from the peer mapped to that agency. Both audit themselves
 * (`share`, `federation_receive`, `refused`), with counts the route cannot know.
 */
import { z } from 'zod';
import { route, type AnyRoute } from '../route.js';

export const federationRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/federation/key', tag: 'federation', access: 'read', audit: false,
    summary: "This server's Ed25519 public key (SPKI PEM) and its fingerprint, for partners to pin",
    handler: async (_input, { federation }) => federation.publicKey(),
  }),
  route({
    method: 'GET', url: '/api/federation/outbox', tag: 'federation', access: 'read', audit: false,
    summary: "A signed STIX 2.1 bundle of what the caller's agency may see that changed after journal seq `since`, with the cursor for the next call",
    query: z.object({ since: z.coerce.number().int().min(0).default(0) }),
    handler: async ({ query }, { ledger, federation }) => federation.outbox(ledger, query.since),
  }),
  route({
    method: 'POST', url: '/api/federation/inbox', tag: 'federation', access: 'write', audit: false,
    summary: "Receive a signed envelope {bundle, signer, signature} from the caller's server; stored as the caller's agency's records",
    // The envelope is checked by the use case, so that an unsigned or malformed one is refused *and audited*.
    body: z.unknown(),
    handler: async ({ body }, { federation }) => federation.receive(body),
  }),
];
