/**
 * Every route × role × own/partner agency × marking, against the policy. Agency A owns
 * one document, claim and event per TLP marking and shares GREEN and AMBER with B.
 *
 * Each route has sample requests in SAMPLES; a route without them fails this test, so
 * a route cannot be added without saying what the policy means for it. For each
 * caller the test expects: 403 when the role is too low; 404 for a record the caller
 * may not see, with the same answer as for an id that never existed; reads of what
 * it may see; changes only by an analyst of the owning agency; admin work only inside
 * the admin's own agency. No response ever contains an id or text of a record the
 * caller may not see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { buildServer, ROUTES } from '../../src/http/server.js';
import { scratch } from '../cli/helpers.js';
import {
  ALL_TAGS, AGENCY_A, AGENCY_B, CALLERS, PASSWORD, TAGS, agencyOf, ids, roleOf, secretsOf, sees, seedAccessStore,
  type CallerName, type Seeded,
} from './access-fixture.js';

const tmp = scratch();
const TEMPLATE = path.join(tmp.dir, 'template.db');
let seeded: Seeded;
let copies = 0;

type Who = CallerName | 'operator';
const WHO: readonly Who[] = [...CALLERS, 'operator'];
const LEVEL = { viewer: 0, analyst: 1, admin: 2 } as const;
const NEEDS = { public: -1, read: 0, write: 1, admin: 2 } as const;

interface Probe {
  readonly method?: string;
  readonly url: string;
  readonly payload?: unknown;
  /** A multipart body (uploads). */
  readonly multipart?: { readonly boundary: string; readonly body: string };
  /** Sent without credentials (the login route). */
  readonly anonymous?: boolean;
  /** The probe targets agency A's records carrying this tag. */
  readonly tag?: string;
  /**
   * read: answers what may be seen; change: alters an A record (analyst of A only);
   * curate: edits entities, which every agency shares (any analyst who sees them all);
   * create: makes a record of the caller's own agency; admin: administers `owner`'s agency.
   */
  readonly kind: 'read' | 'change' | 'curate' | 'create' | 'admin';
  /** For admin probes: the agency whose users or agreements are touched (absent: the caller's own). */
  readonly owner?: string;
  /** The answer for a hidden record when it is not 404 (the same answer as for a record that never existed). */
  readonly hiddenStatus?: number;
  /** Refused (any 4xx) for everyone with the level: a request only a partner server could make well. */
  readonly refusedForAll?: boolean;
  /** Work the operator does first (e.g. the merge a probe undoes). */
  readonly setup?: { method: string; url: string; payload?: unknown };
  readonly check?: (body: string, who: Who) => void;
}

interface Fixture {
  readonly seeded: Seeded;
  readonly who: Who;
}

type Sample = (f: Fixture) => Probe[];

/** One probe per tag, each aimed at that tag's records (hidden ones must answer as missing ones do). */
const perTag = (make: (tag: string) => Omit<Probe, 'tag'>): Probe[] => TAGS.map((tag) => ({ ...make(tag), tag }));
/** One listing probe per tag: it answers 200 for everyone, with nothing hidden in it. */
const eachTag = (make: (tag: string) => Omit<Probe, 'tag'>): Probe[] => TAGS.map((tag) => make(tag));
const agencyOfWho = (who: Who): string => (who === 'operator' ? 'local' : agencyOf(who));
const otherAgency = (who: Who): string => (agencyOfWho(who) === AGENCY_B ? AGENCY_A : AGENCY_B);

function upload(text: string): Probe['multipart'] {
  const boundary = '----matrix';
  return {
    boundary,
    body: `--${boundary}\r\nContent-Disposition: form-data; name="marking"\r\n\r\nTLP:GREEN\r\n`
      + `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="note.txt"\r\nContent-Type: text/plain\r\n\r\n${text}\r\n--${boundary}--\r\n`,
  };
}

const visibleDocuments = (who: Who): number => (who === 'operator' ? ALL_TAGS.length : ALL_TAGS.filter((t) => sees(agencyOfWho(who), t)).length);

