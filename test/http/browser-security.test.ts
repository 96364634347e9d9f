/**
 * In real headless Chromium: logging in through the web app's form sets an HttpOnly,
 * Secure, SameSite=Strict session; and a document whose text carries HTML and script
 * (`<img onerror>`, `<script>`) is shown as text in the documents view and runs
 * nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { buildServer } from '../../src/http/server.js';
import { operatorViewer } from '../../src/access/policy.js';
import { createAgency, createUser } from '../../src/app/accounts.js';
import { scratch } from '../cli/helpers.js';
import { CHROMIUM, ensureWebBuild } from '../e2e/harness.js';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const PASSWORD = 'a long enough passphrase';
const HOSTILE = [
  'Hostile report',
  '',
  'Published: 2016-05-02',
  '',
  'The pamphlet read <img src=x onerror="window.__pwned = (window.__pwned || 0) + 1; document.title = \'pwned\'"> in bold.',
  'It ended <script>window.__pwned = (window.__pwned || 0) + 10;</script> and <svg onload="window.__pwned = 100"></svg> too.',
].join('\n');

const runnable = existsSync(CHROMIUM) || Boolean(process.env.CI);
const tmp = scratch();
let store: Store;
let app: FastifyInstance;
let browser: Browser;
let page: Page;
let base: string;
const dialogs: string[] = [];

beforeAll(async () => {
  if (!runnable) return;
  await ensureWebBuild();
  store = await openSqliteStore(path.join(tmp.dir, 'browser.db'));
  const operator = operatorViewer('cli:test', 'local');
  await createAgency(store, operator, { id: 'agency-a', name: 'Agency A' });
  await createUser(store, operator, { name: 'analyst', agency: 'agency-a', role: 'analyst', password: PASSWORD });
  await store.transaction((tx) => tx.insertDocument({
    id: 'doc_hostile', title: '<b onmouseover="window.__pwned = 1000">Hostile</b> report', source: 'hostile.txt', published: '2016-05',
    sha256: createHash('sha256').update(HOSTILE).digest('hex'), marking: 'TLP:AMBER', agency: 'agency-a', media_type: 'text/plain',
    text: HOSTILE, ingested_at: '2026-01-01T00:00:00.000Z', reliability: null,
  }));
  ({ app } = await buildServer({ store }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  base = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const context = await browser.newContext();
  await context.route('**', (route) => (new URL(route.request().url()).port === String(port) ? route.continue() : route.abort('blockedbyclient')));
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
}, 120_000);
afterAll(async () => {
  await browser?.close().catch(() => {});
  await app?.close();
  await store?.close();
  tmp.cleanup();
});

describe.skipIf(!runnable)('the web app in Chromium', () => {
  it('logs in through the form and holds the session in an HttpOnly, Secure, SameSite=Strict cookie', async () => {
    await page.goto(`${base}/#/documents/doc_hostile`);
    await page.waitForSelector('#login-dialog[open]');
    await page.fill('#login-name', 'analyst');
    await page.fill('#login-password', 'wrong password here');
    await page.click('#login-submit');
    await page.waitForFunction(() => (document.getElementById('login-error')?.textContent ?? '').length > 0);
    await page.fill('#login-password', PASSWORD);
    await page.click('#login-submit');
    await page.waitForSelector('#account-user');
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === 'cellgraph_session');
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    expect(cookies.find((c) => c.name === 'cellgraph_csrf')).toMatchObject({ httpOnly: false, secure: true, sameSite: 'Strict' });
    // The page cannot read the session cookie, only the CSRF token.
    const visible = await page.evaluate(() => document.cookie);
    expect(visible).toContain('cellgraph_csrf=');
    expect(visible).not.toContain('cellgraph_session');
  });

  it('shows HTML and script in a document as text and runs none of it', async () => {
    await page.waitForSelector('#doc-text');
    const text = await page.textContent('#doc-text');
    expect(text).toContain('<img src=x onerror="window.__pwned');
    expect(text).toContain('<script>window.__pwned');
    expect(await page.textContent('#documents-title')).toBe('<b onmouseover="window.__pwned = 1000">Hostile</b> report');
    expect(await page.locator('#main img, #main script, #main svg[onload], #main b').count()).toBe(0);
    await page.hover('#documents-title');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.title()).not.toBe('pwned');
    expect(dialogs).toEqual([]);
  });
});
