/**
 * Extraction benchmark: Cellgraph's full pipeline against the `compromise` NLP library
 * (people, places, organisations) on synthetic corpora of 1, 5 and 20 MB from
 * scripts/gen-corpus.ts, document by document.
 *
 * Each (system, size) pair runs in its own child process, so the peak resident memory
 * it reports (the child's maxRSS) belongs to that system alone. Only the time spent
 * inside the system's calls is counted; generating the text is not.
 *
 *   npx tsx scripts/bench-extract.ts [--sizes 1,5,20] [--seed 1] [--systems cellgraph,compromise]
 *                                    [--repeat 1] [--pipeline src/extraction/pipeline.ts] [--no-write]
 *
 * Prints a markdown table and replaces the "Extraction throughput" section of
 * docs/benchmarks.md (between the bench:extract markers), creating the file if needed.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WorkbenchError } from '../src/core/errors.js';
import { generateCorpus } from './gen-corpus.js';

const SCRIPT = fileURLToPath(import.meta.url);
const REPO = resolve(dirname(SCRIPT), '..');
const DEFAULT_PIPELINE = resolve(REPO, 'src/extraction/pipeline.ts');
const DOCS_FILE = resolve(REPO, 'docs/benchmarks.md');
const START = '<!-- bench:extract:start -->';
const END = '<!-- bench:extract:end -->';
const MB = 1024 * 1024;

export type SystemName = 'cellgraph' | 'compromise';
const SYSTEMS: readonly SystemName[] = ['cellgraph', 'compromise'];

export interface Measurement {
  readonly system: SystemName;
  readonly sizeMB: number;
  readonly documents: number;
  readonly words: number;
  readonly seconds: number;
  readonly wordsPerSecond: number;
  readonly baseRssMB: number;
  readonly peakRssMB: number;
  /** Total items returned, so the work cannot be optimised away and output size is visible. */
  readonly items: number;
  readonly failures: number;
  readonly firstFailure: string | null;
}

export interface ChildFailure { readonly system: SystemName; readonly sizeMB: number; readonly error: string }

/** Runs one document through a system and returns how many items it produced. */
type Runner = (text: string, published: string | null) => number | Promise<number>;

const publishedOf = (doc: string): string | null => /^Published: (\d{4}-\d{2}-\d{2})$/m.exec(doc)?.[1] ?? null;
const countWords = (text: string): number => text.split(/\s+/).filter((w) => w.length > 0).length;

async function loadRunner(system: SystemName, pipeline: string): Promise<Runner> {
  if (system === 'compromise') {
    const nlp = (await import('compromise')).default;
    return (text) => {
      const doc = nlp(text);
      return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
    };
  }
  if (!existsSync(pipeline)) throw new WorkbenchError('not_found', `the Cellgraph pipeline is not there yet (${relative(REPO, pipeline)} does not exist)`);
  const mod = (await import(pathToFileURL(pipeline).href)) as { extract?: unknown };
  if (typeof mod.extract !== 'function') throw new WorkbenchError('unsupported', `${relative(REPO, pipeline)} does not export a function named extract`);
  type Output = { entities: readonly unknown[]; mentions: readonly unknown[]; claims: readonly unknown[]; events: readonly unknown[] };
  const extract = mod.extract as (text: string, options?: { published?: string | null }) => Output | Promise<Output>;
  const count = (out: Output): number => out.entities.length + out.mentions.length + out.claims.length + out.events.length;
  // The contract is synchronous; a promise is tolerated so an async pipeline can still be measured.
  return (text, published) => {
    const out = extract(text, { published });
    return out instanceof Promise ? out.then(count) : count(out);
  };
}

