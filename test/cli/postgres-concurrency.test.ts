/**
 * Eight `cellgraph` processes ingesting and reviewing against one PostgreSQL store at
 * the same time: no write is lost and no actor is created twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createScratch, type Scratch } from '../../src/adapters/postgres/scratch.js';
import { BIN, cliProcess, scratch } from './helpers.js';

const tmp = scratch();
let pg: Scratch;
beforeAll(async () => { pg = await createScratch(); });
afterAll(async () => { await pg?.drop(); tmp.cleanup(); });

const GROUPS = ['Lashkar-e-Jhangvi', 'Tehreek-e-Taliban Pakistan', 'Jamaat-ul-Ahrar', 'Jaish-e-Mohammad'];
const CITIES = ['Quetta', 'Peshawar', 'Karachi', 'Lahore', 'Mardan'];

function report(i: number): string {
  const g = GROUPS[i % GROUPS.length]!;
  const c = CITIES[i % CITIES.length]!;
  return `Field note ${i}\n\nPublished: 2016-0${(i % 9) + 1}-1${i % 9}\n\nPolice in ${c} arrested ${(i % 7) + 2} members of ${g} on ${i % 27 + 1} March 2016. `
    + `A bomb blast in ${c} killed ${(i % 20) + 3} people; ${g} claimed responsibility.\n`;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('exit', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

describe('concurrent processes on one PostgreSQL store', () => {
  it('lose no write and create no duplicate entity', async () => {
    const env = { DATABASE_URL: await pg.freshUrl() };
    const dirs: string[] = [];
    for (let p = 0; p < 8; p++) {
      const dir = path.join(tmp.dir, `batch${p}`);
      mkdirSync(dir);
      // Each batch has its own reports plus two shared with every other batch.
      for (let i = 0; i < 5; i++) writeFileSync(path.join(dir, `r${p}-${i}.txt`), report(p * 5 + i));
      writeFileSync(path.join(dir, 'shared-a.txt'), report(1000));
      writeFileSync(path.join(dir, 'shared-b.txt'), report(1001));
      dirs.push(dir);
    }
    const seed = cliProcess(['ingest', path.join(tmp.dir, 'batch0', 'r0-0.txt')], { env });
    expect(seed.stderr).toBe('');
    const claims = JSON.parse(cliProcess(['claims', '--json'], { env }).stdout) as Array<{ id: string }>;

    const results = await Promise.all([
      ...dirs.map((d) => run(['ingest', d], env)),
      ...claims.map((c) => run(['accept', c.id], env)),
    ]);
    for (const r of results) expect(r.stderr, r.stderr).toBe('');
    expect(results.every((r) => r.code === 0)).toBe(true);

    const stats = JSON.parse(cliProcess(['stats', '--json'], { env }).stdout);
    expect(stats.documents).toBe(8 * 5 + 2);
    const entities = JSON.parse(cliProcess(['entities', '--json', '--limit', '1000'], { env }).stdout) as Array<{ name: string; type: string; aliases: string[] }>;
    const names = entities.map((e) => `${e.type}:${e.name}`);
    expect(names.length).toBe(new Set(names).size);
    for (const g of GROUPS) expect(entities.filter((e) => [e.name, ...e.aliases].includes(g)), g).toHaveLength(1);
    const accepted = JSON.parse(cliProcess(['claims', '--status', 'accepted', '--json'], { env }).stdout) as Array<{ id: string }>;
    expect(accepted.map((c) => c.id).sort()).toEqual(claims.map((c) => c.id).sort());
  });
});