/** Sample requests for every route, keyed `METHOD /url`. */
const SAMPLES: Record<string, Sample> = {
  'POST /api/login': ({ who }) => (who === 'operator' ? [] : [{ method: 'POST', url: '/api/login', anonymous: true, kind: 'read', payload: { name: who, password: PASSWORD } }]),
  'GET /api/me': () => [{ url: '/api/me', kind: 'read', check: (body, who) => expect(JSON.parse(body).user.agency).toBe(agencyOfWho(who)) }],
  'POST /api/logout': () => [{ method: 'POST', url: '/api/logout', kind: 'read' }],

  'GET /api/stats': () => [{ url: '/api/stats', kind: 'read', check: (body, who) => expect(JSON.parse(body).documents).toBe(visibleDocuments(who)) }],
  'GET /api/entities': () => [{ url: '/api/entities', kind: 'read' }, { url: '/api/entities?q=Quetta', kind: 'read' }, ...eachTag((t) => ({ url: `/api/entities?q=${encodeURIComponent(`${t} org`)}`, kind: 'read' }))],
  'GET /api/entities/{id}': () => [...perTag((t) => ({ url: `/api/entities/${ids(t).org}`, kind: 'read' })), { url: '/api/entities/ent_quetta', kind: 'read' }],
  'GET /api/claims': () => [{ url: '/api/claims', kind: 'read' }, ...eachTag((t) => ({ url: `/api/claims?entity=${ids(t).org}`, kind: 'read' }))],
  'GET /api/claims/{id}': () => perTag((t) => ({ url: `/api/claims/${ids(t).claim}`, kind: 'read' })),
  'PATCH /api/claims/{id}': () => perTag((t) => ({ method: 'PATCH', url: `/api/claims/${ids(t).claim}`, kind: 'change', payload: { status: 'accepted' } })),
  'POST /api/claims': () => perTag((t) => ({
    method: 'POST', url: '/api/claims', kind: 'create',
    payload: { subject: ids(t).person, predicate: 'member_of', object: ids(t).org, evidence: { document: ids(t).document, start: 0, end: 6 } },
  })),
  'GET /api/events': () => [{ url: '/api/events', kind: 'read' }, { url: '/api/events?entity=ent_quetta', kind: 'read' }],
  'GET /api/events/{id}': () => perTag((t) => ({ url: `/api/events/${ids(t).event}`, kind: 'read' })),
  'GET /api/search': () => [{ url: '/api/search?q=Quetta', kind: 'read' }, ...eachTag((t) => ({ url: `/api/search?q=${ids(t).marker}`, kind: 'read' }))],

  'GET /api/documents': () => [{ url: '/api/documents', kind: 'read', check: (body, who) => expect(JSON.parse(body).items).toHaveLength(visibleDocuments(who)) }],
  'GET /api/documents/{id}': () => perTag((t) => ({ url: `/api/documents/${ids(t).document}`, kind: 'read' })),
  'POST /api/documents': ({ who }) => [{ method: 'POST', url: '/api/documents', kind: 'create', multipart: upload(`Note by ${who}: police in Quetta arrested four men on 1 May 2016.`) }],
  'GET /api/export': () => [{ url: '/api/export', kind: 'read' }, ...perTag((t) => ({ url: `/api/export?document=${ids(t).document}`, kind: 'read' }))],

  'GET /api/graph': () => [{ url: '/api/graph?includeProposed=true', kind: 'read' }],
  'GET /api/timeline': () => perTag((t) => ({ url: `/api/timeline?entity=${ids(t).org}`, kind: 'read' })),

  'GET /api/path': () => perTag((t) => ({ url: `/api/path?a=${ids(t).person}&b=${ids(t).org}&includeProposed=true`, kind: 'read' })),
  'GET /api/neighbours': () => [...perTag((t) => ({ url: `/api/neighbours?entity=${ids(t).org}&includeProposed=true`, kind: 'read' })), { url: '/api/neighbours?entity=ent_quetta&hops=2&includeProposed=true', kind: 'read' }],
  'GET /api/rank': () => [{ url: '/api/rank?includeProposed=true&top=100', kind: 'read' }],
  'GET /api/communities': () => [{ url: '/api/communities?includeProposed=true', kind: 'read' }],
  'GET /api/changes': () => [{ url: '/api/changes?from=2015&to=2017&includeProposed=true', kind: 'read' }],
  'GET /api/disputes': () => [{ url: '/api/disputes', kind: 'read' }],
  'GET /api/merges': () => [{ url: '/api/merges', kind: 'read' }],
  'POST /api/merges': () => perTag((t) => ({ method: 'POST', url: '/api/merges', kind: 'curate', payload: { source: ids(t).dup, target: ids(t).org, reason: 'same group' } })),
  'DELETE /api/merges/{id}': () => perTag((t) => ({
    method: 'DELETE', url: `/api/merges/{merge:${t}}`, kind: 'curate',
    setup: { method: 'POST', url: '/api/merges', payload: { source: ids(t).dup, target: ids(t).org, reason: 'setup' } },
  })),
  // Quetta is mentioned in every document; a hidden document is one it is "not mentioned in" (400), exactly like a missing one.
  // Splitting moves the mentions of A's document and re-points A's events: a change to A's records.
  'POST /api/entities/{id}/split': () => perTag((t) => ({ method: 'POST', url: '/api/entities/ent_quetta/split', kind: 'change', hiddenStatus: 400, payload: { documents: [ids(t).document] } })),
  'PATCH /api/entities/{id}': () => perTag((t) => ({ method: 'PATCH', url: `/api/entities/${ids(t).org}`, kind: 'curate', payload: { name: `${t} organisation` } })),
  'GET /api/same-as': () => [{ url: '/api/same-as', kind: 'read' }],
  'POST /api/same-as': () => perTag((t) => ({ method: 'POST', url: '/api/same-as', kind: 'curate', payload: { a: ids(t).dup, b: ids(t).org, decision: 'different' } })),

  'GET /api/brief': () => [{ url: '/api/brief?format=md&includeProposed=true', kind: 'read' }, ...perTag((t) => ({ url: `/api/brief?format=md&includeProposed=true&topic=${ids(t).org}`, kind: 'read' }))],
  'GET /api/aggregates': () => [{ url: '/api/aggregates?by=group', kind: 'read' }],
  'GET /api/export/{format}': () => [
    { url: '/api/export/stix', kind: 'read' }, { url: '/api/export/gtd', kind: 'read' }, { url: '/api/export/acled', kind: 'read' }, { url: '/api/export/ucdp', kind: 'read' },
    ...perTag((t) => ({ url: `/api/export/stix?document=${ids(t).document}`, kind: 'read' })),
  ],

  'GET /api/admin/agencies': () => [{ url: '/api/admin/agencies', kind: 'admin' }],
  'POST /api/admin/agencies': () => [{ method: 'POST', url: '/api/admin/agencies', kind: 'admin', owner: 'local', payload: { id: 'agency-c', name: 'Agency C' } }],
  'GET /api/admin/users': ({ who }) => [{
    url: '/api/admin/users', kind: 'admin',
    check: (body) => { if (who !== 'operator') expect(body).not.toContain(`"${otherAgency(who)}"`); },
  }],
  'POST /api/admin/users': ({ who }) => [
    { method: 'POST', url: '/api/admin/users', kind: 'admin', payload: { name: `new-${who}`, role: 'viewer', password: PASSWORD, ...(who === 'operator' ? { agency: AGENCY_B } : {}) } },
    { method: 'POST', url: '/api/admin/users', kind: 'admin', owner: AGENCY_A, payload: { name: `new-a-${who}`, role: 'analyst', agency: AGENCY_A, password: PASSWORD } },
  ],
  'PATCH /api/admin/users/{id}': ({ seeded: s }) => [
    { method: 'PATCH', url: `/api/admin/users/${s.users['a-viewer']}`, kind: 'admin', owner: AGENCY_A, payload: { role: 'analyst' } },
    { method: 'PATCH', url: `/api/admin/users/${s.users['b-viewer']}`, kind: 'admin', owner: AGENCY_B, payload: { disabled: true } },
  ],
  'GET /api/admin/tokens': ({ who }) => [{
    url: '/api/admin/tokens', kind: 'admin',
    check: (body) => { if (who !== 'operator') expect(JSON.parse(body).every((t: { user: string }) => Object.entries(seeded.users).some(([c, id]) => id === t.user && agencyOf(c as CallerName) === agencyOfWho(who)))).toBe(true); },
  }],
  'POST /api/admin/tokens': ({ seeded: s }) => [
    { method: 'POST', url: '/api/admin/tokens', kind: 'admin', owner: AGENCY_A, payload: { user: s.users['a-viewer'], label: 'probe' } },
    { method: 'POST', url: '/api/admin/tokens', kind: 'admin', owner: AGENCY_B, payload: { user: s.users['b-viewer'], label: 'probe' } },
  ],
  'DELETE /api/admin/tokens/{id}': ({ seeded: s }) => [
    { method: 'DELETE', url: `/api/admin/tokens/${s.tokenIds['a-analyst']}`, kind: 'admin', owner: AGENCY_A },
    { method: 'DELETE', url: `/api/admin/tokens/${s.tokenIds['b-analyst']}`, kind: 'admin', owner: AGENCY_B },
  ],
  'GET /api/admin/agreements': () => [{ url: '/api/admin/agreements', kind: 'admin' }],
  'POST /api/admin/agreements': ({ who }) => [{ method: 'POST', url: '/api/admin/agreements', kind: 'admin', payload: { to: otherAgency(who), markings: ['TLP:CLEAR'], ...(who === 'operator' ? { from: AGENCY_A } : {}) } }],
  'DELETE /api/admin/agreements/{id}': ({ seeded: s }) => [{ method: 'DELETE', url: `/api/admin/agreements/${s.agreement}`, kind: 'admin', owner: AGENCY_A }],
  'GET /api/audit': ({ who }) => [{
    url: '/api/audit?limit=1000', kind: 'admin',
    check: (body) => { if (who !== 'operator') for (const e of JSON.parse(body).items) expect(e.agency).toBe(agencyOfWho(who)); },
  }],
  'GET /api/federation/key': () => [{ url: '/api/federation/key', kind: 'read' }],
  'GET /api/federation/outbox': () => [{ url: '/api/federation/outbox', kind: 'read' }],
  // Only a peer's server, signing with its key, may push: a user's well-formed-looking envelope is refused.
  'POST /api/federation/inbox': () => [
    { method: 'POST', url: '/api/federation/inbox', kind: 'create', refusedForAll: true, payload: { bundle: { type: 'bundle', id: 'bundle--1', objects: [] }, signer: 'x', signature: 'x' } },
  ],
  'GET /api/audit/verify': () => [{ url: '/api/audit/verify', kind: 'admin', check: (body) => expect(JSON.parse(body).ok).toBe(true) }],
};

