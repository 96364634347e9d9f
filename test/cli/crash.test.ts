/**
 * Fault: the process is killed (SIGKILL) while it ingests a directory. The store
 * must hold whole documents only, and running the same command again ingests the
 * rest, ending exactly where an uninterrupted run ends.
 */
import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { BIN, cli, scratch } from './helpers.js';

const tmp = scratch();
const GROUPS = ['Lashkar-e-Jhangvi', 'Tehreek-e-Taliban Pakistan', 'Jaish-e-Mohammad', 'Jamaat-ul-Ahrar', 'Lashkar-e-Islam'];
const CITIES = ['Quetta', 'Peshawar', 'Karachi', 'Lahore', 'Bannu', 'Mardan'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

function report(i: number): string {
  const g = GROUPS[i % GROUPS.length]!;
  const c = CITIES[i % CITIES.length]!;
  const m = MONTHS[i % MONTHS.length]!;
  return `Field report ${i}\n\nPublished: 2017-01-${String((i % 27) + 1).padStart(2, '0')}\n\n`
    + `On ${m} ${(i % 27) + 1}, 2016, police in ${c} arrested ${(i % 9) + 2} members of ${g}. `
    + `The Counter Terrorism Department said the suspects had planned attacks in ${c}. `
    + `A bomb blast in ${c} killed ${(i % 30) + 3} people and injured ${(i % 40) + 5} others in ${m} 2016; ${g} claimed responsibility.\n`;
}

function stripVolatile(json: string): unknown {
  const data = JSON.parse(json);
  for (const d of data.documents) delete d.ingested_at;
  return data;
}

describe('SIGKILL during ingest', () => {
  afterAll(() => tmp.cleanup());

  it('leaves whole documents only, and a re-run completes the job', async () => {
    const dir = path.join(tmp.dir, 'reports');
    mkdirSync(dir);
    const total = 300;
    for (let i = 0; i < total; i++) writeFileSync(path.join(dir, `r${String(i).padStart(3, '0')}.txt`), report(i));

    const reference = path.join(tmp.dir, 'reference.db');
    expect((await cli('ingest', dir, '--db', reference)).code).toBe(0);

    const crashed = path.join(tmp.dir, 'crashed.db');
    const child = spawn(process.execPath, [BIN, 'ingest', dir, '--db', crashed], { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    let stored = 0;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (existsSync(crashed)) {
        try {
          const probe = new Database(crashed, { readonly: true, fileMustExist: true });
          stored = (probe.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
          probe.close();
        } catch { /* schema not there yet */ }
      }
      if (stored >= 3) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGKILL');
    await exited;

    const check = new Database(crashed);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();

    // Every stored document carries exactly what the uninterrupted run stored for it.
    const partial = JSON.parse((await cli('export', '--db', crashed)).stdout);
    expect(partial.documents.length).toBeGreaterThan(0);
    for (const doc of partial.documents) {
      const mine = stripVolatile((await cli('export', '--db', crashed, '--document', doc.id)).stdout) as { claims: unknown[]; events: unknown[] };
      const ref = stripVolatile((await cli('export', '--db', reference, '--document', doc.id)).stdout) as { claims: unknown[]; events: unknown[] };
      expect(mine.claims).toEqual(ref.claims);
      expect(mine.events).toEqual(ref.events);
    }

    const rerun = await cli('ingest', dir, '--db', crashed);
    expect(rerun.code).toBe(0);
    expect(stripVolatile((await cli('export', '--db', crashed)).stdout)).toEqual(stripVolatile((await cli('export', '--db', reference)).stdout));
  });
});
