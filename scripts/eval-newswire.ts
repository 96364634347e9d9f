/**
 * Scores generic name recognition on ordinary news prose: mention spans of people,
 * organisations and places that no gazetteer knows, against the team-written gold in
 * examples/gold/newswire/ (inline markup `[[PER|name]]`, `[[ORG|name]]`, `[[LOC|name]]`).
 *
 *   npx tsx scripts/eval-newswire.ts [FILE] [--json] [--misses]
 *
 * A predicted mention counts when its span and type equal a gold span exactly (the
 * CoNLL convention); anything else is a false positive, every unmatched gold span a miss.
 * Exit 1 on bad input.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extraction/pipeline.js';
import { oneLine } from '../src/core/errors.js';
import type { Prf } from '../src/evaluation/report.js';

export type SpanType = 'person' | 'organization' | 'place';

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly type: SpanType;
  readonly text: string;
}

export interface GoldStory {
  readonly text: string;
  readonly spans: readonly GoldSpan[];
}

const TAG: Readonly<Record<string, SpanType>> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/** Splits the gold file into stories (blank-line separated, `#` lines are comments) and strips the markup. */
export function parseNewswireGold(source: string): GoldStory[] {
  const stories: GoldStory[] = [];
  const blocks = source.split(/\n\s*\n/).map((b) => b.split('\n').filter((l) => !l.startsWith('#')).join('\n').trim()).filter((b) => b !== '');
  for (const block of blocks) {
    let text = '';
    const spans: GoldSpan[] = [];
    const re = /\[\[([A-Z]+)\|([^\]|]+)\]\]/g;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(block)) !== null) {
      const type = TAG[m[1]!];
      if (!type) throw new Error(`unknown tag ${m[1]} in newswire gold`);
      text += block.slice(last, m.index);
      spans.push({ start: text.length, end: text.length + m[2]!.length, type, text: m[2]! });
      text += m[2]!;
      last = m.index + m[0].length;
    }
    text += block.slice(last);
    if (/\[\[|\]\]/.test(text)) throw new Error(`unclosed markup in newswire gold near "${text.slice(0, 40)}"`);
    stories.push({ text, spans });
  }
  return stories;
}

/** Precision, recall and F1 over mention spans, in the shape the extraction scorer reports. */
export type SpanScore = Prf;

export interface NewswireReport {
  readonly overall: SpanScore;
  readonly byType: Readonly<Record<SpanType, SpanScore>>;
  readonly misses: readonly GoldSpan[];
  readonly falsePositives: readonly GoldSpan[];
}

function prf(tp: number, fp: number, fn: number): SpanScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Exact-span, exact-type matching of predicted against gold mentions, pooled over stories. */
export function scoreSpans(pairs: ReadonlyArray<{ gold: readonly GoldSpan[]; predicted: readonly GoldSpan[] }>): NewswireReport {
  const misses: GoldSpan[] = [];
  const falsePositives: GoldSpan[] = [];
  const counts: Record<SpanType, { tp: number; fp: number; fn: number }> = { person: { tp: 0, fp: 0, fn: 0 }, organization: { tp: 0, fp: 0, fn: 0 }, place: { tp: 0, fp: 0, fn: 0 } };
  const key = (s: GoldSpan) => `${s.start}:${s.end}:${s.type}`;
  for (const { gold, predicted } of pairs) {
    const want = new Set(gold.map(key));
    const got = new Set(predicted.map(key));
    for (const g of gold) if (got.has(key(g))) counts[g.type].tp++; else { counts[g.type].fn++; misses.push(g); }
    for (const p of predicted) if (!want.has(key(p))) { counts[p.type].fp++; falsePositives.push(p); }
  }
  const t = Object.values(counts).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    overall: prf(t.tp, t.fp, t.fn),
    byType: { person: prf(counts.person.tp, counts.person.fp, counts.person.fn), organization: prf(counts.organization.tp, counts.organization.fp, counts.organization.fn), place: prf(counts.place.tp, counts.place.fp, counts.place.fn) },
    misses, falsePositives,
  };
}

/** The extractor's person, organisation and place mentions of one story. */
export function predictedSpans(text: string): GoldSpan[] {
  const x = extract(text);
  const typeOf = new Map(x.entities.map((e) => [e.key, e.type]));
  const out: GoldSpan[] = [];
  for (const m of x.mentions) {
    const type = typeOf.get(m.entity);
    if (type === 'person' || type === 'organization' || type === 'place') out.push({ start: m.start, end: m.end, type, text: m.text });
  }
  return out;
}

export function evaluateNewswire(source: string): NewswireReport {
  return scoreSpans(parseNewswireGold(source).map((s) => ({ gold: s.spans, predicted: predictedSpans(s.text) })));
}

const pct = (x: number) => `${(100 * x).toFixed(1).padStart(5)}%`;
const line = (name: string, s: SpanScore) => `  ${name.padEnd(14)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

function main(): void {
  const args = process.argv.slice(2);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const file = args.find((a) => !a.startsWith('-')) ?? path.resolve(here, '../examples/gold/newswire/newswire-mentions.txt');
  const report = evaluateNewswire(readFileSync(file, 'utf8'));
  if (args.includes('--json')) { console.log(JSON.stringify(report, null, 2)); return; }
  console.log(`newswire mention spans (${path.basename(file)})`);
  console.log(line('all', report.overall));
  for (const t of ['person', 'organization', 'place'] as const) console.log(line(t, report.byType[t]));
  if (args.includes('--misses')) {
    console.log('missed:');
    for (const m of report.misses) console.log(`  - ${m.type} ${m.text}`);
    console.log('false positives:');
    for (const m of report.falsePositives) console.log(`  - ${m.type} ${m.text}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try { main(); } catch (e) { console.error(`eval-newswire: ${oneLine(e)}`); process.exit(1); }
}