/** Stands for any 4xx answer. */
const REFUSED = 499;

const routeKey = (r: { method: string; url: string }): string => `${r.method} ${r.url}`;

/** What the policy says this caller should get for this probe of this route. */
function expectedStatus(who: Who, access: keyof typeof NEEDS, probe: Probe): number {
  if (probe.refusedForAll && (who === 'operator' || access === 'public' || LEVEL[roleOf(who)] >= NEEDS[access])) return REFUSED;
  if (who === 'operator') return 200;
  if (access !== 'public' && LEVEL[roleOf(who)] < NEEDS[access]) return 403;
  if (probe.tag && !sees(agencyOf(who), probe.tag)) return probe.hiddenStatus ?? 404;
  switch (probe.kind) {
    case 'read': case 'create': case 'curate': return 200;
    case 'change': return agencyOf(who) === AGENCY_A ? 200 : 403;
    case 'admin': return (probe.owner ?? agencyOf(who)) === agencyOf(who) ? 200 : 403;
  }
}

interface Server { store: Store; app: FastifyInstance; tokenOf(who: Who): string; close(): Promise<void> }

async function serverOnCopy(): Promise<Server> {
  const file = path.join(tmp.dir, `copy-${copies++}.db`);
  copyFileSync(TEMPLATE, file);
  const store = await openSqliteStore(file);
  const { app, auth } = await buildServer({ store });
  return {
    store, app,
    tokenOf: (who) => (who === 'operator' ? auth.apiToken : seeded.tokens[who]),
    async close() { await app.close(); await store.close(); },
  };
}