/** Child side: measure one system on one corpus size and print one JSON line. */
async function measure(system: SystemName, sizeMB: number, seed: number, pipeline: string): Promise<Measurement> {
  const run = await loadRunner(system, pipeline);
  // One untimed warm-up document, so module initialisation and first-call JIT are not billed to throughput.
  const warm = generateCorpus({ bytes: 1, seed: seed + 1 }).next().value as string;
  await run(warm, publishedOf(warm));
  const baseRss = process.memoryUsage().rss;
  let documents = 0;
  let words = 0;
  let items = 0;
  let failures = 0;
  let firstFailure: string | null = null;
  let elapsed = 0;
  for (const doc of generateCorpus({ bytes: sizeMB * MB, seed })) {
    const published = publishedOf(doc);
    documents += 1;
    words += countWords(doc);
    const t0 = performance.now();
    try {
      items += await run(doc, published);
    } catch (e) {
      failures += 1;
      firstFailure ??= e instanceof Error ? e.message.split('\n')[0]! : String(e);
    }
    elapsed += performance.now() - t0;
  }
  const seconds = elapsed / 1000;
  return {
    system, sizeMB, documents, words, seconds,
    wordsPerSecond: words / Math.max(seconds, 1e-9),
    baseRssMB: baseRss / MB,
    // maxRSS is in kilobytes on Linux and macOS.
    peakRssMB: (process.resourceUsage().maxRSS * 1024) / MB,
    items, failures, firstFailure,
  };
}

/** Parent side: spawn `node --import tsx` on this file in child mode and read its JSON line. */
function runChild(system: SystemName, sizeMB: number, seed: number, pipeline: string): Promise<Measurement | ChildFailure> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, '--child', system, '--size-mb', String(sizeMB), '--seed', String(seed), '--pipeline', pipeline], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => { stdout += b.toString(); });
    child.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      try {
        const parsed = JSON.parse(last) as Measurement | { error: string };
        if ('error' in parsed) done({ system, sizeMB, error: parsed.error });
        else done(parsed);
      } catch {
        const reason = stderr.trim().split('\n').filter(Boolean).at(-1) ?? `exit code ${code}`;
        done({ system, sizeMB, error: `child process failed: ${reason}` });
      }
    });
  });
}

/**
 * Runs a measurement `times` times and keeps the fastest, with the largest peak memory
 * seen: on a shared machine other work only ever slows a run down, never speeds it up.
 */
