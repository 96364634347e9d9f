/**
 * The interactive review queue in a real pseudo-terminal (util-linux `script`):
 * keys accept and reject the claims shown, and q leaves the rest proposed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { BIN, cli, scratch } from './helpers.js';
import { fixtureLedger } from './fixture-ledger.js';

const tmp = scratch();
const hasScript = spawnSync('script', ['--version']).status === 0;

function drive(db: string, keys: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', `${process.execPath} ${BIN} review --db ${db}`, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let prompts = 0;
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`review hung; output so far:\n${out}`)); }, 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const seen = out.split('(a)ccept').length - 1;
      while (prompts < seen && prompts < keys.length) child.stdin.write(keys[prompts++]!);
    });
    child.on('exit', () => { clearTimeout(timer); resolve(out); });
  });
}

describe.skipIf(!hasScript)('cellgraph review in a terminal', () => {
  afterAll(() => tmp.cleanup());

  it('accepts, rejects and quits by key', async () => {
    const db = path.join(tmp.dir, 'review.db');
    const file = path.join(tmp.dir, 'ledger.json');
    const ledger = fixtureLedger();
    for (const c of ledger.claims) c.status = 'proposed';
    writeFileSync(file, JSON.stringify(ledger));
    expect((await cli('import', file, '--db', db)).code).toBe(0);
    const queue = JSON.parse((await cli('claims', '--db', db, '--status', 'proposed', '--json')).stdout) as Array<{ id: string }>;
    const out = await drive(db, ['a', 'r', 'q']);
    expect(out).toMatch(/reviewed 2 claim/);
    const after = JSON.parse((await cli('claims', '--db', db, '--json')).stdout) as Array<{ id: string; status: string }>;
    const status = new Map(after.map((c) => [c.id, c.status]));
    expect(status.get(queue[0]!.id)).toBe('accepted');
    expect(status.get(queue[1]!.id)).toBe('rejected');
    expect(queue.slice(2).every((c) => status.get(c.id) === 'proposed')).toBe(true);
  });
});