async function send(server: Server, who: Who, probe: Probe, mergeIds: Map<string, string>) {
  const url = probe.url.replace(/\{merge:(\w+)\}/, (_m, tag: string) => mergeIds.get(tag) ?? NO_MERGE);
  const headers: Record<string, string> = probe.anonymous ? {} : { authorization: `Bearer ${server.tokenOf(who)}` };
  if (probe.multipart) headers['content-type'] = `multipart/form-data; boundary=${probe.multipart.boundary}`;
  return server.app.inject({
    method: (probe.method ?? 'GET') as 'GET', url, headers,
    ...(probe.multipart ? { payload: probe.multipart.body } : probe.payload !== undefined ? { payload: probe.payload as object } : {}),
  });
}

function hiddenSecrets(who: Who): string[] {
  if (who === 'operator') return [];
  return ALL_TAGS.filter((t) => !sees(agencyOf(who), t)).flatMap(secretsOf);
}

/** The same probe aimed at records that never existed: a hidden record must be indistinguishable from one. */
function ghost(probe: Probe): Probe {
  const swap = (text: string): string => text.replaceAll(`{merge:${probe.tag}}`, '{merge:ghost}').replaceAll(`_${probe.tag}`, '_ghost');
  return { ...probe, url: swap(probe.url), payload: probe.payload === undefined ? undefined : JSON.parse(swap(JSON.stringify(probe.payload))), setup: undefined };
}

const NO_MERGE = 'mrg_none';

