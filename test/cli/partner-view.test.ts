/**
 * `--for AGENCY` on `brief` and `export`: what a partner agency would receive is cut
 * by the same policy the server applies — a RED report never reaches it, a GREEN one
 * does once an agreement says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { cli, REPO, scratch } from './helpers.js';

const tmp = scratch();
const db = path.join(tmp.dir, 'partner.db');
const GREEN_REPORT = path.join(REPO, 'examples/reports/01-islamic-state-khorasan-2015-2017.md');
const RED_REPORT = path.join(REPO, 'examples/reports/02-jamaat-ul-ahrar-2014-2017.txt');
const GREEN_TITLE = "The Islamic State's Khorasan Province";
const RED_TITLE = 'Jamaat-ul-Ahrar: the splinter that never quite left';

interface Exported {
  documents: Array<{ title: string; marking: string }>;
  claims: Array<{ marking: string; evidence: Array<{ document: string }> }>;
  events: Array<{ marking: string }>;
}

beforeAll(async () => {
  expect((await cli('ingest', GREEN_REPORT, '--marking', 'TLP:GREEN', '--db', db)).code).toBe(0);
  expect((await cli('ingest', RED_REPORT, '--marking', 'TLP:RED', '--db', db)).code).toBe(0);
  expect((await cli('admin', 'agency', 'add', 'ctd-sindh', '--name', 'CTD Sindh', '--db', db)).code).toBe(0);
  expect((await cli('admin', 'agency', 'add', 'nacta', '--name', 'NACTA', '--db', db)).code).toBe(0);
  expect((await cli('admin', 'share', '--from', 'local', '--to', 'ctd-sindh', '--markings', 'TLP:GREEN', '--db', db)).code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('a partner agency sees only what it may', () => {
  it('the operator brief holds both reports; the partner brief only the GREEN one', async () => {
    const own = await cli('brief', '--include-proposed', '--db', db);
    expect(own.code).toBe(0);
    expect(own.stdout).toContain(GREEN_TITLE);
    expect(own.stdout).toContain(RED_TITLE);

    const partner = await cli('brief', '--include-proposed', '--for', 'ctd-sindh', '--db', db);
    expect(partner.code).toBe(0);
    expect(partner.stdout).toContain(GREEN_TITLE);
    expect(partner.stdout).not.toContain(RED_TITLE);
    expect(partner.stdout).not.toContain('TLP:RED');
  });

  it('an agency without an agreement gets an empty export, and an unknown one is refused', async () => {
    const partner = JSON.parse((await cli('export', '--for', 'ctd-sindh', '--db', db)).stdout) as Exported;
    expect(partner.documents.map((d) => d.marking)).toEqual(['TLP:GREEN']);
    expect(partner.claims.length).toBeGreaterThan(0);
    expect(new Set([...partner.claims, ...partner.events].map((r) => r.marking))).toEqual(new Set(['TLP:GREEN']));

    const none = JSON.parse((await cli('export', '--for', 'nacta', '--db', db)).stdout) as Exported;
    expect([none.documents.length, none.claims.length, none.events.length]).toEqual([0, 0, 0]);

    const unknown = await cli('export', '--for', 'nowhere', '--db', db);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toMatch(/no agency "nowhere"/);
  });
});
