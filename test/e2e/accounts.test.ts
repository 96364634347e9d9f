/**
 * The web side of accounts, in real headless Chromium. The account endpoints
 * (/api/me, /api/login, /api/logout) are played by the test, to their contract, while
 * everything else is the real server behind its one-time login (whose session, where
 * the server checks CSRF, has the token the played login hands out): a 401 brings up the
 * login form; logging in shows the user, agency and role; every request that changes
 * something carries the CSRF token; a viewer sees no write actions; logging out asks
 * the server and shows the form again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Route } from 'playwright-core';
import { CHROMIUM, REPO, startHarness, type Harness } from './harness.js';

const runnable = existsSync(CHROMIUM) || Boolean(process.env.CI);
let hx: Harness;

interface Account { password: string; user: { id: string; name: string; agency: string; role: string }; csrf: string }
const ACCOUNTS: Record<string, Account> = {
  dana: { password: 'correct horse', user: { id: 'u_dana', name: 'dana', agency: 'Agency North', role: 'analyst' }, csrf: 'csrf-dana-1' },
  vic: { password: 'battery staple', user: { id: 'u_vic', name: 'vic', agency: 'Agency South', role: 'viewer' }, csrf: 'csrf-vic-2' },
};
let current: Account | null = null;
/** Every request that changes something, with the CSRF header it carried. */
const writes: Array<{ method: string; path: string; csrf: string | undefined }> = [];
const logins: unknown[] = [];

const json = (route: Route, status: number, body: unknown) => route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
/** The token the played login hands out: the real session's, when the server set one, so the real server accepts it. */
async function csrfOf(account: Account): Promise<string> {
  return (await hx.context.cookies()).find((c) => c.name === 'cellgraph_csrf')?.value ?? account.csrf;
}
const ready = async (): Promise<void> => { await hx.page.waitForSelector('body[data-ready="true"]'); };

beforeAll(async () => {
  if (!runnable) return;
  hx = await startHarness();
  await hx.page.route('**/api/me', async (route) => (current ? json(route, 200, { user: current.user, csrf: await csrfOf(current) }) : json(route, 401, { error: { code: 'unauthorized', message: 'log in' } })));
  await hx.page.route('**/api/login', async (route) => {
    const body = route.request().postDataJSON() as { name?: string; password?: string };
    logins.push(body);
    const account = ACCOUNTS[body.name ?? ''];
    if (!account || account.password !== body.password) return json(route, 401, { error: { code: 'unauthorized', message: 'wrong name or password' } });
    current = account;
    return json(route, 200, { user: account.user, csrf: await csrfOf(account) });
  });
  await hx.page.route('**/api/logout', (route) => { current = null; return json(route, 200, { ok: true }); });
  hx.page.on('request', (r) => {
    if (r.method() !== 'GET' && new URL(r.url()).pathname.startsWith('/api/')) writes.push({ method: r.method(), path: new URL(r.url()).pathname, csrf: r.headers()['x-csrf-token'] });
  });
}, 60_000);
afterAll(async () => { await hx?.close(); });