async function runProbes(server: Server, route: (typeof ROUTES)[number], who: Who, failures: string[]): Promise<void> {
  const probes = SAMPLES[routeKey(route)]!({ seeded, who });
  const mergeIds = new Map<string, string>();
  for (const probe of probes) {
    if (probe.setup) {
      const r = await server.app.inject({ method: probe.setup.method as 'POST', url: probe.setup.url, payload: probe.setup.payload as object, headers: { authorization: `Bearer ${server.tokenOf('operator')}` } });
      if (r.statusCode !== 200) failures.push(`setup of ${probe.url} failed: ${r.statusCode} ${r.body}`);
      else if (probe.tag) mergeIds.set(probe.tag, r.json().id);
    }
    const r = await send(server, who, probe, mergeIds);
    const want = expectedStatus(who, route.access, probe);
    const label = `${who} ${probe.method ?? 'GET'} ${probe.url}`;
    const got = r.statusCode === 201 ? 200 : want === REFUSED && r.statusCode >= 400 && r.statusCode < 500 ? REFUSED : r.statusCode;
    if (got !== want) failures.push(`${label}: expected ${want}, got ${r.statusCode} ${r.body.slice(0, 160).replace(/\s+/g, ' ')}`);
    // An error may repeat the id the caller typed; an answer may not show anything hidden.
    const typed = `${probe.url} ${JSON.stringify(probe.payload ?? '')}`;
    const leaks = hiddenSecrets(who).filter((secret) => r.body.includes(secret) && !(r.statusCode >= 400 && typed.includes(secret)));
    // The audit log shows an agency's admin its own users' attempts, ids they typed included.
    if (leaks.length > 0 && route.url !== '/api/audit') failures.push(`${label}: response shows hidden ${leaks.join(', ')}`);
    if (probe.tag && who !== 'operator' && !sees(agencyOf(who), probe.tag) && got === want && want !== 403) {
      const g = await send(server, who, ghost(probe), mergeIds);
      const merge = mergeIds.get(probe.tag);
      const normalised = g.body.replaceAll('_ghost', `_${probe.tag}`).replaceAll(NO_MERGE, merge ?? NO_MERGE);
      if (g.statusCode !== r.statusCode || normalised !== r.body) failures.push(`${label}: a hidden record answers differently from a missing one (${r.body} vs ${g.body})`);
    }
    if (got === want && want === 200 && probe.check) {
      try { probe.check(r.body, who); } catch (e) { failures.push(`${label}: ${(e as Error).message.split('\n')[0]}`); }
    }
  }
}

beforeAll(async () => {
  const store = await openSqliteStore(TEMPLATE);
  seeded = await seedAccessStore(store);
  await store.close();
}, 60_000);
afterAll(() => tmp.cleanup());

describe('access matrix', () => {
  it('has sample requests for every route (a new route must say what the policy means for it)', () => {
    const missing = ROUTES.map(routeKey).filter((k) => !(k in SAMPLES));
    expect(missing).toEqual([]);
    expect(Object.keys(SAMPLES).filter((k) => !ROUTES.some((r) => routeKey(r) === k))).toEqual([]);
  });

  it('gives every role of both agencies exactly what the policy allows on every read route', async () => {
    const server = await serverOnCopy();
    const failures: string[] = [];
    try {
      for (const route of ROUTES.filter((r) => r.method === 'GET' && r.access !== 'admin')) {
        for (const who of WHO) await runProbes(server, route, who, failures);
      }
    } finally {
      await server.close();
    }
    expect(failures.join('\n')).toBe('');
  }, 120_000);

  it('lets only analysts of the owning agency change records, and only admins administer their own agency', async () => {
    const failures: string[] = [];
    // Callers refused everything share one server (a wrong success is reported all the same);
    // anyone who may change something starts from a fresh copy, so one change cannot hide another's refusal.
    const refusedOnly = await serverOnCopy();
    try {
      for (const route of ROUTES.filter((r) => r.method !== 'GET' || r.access === 'admin')) {
        for (const who of WHO) {
          const probes = SAMPLES[routeKey(route)]!({ seeded, who });
          if (probes.every((p) => !p.setup && expectedStatus(who, route.access, p) !== 200)) {
            await runProbes(refusedOnly, route, who, failures);
            continue;
          }
          const server = await serverOnCopy();
          try {
            await runProbes(server, route, who, failures);
          } finally {
            await server.close();
          }
        }
      }
    } finally {
      await refusedOnly.close();
    }
    expect(failures.join('\n')).toBe('');
  }, 300_000);
});
