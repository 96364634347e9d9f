/**
 * Helpers for end-to-end CLI tests: run the CLI in-process (fast) or as a real
 * process through the bin shim (exit codes, signals), in a scratch directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { bufferIo } from '../../src/cli/io.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = path.resolve(REPO, '../shared');
export const BIN = path.join(REPO, 'bin/cellgraph.js');

export interface Run { code: number; stdout: string; stderr: string }

export async function cli(...args: string[]): Promise<Run> {
  const io = bufferIo();
  const code = await main(['node', 'cellgraph', ...args], io);
  return { code, stdout: io.stdout.join(''), stderr: io.stderr.join('') };
}

export function cliProcess(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO, env: { ...process.env, ...options.env }, encoding: 'utf8', timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function scratch(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'cellgraph-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
