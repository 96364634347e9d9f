/**
 * Renders an evaluation report for people: a score table, then every miss and every
 * false positive on a line of its own, named by entity names rather than ids.
 */
import type { Accuracy, EvalReport, EventLine, Prf, RelationLine } from './report.js';
import type { MacroReport } from './evaluate-many.js';

const pct = (x: number | null): string => (x === null ? '   —  ' : `${(100 * x).toFixed(1).padStart(5)}%`);

function row(label: string, s: Prf): string {
  return `  ${label.padEnd(22)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

function accRow(label: string, a: Accuracy): string {
  return `  ${label.padEnd(22)} ${pct(a.accuracy)}   (${a.correct}/${a.total})`;
}

const clip = (q: string | null, n = 90): string => {
  if (!q) return '';
  const one = q.replace(/\s+/g, ' ').trim();
  return ` — "${one.length > n ? `${one.slice(0, n - 1)}…` : one}"`;
};

const relation = (r: RelationLine): string =>
  `${r.subject} ${r.negated ? 'NOT ' : ''}${r.predicate} ${r.object}${clip(r.quote)}`;

const event = (e: EventLine): string => {
  const parts = [e.type, e.date ?? 'no date', e.place ? `at ${e.place}` : 'no place'];
  if (e.participants.length > 0) parts.push(`[${e.participants.join('; ')}]`);
  return `${parts.join(' ')}${clip(e.quote)}`;
};

export interface FormatOptions {
  /** Also list what matched, gold beside prediction. */
  readonly matches?: boolean;
}

export function formatReport(r: EvalReport, options: FormatOptions = {}): string {
  const out: string[] = [`== ${r.document}`, 'scores'];
  out.push(row('entities', r.entities.overall));
  for (const [t, s] of Object.entries(r.entities.byType)) out.push(row(`  ${t}`, s));
  out.push(row('relations', r.relations.overall));
  out.push(accRow('  date accuracy', r.relations.dateAccuracy));
  out.push(row('events', r.events.overall));
  out.push(accRow('  number accuracy', r.events.numberAccuracy));
  out.push(accRow('  participant recall', r.events.participantRecall));
  out.push(accRow('  role accuracy', r.events.roleAccuracy));

  const section = (title: string, lines: readonly string[]) => {
    if (lines.length === 0) return;
    out.push(`${title} (${lines.length})`);
    for (const l of lines) out.push(`  - ${l}`);
  };
  section('missed entities', r.entities.misses.map((m) => `${m.type} ${m.name}`));
  section('false-positive entities', r.entities.falsePositives.map((f) =>
    `${f.type} ${f.name}${f.reason === 'duplicate' ? ` (duplicate of ${f.duplicateOf})` : ''}`));
  section('missed relations', r.relations.misses.map(relation));
  section('false-positive relations', r.relations.falsePositives.map(relation));
  section('redundant relations (alternatives of a matched one; not counted)', r.relations.redundant.map(relation));
  section('wrong relation dates', r.relations.dateErrors.map((d) =>
    `${relation({ ...d.relation, quote: null })}: gold ${d.gold.valid_from ?? '–'}..${d.gold.valid_to ?? '–'}, predicted ${d.predicted.valid_from ?? '–'}..${d.predicted.valid_to ?? '–'}`));
  section('missed events', r.events.misses.map(event));
  section('false-positive events', r.events.falsePositives.map((e) => `${e.reason === 'duplicate' ? '(duplicate) ' : ''}${event(e)}`));
  section('wrong numbers', r.events.numberErrors.map((n) =>
    `${n.quantity}: gold ${n.gold}, predicted ${n.predicted ?? 'none'} — ${event({ ...n.event, quote: null })}`));
  if (options.matches) {
    section('matched relations (gold ⇐ predicted)', r.relations.matches.map((m) =>
      `${relation({ ...m.gold, quote: null })} ⇐ ${relation({ ...m.predicted, quote: null })}`));
    section('matched events (gold ⇐ predicted)', r.events.matches.map((m) =>
      `${event({ ...m.gold, quote: null })} ⇐ ${event({ ...m.predicted, quote: null })}`));
  }
  return out.join('\n');
}

export function formatMacro(m: MacroReport): string {
  const line = (label: string, x: number | null) => `  ${label.padEnd(22)} ${pct(x)}`;
  return [
    `== macro mean over ${m.documents} document(s)`,
    line('entity F1', m.entities.f1),
    ...Object.entries(m.entities.byType).map(([t, x]) => line(`  ${t} F1`, x)),
    line('relation F1', m.relations.f1),
    line('  date accuracy', m.relations.dateAccuracy),
    line('event F1', m.events.f1),
    line('  number accuracy', m.events.numberAccuracy),
    line('  participant recall', m.events.participantRecall),
    line('  role accuracy', m.events.roleAccuracy),
  ].join('\n');
}
