/**
 * The statistics and briefs view in headless Chromium: the aggregates table and
 * chart come from the store, and the brief opens as a sourced HTML page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { CHROMIUM, startHarness, type Harness } from './harness.js';

let hx: Harness;
const runnable = existsSync(CHROMIUM) || Boolean(process.env.CI);

beforeAll(async () => { if (runnable) hx = await startHarness(); });
afterAll(async () => { await hx?.close(); });

describe.skipIf(!runnable)('statistics and briefs', () => {
  it('shows incidents by province and opens a sourced brief', async () => {
    await hx.page.goto(hx.loginUrl);
    await hx.page.waitForSelector('body[data-ready="true"]');
    await hx.page.goto(`${hx.base}/#/publish`);
    await hx.page.waitForSelector('#aggregates table tbody tr');
    const rows = await hx.page.locator('#aggregates table tbody tr').count();
    const api = await hx.page.request.get(`${hx.base}/api/aggregates?by=province`);
    expect(rows).toBe((await api.json()).length);
    expect(await hx.page.locator('#aggregates svg rect').count()).toBeGreaterThan(0);
    await hx.page.selectOption('#agg-by', 'group');
    await hx.page.waitForFunction(() => document.querySelector('#aggregates caption')?.textContent?.includes('group'));
    const [popup] = await Promise.all([hx.page.waitForEvent('popup'), hx.page.click('#brief-html')]);
    await popup.waitForLoadState();
    const text = await popup.textContent('body');
    expect(text).toContain('TLP:CLEAR');
    expect(text).toMatch(/Summary figures/);
    expect(hx.offsite).toEqual([]);
    expect(hx.pageErrors).toEqual([]);
  });
});
