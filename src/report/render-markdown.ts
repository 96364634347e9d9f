/** Lays a brief out as Markdown: sections, footnote markers [n] and the numbered sources. */
import type { Brief, Statement } from './brief-model.js';

const refs = (ns: readonly number[]) => ns.map((n) => `[${n}]`).join('');
const line = (s: Statement) => `- ${s.text}${refs(s.notes)}`;
const cell = (s: string) => s.replace(/\|/g, '\\|');

export function periodOf(b: Brief): string {
  return `${b.since ?? 'earliest record'} – ${b.asOf ?? 'latest record'}`;
}

export function renderMarkdown(b: Brief): string {
  const out: string[] = [`**${b.marking}**`, '', `# ${b.title}`, '', `Period: ${periodOf(b)}`, ''];
  out.push('## Summary figures', '', '| Figure | Count |', '|---|---|');
  for (const f of b.figures) out.push(`| ${f.label} | ${f.value}${refs(f.notes)} |`);
  out.push('', '## Allegiance map', '');
  out.push(b.network.edges.length === 0 ? 'No relations hold in this period.' : b.network.edges.map((e) => {
    const n = (id: string) => b.network.nodes.find((x) => x.id === id)?.name ?? id;
    return `- ${n(e.source)} — ${e.label} → ${n(e.target)}`;
  }).join('\n'));
  out.push('', '## Leadership timeline', '');
  out.push(b.leadership.length === 0 ? 'No leadership records in this period.' : b.leadership.map(line).join('\n'));
  out.push('', '## Cells and incidents by province', '');
  if (b.provinces.length > 0) {
    out.push('| Province | Incidents | Killed |', '|---|---|---|');
    for (const r of b.provinces) out.push(`| ${cell(r.province)} | ${r.incidents} | ${r.killed} |`);
    out.push('');
  }
  out.push(b.incidents.length === 0 ? 'No incidents in this period.' : b.incidents.map(line).join('\n'));
  if (b.since) {
    out.push('', `## What changed since ${b.since}`, '');
    out.push(b.changes.length === 0 ? 'No changes recorded.' : b.changes.map(line).join('\n'));
  }
  out.push('', '## Disputed points', '');
  if (b.disputes.length === 0) out.push('No disputes.');
  for (const d of b.disputes) {
    out.push(`- ${d.text}`);
    for (const s of d.sides) out.push(`  - ${s.text}${refs(s.notes)}`);
  }
  out.push('', '## Sources', '');
  for (const f of b.footnotes) out.push(`${f.n}. ${f.title} — “${f.quote.replace(/\s+/g, ' ')}”`);
  out.push('', `**${b.marking}**`, '');
  return out.join('\n');
}
