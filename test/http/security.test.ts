/**
 * Attacks on the API, each refused, audited, and changing nothing: SQL injection in
 * every text input, path traversal in upload names, oversized and malformed bodies,
 * expired, revoked and forged credentials, missing or wrong CSRF tokens, an analyst
 * calling admin routes, and agency B guessing A's RED ids. The operator's export of
 * the whole ledger is byte-identical before and after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { buildServer, ROUTES } from '../../src/http/server.js';
import type { AuthState } from '../../src/http/auth.js';
import { createSession } from '../../src/app/accounts.js';
import { secretHash } from '../../src/access/passwords.js';
import { scratch } from '../cli/helpers.js';
import { PASSWORD, ids, seedAccessStore, type CallerName, type Seeded } from './access-fixture.js';

const tmp = scratch();
let store: Store;
let app: FastifyInstance;
let auth: AuthState;
let seeded: Seeded;
let exportBefore: string;

const bearer = (who: CallerName): Record<string, string> => ({ authorization: `Bearer ${seeded.tokens[who]}` });
const operator = (): Record<string, string> => ({ authorization: `Bearer ${auth.apiToken}` });
const ledgerExport = async (): Promise<string> => (await app.inject({ url: '/api/export', headers: operator() })).body;
const lastSeq = async (): Promise<number> => (await store.lastAudit())?.seq ?? 0;

/** Sends the request and checks it was refused with `status` and left a `refused` (or failed-login) entry in the audit log. */
async function refused(options: InjectOptions, status: number | ((s: number) => boolean), label = `${options.method ?? 'GET'} ${String(options.url)}`) {
  const before = await lastSeq();
  const r = await app.inject(options);
  if (typeof status === 'number') expect(r.statusCode, `${label}: ${r.body.slice(0, 200)}`).toBe(status);
  else expect(status(r.statusCode), `${label}: ${r.statusCode} ${r.body.slice(0, 200)}`).toBe(true);
  const entries = await store.listAudit({ after: before, limit: 100 });
  expect(entries.some((e) => e.action === 'refused' || e.action === 'login_failed'), `${label} was not audited`).toBe(true);
  return r;
}