export async function bestOf(times: number, once: () => Promise<Measurement | ChildFailure>): Promise<Measurement | ChildFailure> {
  let best: Measurement | null = null;
  let peak = 0;
  for (let i = 0; i < times; i++) {
    const r = await once();
    if ('error' in r) return r;
    peak = Math.max(peak, r.peakRssMB);
    if (!best || r.wordsPerSecond > best.wordsPerSecond) best = r;
  }
  return { ...best!, peakRssMB: peak };
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function table(results: readonly Measurement[]): string {
  const baseline = new Map(results.filter((r) => r.system === 'compromise').map((r) => [r.sizeMB, r.wordsPerSecond]));
  const rows = results.map((r) => {
    const base = baseline.get(r.sizeMB);
    const ratio = base ? `${(r.wordsPerSecond / base).toFixed(2)}×` : 'n/a';
    const fails = r.failures ? ` (${r.failures} failed)` : '';
    return `| ${r.sizeMB} MB | ${r.system} | ${fmt(r.documents)}${fails} | ${fmt(r.words)} | ${fmt(r.items)} | ${r.seconds.toFixed(r.seconds < 10 ? 2 : 1)} | ${fmt(r.wordsPerSecond)} | ${r.peakRssMB.toFixed(0)} | ${r.baseRssMB.toFixed(0)} | ${ratio} |`;
  });
  return [
    '| corpus | system | documents | words | items out | seconds | words/s | peak RSS (MB) | RSS before (MB) | speed vs compromise |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

export function section(results: readonly Measurement[], failures: readonly ChildFailure[], seed: number, repeat = 1): string {
  const notes = failures.map((f) => `- ${f.system} at ${f.sizeMB} MB was not measured: ${f.error}`);
  return [
    START,
    '## Extraction throughput',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; 1-minute load average ${os.loadavg()[0]!.toFixed(1)} when the run ended.`,
    '',
    `Reproduce with \`npx tsx scripts/bench-extract.ts${repeat > 1 ? ` --repeat ${repeat}` : ''}\` (corpus seed ${seed}${repeat > 1 ? `, best of ${repeat} runs` : ''}). The corpora are synthetic reports`,
    'from `scripts/gen-corpus.ts`, split into documents of 3–5 KB. Each system runs in its own child process;',
    '"words/s" counts whitespace-separated words over the time spent inside the system\'s calls only; "peak RSS"',
    'is the child\'s maximum resident memory (Node and the loader included, about the "RSS before" figure).',
    'Cellgraph runs its full `extract` pipeline (entities, mentions, claims, events, with the publication date);',
    '`compromise` runs `nlp(text)` then `.people()`, `.places()` and `.organizations()`. "items out" is what each',
    'returned in total (Cellgraph: entities + mentions + claims + events; compromise: the three name lists).',
    'Timings vary with other load on the machine; `--repeat 3` keeps the fastest of three runs.',
    '',
    results.length ? table(results) : '_No measurements._',
    ...(notes.length ? ['', ...notes] : []),
    END,
  ].join('\n');
}

/** Replaces the marked section of a benchmarks file, or appends it; other sections are left as they are. */
export function replaceSection(current: string | null, text: string): string {
  const file = current ?? '# Benchmarks\n';
  const start = file.indexOf(START);
  const end = file.indexOf(END);
  return start >= 0 && end > start
    ? file.slice(0, start) + text + file.slice(end + END.length)
    : `${file.trimEnd()}\n\n${text}\n`;
}

function writeSection(text: string): void {
  mkdirSync(dirname(DOCS_FILE), { recursive: true });
  writeFileSync(DOCS_FILE, replaceSection(existsSync(DOCS_FILE) ? readFileSync(DOCS_FILE, 'utf8') : null, text));
}

function argument(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function child(args: readonly string[]): Promise<void> {
  const system = argument(args, '--child') as SystemName;
  const sizeMB = Number(argument(args, '--size-mb'));
  const seed = Number(argument(args, '--seed') ?? '1');
  try {
    const pipeline = resolve(argument(args, '--pipeline') ?? DEFAULT_PIPELINE);
    process.stdout.write(`${JSON.stringify(await measure(system, sizeMB, seed, pipeline))}\n`);
  } catch (e) {
    process.stdout.write(`${JSON.stringify({ error: e instanceof Error ? e.message.split('\n')[0] : String(e) })}\n`);
  }
}

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--child')) {
    await child(args);
    return 0;
  }
  const sizes = (argument(args, '--sizes') ?? '1,5,20').split(',').map(Number);
  const seed = Number(argument(args, '--seed') ?? '1');
  const systems = (argument(args, '--systems') ?? SYSTEMS.join(',')).split(',') as SystemName[];
  const repeat = Number(argument(args, '--repeat') ?? '1');
  if (sizes.some((s) => !(s > 0)) || !Number.isInteger(seed) || !(Number.isInteger(repeat) && repeat >= 1) || systems.some((s) => !SYSTEMS.includes(s))) {
    console.error('usage: npx tsx scripts/bench-extract.ts [--sizes 1,5,20] [--seed 1] [--systems cellgraph,compromise] [--repeat 1] [--pipeline FILE] [--no-write]');
    return 2;
  }
  const pipeline = resolve(argument(args, '--pipeline') ?? DEFAULT_PIPELINE);
  if (systems.includes('cellgraph') && !existsSync(pipeline)) {
    console.error(`note: the Cellgraph pipeline (${relative(REPO, pipeline)}) does not exist yet; only the baseline will be measured.`);
  }
  const results: Measurement[] = [];
  const failures: ChildFailure[] = [];
  for (const sizeMB of sizes) {
    for (const system of systems) {
      console.error(`measuring ${system} on ${sizeMB} MB${repeat > 1 ? ` (best of ${repeat})` : ''}…`);
      const r = await bestOf(repeat, () => runChild(system, sizeMB, seed, pipeline));
      if ('error' in r) {
        failures.push(r);
        console.error(`  skipped: ${r.error}`);
      } else {
        results.push(r);
        console.error(`  ${fmt(r.wordsPerSecond)} words/s, peak RSS ${r.peakRssMB.toFixed(0)} MB${r.failures ? `, ${r.failures} documents failed (first: ${r.firstFailure})` : ''}`);
      }
    }
  }
  console.log(`\nMachine: ${machine()}\n`);
  console.log(results.length ? table(results) : 'No measurements.');
  for (const f of failures) console.log(`\n${f.system} at ${f.sizeMB} MB was not measured: ${f.error}`);
  if (!args.includes('--no-write')) {
    writeSection(section(results, failures, seed, repeat));
    console.error(`\nupdated ${DOCS_FILE}`);
  }
  return results.length ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === SCRIPT) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => { console.error(e instanceof Error ? e.message : String(e)); process.exitCode = 1; },
  );
}
