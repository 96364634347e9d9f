/**
 * The end-to-end harness: builds the web bundle when it is missing or older than its
 * sources, starts a real server on loopback over a scratch SQLite store seeded with
 * the example reports, and drives the system's Chromium (never a downloaded one)
 * with every request that does not go to 127.0.0.1 aborted and recorded.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { openSqliteStore } from '../../src/adapters/sqlite/sqlite-store.js';
import { ingest } from '../../src/app/ingest.js';
import { buildServer } from '../../src/http/server.js';
import type { Store } from '../../src/store/store.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

export async function ensureWebBuild(): Promise<void> {
  const index = path.join(REPO, 'dist/web/index.html');
  const sources = Math.max(newest(path.join(REPO, 'web/src')), statSync(path.join(REPO, 'web/index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const { build } = await import('vite');
  await build({ configFile: path.join(REPO, 'web/vite.config.ts'), logLevel: 'error' });
}

/**
 * The app asks GET /api/me who is logged in: a server without accounts answers 404 and
 * one without a session 401, both expected, but Chromium logs every 4xx load as an error.
 */
export function expectedRefusal(text: string, url: string): boolean {
  return /\/api\/me$/.test(new URL(url || 'about:blank', 'http://x').pathname) && /status of (401|404)/.test(text);
}

export interface Harness {
  readonly store: Store;
  readonly app: FastifyInstance;
  readonly base: string;
  readonly loginUrl: string;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** URLs the page tried to load from anywhere but loopback. */
  readonly offsite: string[];
  /** Uncaught errors and console errors (failed loads included) in the page. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  await ensureWebBuild();
  const dir = mkdtempSync(path.join(tmpdir(), 'cellgraph-e2e-'));
  const store = await openSqliteStore(path.join(dir, 'e2e.db'));
  await ingest(store, [path.join(REPO, 'examples/reports')], { marking: 'TLP:CLEAR' });
  const { app, auth } = await buildServer({ store });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: false });
  const offsite: string[] = [];
  await context.route('**', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' && url.port === String(port)) return route.continue();
    offsite.push(url.href);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  // Fail in seconds, not the default 30: every wait here is for a local server.
  page.setDefaultTimeout(10_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !expectedRefusal(m.text(), m.location().url)) pageErrors.push(m.text()); });
  return {
    store, app, base, loginUrl: `${base}/?token=${auth.loginToken}`, browser, context, page, offsite, pageErrors,
    async close() {
      await browser.close().catch(() => {});
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