function multipart(parts: Array<{ name: string; filename?: string; content: string }>, boundary = '----sectest') {
  const payload = parts.map((p) => `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ''}\r\n`
    + `${p.filename !== undefined ? 'Content-Type: text/plain\r\n' : ''}\r\n${p.content}\r\n`).join('') + `--${boundary}--\r\n`;
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const INJECTIONS = [
  "' OR '1'='1", "x'; DROP TABLE claims; --", '" OR 1=1 --', "') UNION SELECT text FROM documents --", '%27%20OR%201=1',
  "doc_red' --", '*', 'NEAR(red)', '"Markerredword"', "\\'; DELETE FROM audit; --", 'x\u0000y',
];

beforeAll(async () => {
  store = await openSqliteStore(path.join(tmp.dir, 'security.db'));
  seeded = await seedAccessStore(store);
  ({ app, auth } = await buildServer({ store, bodyLimit: 64 * 1024, uploadLimit: 32 * 1024 }));
  exportBefore = await ledgerExport();
}, 60_000);
afterAll(async () => { await app.close(); await store.close(); tmp.cleanup(); });

describe('attacks that must change nothing', () => {
  it('SQL injection in search, entity lookup, ids and login names finds nothing hidden and changes nothing', async () => {
    for (const attack of INJECTIONS) {
      const q = encodeURIComponent(attack);
      for (const url of [`/api/search?q=${q}`, `/api/entities?q=${q}`]) {
        const r = await app.inject({ url, headers: bearer('b-analyst') });
        expect(r.statusCode === 200 || (r.statusCode >= 400 && r.statusCode < 500), `${url}: ${r.statusCode}`).toBe(true);
        for (const tag of ['red', 'strict', 'clear']) {
          expect(r.body, url).not.toContain(ids(tag).document);
          expect(r.body, url).not.toContain(ids(tag).marker);
        }
      }
      for (const url of [`/api/claims/${q}`, `/api/documents/${q}`, `/api/entities/${q}`, `/api/events/${q}`, `/api/timeline?entity=${q}`, `/api/claims?entity=${q}`]) {
        const r = await app.inject({ url, headers: bearer('b-analyst') });
        expect([200, 400, 404], `${url}: ${r.statusCode}`).toContain(r.statusCode);
        if (r.statusCode === 200) expect(r.json().items ?? []).toEqual([]);
      }
      await refused({ method: 'PATCH', url: `/api/claims/${q}`, headers: bearer('a-analyst'), payload: { status: 'rejected' } }, (s) => s === 404 || s === 400);
      await refused({ method: 'POST', url: '/api/merges', headers: bearer('a-analyst'), payload: { source: attack, target: ids('red').org, reason: attack } }, (s) => s === 404 || s === 400);
      await refused({ method: 'POST', url: '/api/login', payload: { name: attack, password: attack } }, (s) => s === 401 || s === 429 || s === 400);
      for (const field of ['marking', 'published']) {
        const upload = multipart([{ name: field, content: attack }, { name: 'file', filename: 'note.txt', content: `Police in Quetta arrested ${attack} on 1 May 2016.` }]);
        await refused({ method: 'POST', url: '/api/documents', headers: { ...upload.headers, ...bearer('a-analyst') }, payload: upload.payload }, 400, `upload ${field}=${attack}`);
      }
    }
    expect((await store.stats()).documents).toBe(7);
    expect(await ledgerExport()).toBe(exportBefore);
  });

  it('refuses oversized and malformed bodies, JSON and multipart', async () => {
    const json = { 'content-type': 'application/json', ...bearer('a-analyst') };
    await refused({ method: 'PATCH', url: `/api/claims/${ids('red').claim}`, headers: json, payload: `{"status":"accepted","pad":"${'x'.repeat(100 * 1024)}"}` }, 413);
    await refused({ method: 'PATCH', url: `/api/claims/${ids('red').claim}`, headers: json, payload: '{"status": "accepted"' }, 400);
    await refused({ method: 'PATCH', url: `/api/claims/${ids('red').claim}`, headers: json, payload: '[1,2,3]' }, 400);
    await refused({ method: 'POST', url: '/api/claims', headers: json, payload: '{"subject": {"$gt": ""}}' }, 400);
    const big = multipart([{ name: 'file', filename: 'big.txt', content: 'Quetta '.repeat(10_000) }]);
    await refused({ method: 'POST', url: '/api/documents', headers: { ...big.headers, ...bearer('a-analyst') }, payload: big.payload }, 413);
    await refused({
      method: 'POST', url: '/api/documents', headers: { 'content-type': 'multipart/form-data; boundary=zzz', ...bearer('a-analyst') },
      payload: '--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nunterminated',
    }, (s) => s === 400);
    await refused({ method: 'POST', url: '/api/documents', headers: { 'content-type': 'multipart/form-data', ...bearer('a-analyst') }, payload: 'no boundary' }, 400);
    expect(await ledgerExport()).toBe(exportBefore);
  });

  it('refuses expired, revoked and forged tokens and session cookies with 401', async () => {
    const user = (await store.getUser(seeded.users['a-admin']))!;
    const expiredSecret = 'expired-token-secret-0123456789abcdef';
    await store.transaction((tx) => tx.insertToken({
      id: 'tok_expired', user: user.id, label: 'expired', hash: secretHash(expiredSecret), created_at: '2020-01-01T00:00:00.000Z', expires_at: '2020-02-01T00:00:00.000Z', revoked_at: null,
    }));
    const revoke = await app.inject({ method: 'DELETE', url: `/api/admin/tokens/${seeded.tokenIds['a-viewer']}`, headers: bearer('a-admin') });
    expect(revoke.statusCode).toBe(200);
    const expiredSession = await createSession(store, user, 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const forgedCookie = `cellgraph_session=${Buffer.alloc(32, 7).toString('base64url')}`;
    for (const headers of [
      { authorization: `Bearer ${expiredSecret}` },
      { authorization: `Bearer ${seeded.tokens['a-viewer']}` },
      { authorization: `Bearer ${seeded.tokens['a-admin'].slice(0, -2)}xx` },
      { authorization: 'Bearer ' },
      { authorization: `Basic ${Buffer.from(`a-admin:${PASSWORD}`).toString('base64')}` },
      { cookie: `cellgraph_session=${expiredSession.cookie}` },
      { cookie: forgedCookie },
      { cookie: 'cellgraph_session=%E0%A4%A' },
      // A forged bearer does not fall back to a valid cookie.
      { authorization: 'Bearer forged', cookie: forgedCookie },
    ]) {
      for (const url of ['/api/stats', '/api/admin/users']) {
        const r = await refused({ url, headers }, 401, `${url} with ${JSON.stringify(headers).slice(0, 60)}`);
        expect(r.json().error.code).toBe('unauthorized');
      }
    }
    expect(await ledgerExport()).toBe(exportBefore);
  });

  it('refuses changes made with a session cookie but without the right CSRF token', async () => {
    const login = await app.inject({ method: 'POST', url: '/api/login', payload: { name: 'a-analyst', password: PASSWORD } });
    const cookie = String((login.headers['set-cookie'] as string[]).find((c) => c.startsWith('cellgraph_session='))).split(';')[0]!;
    const csrf = login.json().csrf as string;
    const other = (await app.inject({ method: 'POST', url: '/api/login', payload: { name: 'a-admin', password: PASSWORD } })).json().csrf as string;
    for (const token of [undefined, '', 'guess', other, csrf.toUpperCase()]) {
      const headers: Record<string, string> = { cookie, ...(token === undefined ? {} : { 'x-csrf-token': token }) };
      const r = await refused({ method: 'PATCH', url: `/api/claims/${ids('red').claim}`, headers, payload: { status: 'rejected' } }, 403);
      expect(r.json().error.code).toBe('csrf');
      await refused({ method: 'POST', url: '/api/merges', headers, payload: { source: ids('red').dup, target: ids('red').org, reason: 'x' } }, 403);
      await refused({ method: 'DELETE', url: `/api/merges/mrg_x`, headers }, 403);
    }
    expect(await ledgerExport()).toBe(exportBefore);
  });

  it('refuses every admin route to an analyst and a viewer', async () => {
    const admin = ROUTES.filter((r) => r.access === 'admin');
    expect(admin.length).toBeGreaterThanOrEqual(12);
    for (const who of ['a-analyst', 'b-viewer'] as const) {
      for (const r of admin) {
        const url = r.url.replace('{id}', seeded.users['a-viewer']);
        const res = await refused({ method: r.method, url, headers: bearer(who), ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { payload: { role: 'admin', name: 'x', to: 'agency-b', markings: ['TLP:RED'], id: 'agency-x', user: seeded.users[who], label: 'x' } }) }, 403, `${who} ${r.method} ${url}`);
        expect(res.json().error.code).toBe('forbidden');
      }
    }
    // Nor may an analyst make itself an admin through its own account.
    await refused({ method: 'PATCH', url: `/api/admin/users/${seeded.users['a-analyst']}`, headers: bearer('a-analyst'), payload: { role: 'admin' } }, 403);
    expect((await store.getUser(seeded.users['a-analyst']))?.role).toBe('analyst');
    expect(await ledgerExport()).toBe(exportBefore);
  });

  it("answers agency B's guesses at A's RED ids with 404, on every route that takes an id", async () => {
    const red = ids('red');
    const guesses = [
      `/api/documents/${red.document}`, `/api/claims/${red.claim}`, `/api/events/${red.event}`, `/api/entities/${red.org}`, `/api/entities/${red.person}`,
      `/api/timeline?entity=${red.org}`, `/api/neighbours?entity=${red.org}`, `/api/path?a=${red.person}&b=${red.org}`,
      `/api/export?document=${red.document}`, `/api/export/stix?document=${red.document}`, `/api/brief?format=md&topic=${red.org}`,
    ];
    for (const who of ['b-viewer', 'b-analyst', 'b-admin'] as const) {
      for (const url of guesses) {
        const r = await refused({ url, headers: bearer(who) }, 404, `${who} ${url}`);
        expect(r.json().error.code).toBe('not_found');
      }
      for (const [method, url, payload] of [
        ['PATCH', `/api/claims/${red.claim}`, { status: 'rejected' }], ['PATCH', `/api/entities/${red.org}`, { name: 'taken' }],
        ['POST', '/api/merges', { source: red.dup, target: red.org, reason: 'guess' }], ['POST', '/api/same-as', { a: red.dup, b: red.org, decision: 'same' }],
        ['POST', '/api/claims', { subject: red.person, predicate: 'leader_of', object: red.org }],
      ] as const) {
        await refused({ method, url, headers: bearer(who), payload }, who === 'b-viewer' ? 403 : 404, `${who} ${method} ${url}`);
      }
    }
    expect(await ledgerExport()).toBe(exportBefore);
  });
});

describe('uploads', () => {
  it('stores only the base name of a traversing file name and writes no file outside its scratch directory', async () => {
    const name = `cellgraph-traversal-${process.pid}-${Date.now()}.txt`;
    const upload = multipart([{ name: 'file', filename: `../../${name}`, content: 'Police in Quetta arrested four men on 1 May 2016.' }]);
    const r = await app.inject({ method: 'POST', url: '/api/documents', headers: { ...upload.headers, ...bearer('a-analyst') }, payload: upload.payload });
    expect(r.statusCode).toBe(200);
    const doc = await store.getDocument(r.json().ingested[0].document);
    expect(doc?.source).toBe(`upload:${name}`);
    expect(doc?.agency).toBe('agency-a');
    for (const dir of [tmpdir(), path.dirname(tmpdir()), process.cwd(), path.dirname(process.cwd()), path.dirname(path.dirname(process.cwd()))]) {
      expect(existsSync(path.join(dir, name)), dir).toBe(false);
    }
    const windows = multipart([{ name: 'file', filename: `..\\..\\${name}`, content: 'Police in Lahore arrested two men on 2 May 2016.' }]);
    const w = await app.inject({ method: 'POST', url: '/api/documents', headers: { ...windows.headers, ...bearer('a-analyst') }, payload: windows.payload });
    expect((await store.getDocument(w.json().ingested[0].document))?.source).toBe(`upload:${name}`);
  });
});
