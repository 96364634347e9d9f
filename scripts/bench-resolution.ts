/**
 * Resolution benchmark: precision and recall of matchNames' 'same' decision on the
 * hand-labelled pairs in data/alias-pairs.json, and the speed of blocking — raw
 * pair scoring, building an index of synthetic names, and finding candidates for
 * 1,000 queries in it. Names are generated from a seeded syllable grammar shaped
 * like the field's names (titles, -ullah compounds, izafat joins, tribal surnames),
 * so blocks are realistically crowded; queries are respellings of indexed names.
 *
 *   npx tsx scripts/bench-resolution.ts [--names 100000] [--queries 1000] [--seed 7]
 *
 * Prints markdown for docs/benchmarks.md.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex, candidates, type IndexedProfile } from '../src/resolution/blocking.js';
import { evaluatePairs, type AliasPair } from '../src/resolution/evaluate-pairs.js';
import { matchPrepared } from '../src/resolution/match.js';
import { prepare } from '../src/resolution/profile.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

/** mulberry32: a tiny seeded generator so every run sees the same names. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'j', 'k', 'kh', 'l', 'm', 'n', 'r', 's', 'sh', 't', 'z', 'q', 'w', 'y', 'gh'];
const VOWELS = ['a', 'i', 'u', 'ee', 'oo', 'e', 'o', 'aa'];
const CODAS = ['', 'n', 'r', 'd', 'm', 'l', 'b', 'z', 'q', 'sh'];
const TITLES = ['', '', '', 'Hafiz ', 'Mullah ', 'Maulana ', 'Qari ', 'Mufti ', 'Commander '];
const ORG_HEADS = ['Lashkar', 'Jaish', 'Tehreek', 'Jamaat', 'Harkat', 'Hizb', 'Ansar', 'Sipah', 'Majlis', 'Tanzeem'];
const JOINS = ['-e-', '-i-', '-ul-', '-ud-', ' al-'];

function word(r: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) {
    w += ONSETS[Math.floor(r() * ONSETS.length)]! + VOWELS[Math.floor(r() * VOWELS.length)]!;
    if (r() < 0.5) w += CODAS[Math.floor(r() * CODAS.length)]!;
  }
  return w[0]!.toUpperCase() + w.slice(1);
}

function syntheticProfiles(n: number, seed: number): IndexedProfile[] {
  const r = rng(seed);
  const out: IndexedProfile[] = [];
  for (let i = 0; i < n; i++) {
    if (r() < 0.3) {
      const head = ORG_HEADS[Math.floor(r() * ORG_HEADS.length)]!;
      const name = `${head}${JOINS[Math.floor(r() * JOINS.length)]}${word(r, 2 + Math.floor(r() * 2))}`;
      out.push({ id: `o${i}`, type: 'organization', name, aliases: [] });
    } else {
      const given = r() < 0.3 ? `${word(r, 2)}ullah` : word(r, 1 + Math.floor(r() * 2));
      const name = `${TITLES[Math.floor(r() * TITLES.length)]}${given} ${word(r, 2)}`;
      out.push({ id: `p${i}`, type: 'person', name, aliases: [] });
    }
  }
  return out;
}

/** A respelling of a name the way another source might write it. */
function respell(name: string): string {
  return name.replace(/ee/g, 'i').replace(/oo/g, 'u').replace(/-e-/g, '-i-').replace(/q/g, 'k');
}

function ms(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const fmt = (n: number, d = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

const data = JSON.parse(readFileSync(resolve(REPO, 'data/alias-pairs.json'), 'utf8')) as { pairs: AliasPair[] };
const scores = evaluatePairs(data.pairs);

const N = arg('names', 100_000);
const Q = arg('queries', 1000);
const seed = arg('seed', 7);
const profiles = syntheticProfiles(N, seed);

// Raw pair scoring on prepared profiles (what an index does per candidate).
const prepared = profiles.slice(0, 2000).map(prepare);
let t0 = process.hrtime.bigint();
let pairs = 0;
for (let i = 0; i < prepared.length; i++) {
  for (let j = i + 1; j < Math.min(prepared.length, i + 101); j++) { matchPrepared(prepared[i]!, prepared[j]!); pairs++; }
}
const pairMs = ms(t0);

t0 = process.hrtime.bigint();
const index = buildIndex(profiles);
const buildMs = ms(t0);

const r = rng(seed + 1);
const queries = Array.from({ length: Q }, () => profiles[Math.floor(r() * profiles.length)]!);
const times: number[] = [];
let found = 0;
t0 = process.hrtime.bigint();
for (const q of queries) {
  const t = process.hrtime.bigint();
  const top = candidates(index, { type: q.type, name: respell(q.name), aliases: [] }, { k: 5 });
  times.push(ms(t));
  if (top.some((c) => c.id === q.id)) found++;
}
const queryMs = ms(t0);
times.sort((a, b) => a - b);
const pct = (p: number): number => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;

const lines = [
  '## Entity resolution',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}. Reproduce with \`npx tsx scripts/bench-resolution.ts\`.`,
  '',
  `### Name matching on data/alias-pairs.json (${scores.pairs} hand-labelled pairs, ${scores.positives} same)`,
  '',
  '| measure | value | target |',
  '|---|---:|---:|',
  `| precision of 'same' | ${scores.precision.toFixed(3)} | ≥ 0.98 |`,
  `| recall of 'same' | ${scores.recall.toFixed(3)} | ≥ 0.90 |`,
  `| false merges | ${scores.falsePositives.length} | 0 |`,
  `| missed (of which left as 'possible') | ${scores.falseNegatives.length} (${scores.possibleOnPositives}) | |`,
  '',
  `### Blocking speed (${fmt(N)} synthetic names, seed ${seed})`,
  '',
  '| measure | value |',
  '|---|---:|',
  `| matchNames on prepared profiles | ${fmt(pairs / (pairMs / 1000))} pairs/s |`,
  `| build index | ${fmt(buildMs / 1000, 2)} s (${fmt(index.byKey.size)} keys) |`,
  `| ${fmt(Q)} candidate queries (respelled names, top 5) | ${fmt(queryMs, 0)} ms total |`,
  `| per query p50 / p99 | ${fmt(pct(0.5), 3)} / ${fmt(pct(0.99), 3)} ms |`,
  `| respelled name found in its top 5 | ${fmt((100 * found) / Q, 1)} % |`,
  `| peak RSS | ${fmt(process.resourceUsage().maxRSS / 1024)} MB |`,
];
if (scores.falseNegatives.length > 0) {
  lines.push('', 'Missed pairs:', '');
  for (const o of scores.falseNegatives) {
    const n = (s: AliasPair['a']): string => (typeof s === 'string' ? s : s.name);
    lines.push(`- ${n(o.pair.a)} ~ ${n(o.pair.b)}: ${o.result.decision} (${o.result.reasons[0] ?? ''})`);
  }
}
console.log(lines.join('\n'));
