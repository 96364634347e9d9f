/**
 * The eval use case: ingest a gold file's document into a scratch store through the
 * real pipeline (reader, extractor, resolution, store), export it, and score the
 * export against the gold annotation.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../adapters/sqlite/sqlite-store.js';
import { loadGoldCase, listGoldFiles, score, evaluateMany, type EvalReport, type MacroReport } from '../evaluation/index.js';
import { parsePartialDate } from '../core/partial-date.js';
import { WorkbenchError } from '../core/errors.js';
import { ingest } from './ingest.js';
import { exportLedger } from './exchange.js';

export async function goldFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (!s) throw new WorkbenchError('not_found', `${p}: no such file or directory`);
    files.push(...(s.isDirectory() ? listGoldFiles(p) : [p]));
  }
  if (files.length === 0) throw new WorkbenchError('invalid_input', 'no *.gold.json files given');
  return files;
}

export async function evaluateGold(goldPath: string): Promise<EvalReport> {
  const gold = loadGoldCase(goldPath);
  const dir = await mkdtemp(path.join(tmpdir(), 'cellgraph-eval-'));
  const store = await openSqliteStore(path.join(dir, 'scratch.db'));
  try {
    const published = gold.gold.published ? parsePartialDate(gold.gold.published) : null;
    await ingest(store, [gold.documentPath], { marking: 'TLP:CLEAR', published });
    return score(gold.gold, await exportLedger(store), path.basename(goldPath));
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function evaluateAll(paths: readonly string[]): Promise<{ reports: EvalReport[]; macro: MacroReport }> {
  const reports: EvalReport[] = [];
  for (const file of await goldFiles(paths)) reports.push(await evaluateGold(file));
  return { reports, macro: evaluateMany(reports) };
}