describe.skipIf(!runnable)('accounts in the web app', () => {
  it('asks for a name and password when the server answers 401, and refuses a wrong password', async () => {
    await hx.page.goto(hx.loginUrl);
    const dialog = hx.page.getByRole('dialog', { name: 'Cellgraph' });
    await dialog.waitFor();
    expect(await hx.page.evaluate(() => document.activeElement?.id)).toBe('login-name');
    await hx.page.getByLabel('Name').fill('dana');
    await hx.page.getByLabel('Password').fill('wrong');
    await hx.page.keyboard.press('Enter');
    await hx.page.waitForFunction(() => /wrong name or password/.test(document.querySelector('#login-error')?.textContent ?? ''));
    expect(await hx.page.getAttribute('#login-error', 'role')).toBe('alert');
    // Escape does not dismiss it: nothing behind it works without logging in.
    await hx.page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(true);
    expect(logins).toEqual([{ name: 'dana', password: 'wrong' }]);
    // CELLGRAPH_SCREENSHOTS=0 keeps a local run from rewriting the committed picture.
    if (process.env.CELLGRAPH_SCREENSHOTS !== '0') await hx.page.screenshot({ path: path.join(REPO, 'docs/screenshots/login.png') });
  });

  it('logs in, shows user, agency and role, and sends the CSRF token with every change', async () => {
    await hx.page.getByLabel('Password').fill('correct horse');
    await hx.page.keyboard.press('Enter');
    await ready();
    expect(await hx.page.getByRole('dialog').count()).toBe(0);
    expect((await hx.page.textContent('#account-user'))?.replace(/\s+/g, ' ')).toBe('dana · Agency North · analyst');
    await hx.page.goto(`${hx.base}/#/review`);
    await ready();
    const id = (await hx.page.locator('#review-list li').first().getAttribute('data-claim'))!;
    await hx.page.keyboard.press('a');
    await hx.page.waitForSelector(`#review-list li[data-claim="${id}"][data-status="accepted"]`);
    const csrf = await csrfOf(ACCOUNTS.dana!);
    expect(writes).toContainEqual({ method: 'PATCH', path: `/api/claims/${id}`, csrf });
    await hx.page.goto(`${hx.base}/#/documents`);
    await ready();
    await hx.page.setInputFiles('#upload-input', { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('Note\n\nIn 2020 Jaish-e-Mohammed operated in Quetta.\n') });
    await hx.page.waitForSelector('#upload-status[data-done="true"]', { timeout: 20_000 });
    expect(writes).toContainEqual({ method: 'POST', path: '/api/documents', csrf });
    expect(writes.every((w) => w.path === '/api/login' || w.csrf === csrf)).toBe(true);
  });

  it('brings the form back when a call answers 401, and a viewer then sees no write actions', async () => {
    current = null;
    await hx.page.route('**/api/claims?*', (route) => json(route, 401, { error: { code: 'unauthorized', message: 'session expired' } }), { times: 1 });
    await hx.page.goto(`${hx.base}/#/review`);
    await hx.page.getByRole('dialog').waitFor();
    expect(await hx.page.textContent('#login-intro')).toMatch(/session has ended/);
    await hx.page.getByLabel('Name').fill('vic');
    await hx.page.getByLabel('Password').fill('battery staple');
    await hx.page.keyboard.press('Enter');
    await ready();
    await hx.page.waitForSelector('#review-list li');
    expect((await hx.page.textContent('#account-user'))?.replace(/\s+/g, ' ')).toBe('vic · Agency South · viewer');
    expect(await hx.page.locator('#review-list button').count()).toBe(0);
    const id = (await hx.page.locator('#review-list li').first().getAttribute('data-claim'))!;
    const before = writes.length;
    await hx.page.keyboard.press('a');
    await hx.page.keyboard.press('e');
    await hx.page.keyboard.press('m');
    expect(await hx.page.locator('#review-list form').count()).toBe(0);
    expect((await hx.store.getClaim(id))!.status).toBe('proposed');
    await hx.page.goto(`${hx.base}/#/documents`);
    await ready();
    expect(await hx.page.locator('#dropzone').count()).toBe(0);
    expect(writes.length).toBe(before);
  });

  it('logs out through the server and shows the login form again', async () => {
    await hx.page.getByRole('button', { name: 'Log out' }).click();
    await hx.page.getByRole('dialog').waitFor();
    expect(await hx.page.textContent('#login-intro')).toMatch(/logged out/);
    expect(writes.at(-1)).toEqual({ method: 'POST', path: '/api/logout', csrf: await csrfOf(ACCOUNTS.vic!) });
    expect(await hx.page.locator('#account-user').count()).toBe(0);
  });

  it('raised no page errors', () => {
    expect(hx.offsite).toEqual([]);
    expect(hx.pageErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });
});
