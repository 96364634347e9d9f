/**
 * What the store benchmarks share: loading a synthetic ledger through the storage
 * port in large transactions, timing as-of neighbourhoods, describing the machine,
 * and writing a section of docs/benchmarks.md between its markers.
 */
import fs from 'node:fs';
import os from 'node:os';
import type { Store } from '../src/store/store.js';
import { quantile, type SyntheticLedger } from './synthetic-ledger.js';

export interface LoadTimes {
  /** Seconds for documents, entities and events (everything but claims). */
  readonly other: number;
  /** Seconds for the claims alone. */
  readonly claims: number;
}

/** Loads the ledger through the port; claims go in transactions of `batch`. */
export async function loadLedger(store: Store, ledger: SyntheticLedger, batch = 50_000): Promise<LoadTimes> {
  const t0 = performance.now();
  await store.transaction(async (tx) => {
    for (const d of ledger.documents) await tx.insertDocument(d);
  });
  for (let i = 0; i < ledger.entities.length; i += batch) {
    await store.transaction(async (tx) => {
      for (const e of ledger.entities.slice(i, i + batch)) {
        await tx.insertEntity({ ...e, attributes: {}, keys: [e.name.toLowerCase()] });
      }
    });
  }
  const t1 = performance.now();
  for (let i = 0; i < ledger.claims.length; i += batch) {
    await store.transaction(async (tx) => {
      for (const c of ledger.claims.slice(i, i + batch)) await tx.insertClaim(c);
    });
  }
  const t2 = performance.now();
  await store.transaction(async (tx) => {
    for (const e of ledger.events) await tx.insertEvent(e);
  });
  const t3 = performance.now();
  return { other: (t1 - t0 + t3 - t2) / 1000, claims: (t2 - t1) / 1000 };
}

/** Start entities spread over the ledger, the same for every engine. */
export function starts(ledger: SyntheticLedger, n: number, r: () => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(ledger.entities[Math.floor(r() * ledger.entities.length)]!.id);
  return out;
}

export interface Latency { readonly p50: number; readonly p99: number; readonly meanNodes: number }

/** Milliseconds per call of `query` over the starts (after one warm-up pass of 10). */
export async function latency(ids: readonly string[], query: (id: string) => Promise<number> | number): Promise<Latency> {
  for (const id of ids.slice(0, 10)) await query(id);
  const times: number[] = [];
  let nodes = 0;
  for (const id of ids) {
    const t0 = performance.now();
    nodes += await query(id);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), meanNodes: nodes / ids.length };
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpu} (${os.cpus().length} cores), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, `
    + `${new Date().toISOString().slice(0, 10)}`;
}

/** Replaces the text between `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->`. */
export function writeSection(file: string, name: string, body: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`markers for bench:${name} not found in ${file}`);
  fs.writeFileSync(file, `${text.slice(0, a + start.length)}\n${body.trim()}\n${text.slice(b)}`);
}
