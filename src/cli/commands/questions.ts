/**
 * Questions over the time-aware graph: path, neighbours, rank, communities,
 * timeline, changes and disputes. Every answer carries the claims behind it.
 */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { withStore } from '../context.js';
import { json, table } from '../format.js';
import { resolveEntityName } from '../names.js';
import { loadProjection, projectionOptions, quoteLines } from '../questions-support.js';
import { claimsById } from '../../app/graph-input.js';
import { paths, neighbours, rank, communities, timeline, changes, findDisputes, type RankMetric } from '../../analysis/index.js';
import { loadGraphInput } from '../../app/graph-input.js';
import { parsePartialDate } from '../../core/partial-date.js';
import { WorkbenchError } from '../../core/errors.js';

const METRICS: readonly RankMetric[] = ['degree', 'betweenness', 'pagerank', 'eigenvector'];

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new WorkbenchError('invalid_input', `invalid ${flag} "${value}" (a positive whole number)`);
  return n;
}

export function registerQuestions(program: Command, io: Io): void {
  projectionOptions(program.command('path')
    .description('shortest and k-shortest paths between two actors, with the claims on each step')
    .argument('<a>', 'any name, alias or id').argument('<b>', 'any name, alias or id')
    .option('-k <k>', 'how many paths', '1'))
    .action(async (a: string, b: string, flags) => withStore(flags, async (s) => {
      const [ea, eb] = [await resolveEntityName(s, a), await resolveEntityName(s, b)];
      const { graph } = await loadProjection(s, flags);
      const found = graph.hasNode(ea.id) && graph.hasNode(eb.id) ? paths(graph, ea.id, eb.id, { k: positiveInt(flags.k, '-k') }) : [];
      if (flags.json) {
        io.out(json({ paths: found, claims: await claimsById(s, found.flatMap((p) => p.steps.flatMap((st) => st.claims))) }));
        return;
      }
      if (found.length === 0) { io.out(`no path between ${ea.name} and ${eb.name}${flags.asOf ? ` as of ${flags.asOf}` : ''}`); return; }
      const name = (id: string) => graph.getNodeAttribute(id, 'name');
      const lines: string[] = [];
      for (const [i, p] of found.entries()) {
        lines.push(`path ${i + 1} (${p.length} step${p.length === 1 ? '' : 's'}): ${p.nodes.map(name).join(' — ')}`);
        for (const st of p.steps) {
          const [x, y] = st.direction === 'forward' ? [st.from, st.to] : [st.to, st.from];
          lines.push(`  ${name(x)} ${st.predicate} ${name(y)}`);
          lines.push(...quoteLines(await claimsById(s, st.claims)));
        }
      }
      io.out(lines.join('\n'));
    }));

  projectionOptions(program.command('neighbours')
    .description('actors within N hops of one actor, with the relations between them')
    .argument('<name>', 'any name, alias or id')
    .option('--hops <n>', 'how far to look', '1'))
    .action(async (nameArg: string, flags) => withStore(flags, async (s) => {
      const e = await resolveEntityName(s, nameArg);
      const { graph } = await loadProjection(s, flags);
      const hood = graph.hasNode(e.id) ? neighbours(graph, e.id, { hops: positiveInt(flags.hops, '--hops') }) : { nodes: [], edges: [] };
      if (flags.json) { io.out(json(hood)); return; }
      io.out(hood.nodes.length === 0 ? `${e.name} has no relations${flags.asOf ? ` as of ${flags.asOf}` : ''}`
        : table(['hops', 'name', 'id'], hood.nodes.map((n) => [n.hops, n.name, n.node])));
    }));

  projectionOptions(program.command('rank')
    .description('the most central actors by degree, betweenness, PageRank or eigenvector centrality')
    .option('--metric <metric>', METRICS.join('|'), 'degree')
    .option('--top <n>', 'how many', '20'))
    .action(async (flags) => withStore(flags, async (s) => {
      if (!METRICS.includes(flags.metric)) throw new WorkbenchError('invalid_input', `unknown metric "${flags.metric}" (expected ${METRICS.join(', ')})`);
      const { graph } = await loadProjection(s, flags);
      const ranked = rank(graph, flags.metric as RankMetric, { top: positiveInt(flags.top, '--top') });
      io.out(flags.json ? json(ranked) : table(['score', 'name', 'claims', 'id'],
        ranked.map((r) => [r.score.toFixed(4), r.name, r.claims.length, r.node])));
    }));

  projectionOptions(program.command('communities')
    .description('groups of closely linked actors (Louvain)'))
    .action(async (flags) => withStore(flags, async (s) => {
      const { graph } = await loadProjection(s, flags);
      const found = communities(graph, { seed: 1 });
      if (flags.json) { io.out(json(found)); return; }
      const lines = [`modularity ${found.modularity.toFixed(3)}, ${found.communities.length} communities`];
      for (const c of found.communities) lines.push(`  ${c.id}: ${c.members.map((m) => m.name).join(', ')} (${c.claims.length} claims)`);
      io.out(lines.join('\n'));
    }));

  projectionOptions(program.command('timeline')
    .description('relations and events of one actor over time')
    .argument('<name>', 'any name, alias or id'))
    .action(async (nameArg: string, flags) => withStore(flags, async (s) => {
      const e = await resolveEntityName(s, nameArg);
      const items = timeline(await loadGraphInput(s), e.id, { includeProposed: Boolean(flags.includeProposed) });
      if (flags.json) { io.out(json(items)); return; }
      const lines = items.length === 0 ? [`no dated relations or events for ${e.name}`] : [];
      for (const it of items) {
        const when = it.date ?? ([it.valid_from, it.valid_to].some(Boolean) ? `${it.valid_from ?? '…'}..${it.valid_to ?? '…'}` : 'undated');
        lines.push(`${when.padEnd(22)} ${it.text}${it.disputed ? '  [disputed]' : ''}`);
      }
      io.out(lines.join('\n'));
    }));

  program.command('changes')
    .description('what changed between two dates: allegiances, splits, leaders replaced or killed, cells surfaced, designations')
    .requiredOption('--from <date>', 'start (YYYY, YYYY-MM or YYYY-MM-DD)')
    .requiredOption('--to <date>', 'end')
    .option('--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)')
    .option('--include-proposed', 'include claims not yet reviewed by an analyst')
    .option('--json', 'print JSON')
    .action(async (flags) => withStore(flags, async (s) => {
      const from = parsePartialDate(flags.from);
      const to = parsePartialDate(flags.to);
      if (from > to) throw new WorkbenchError('invalid_input', `--from ${from} is after --to ${to}`);
      const found = changes(await loadGraphInput(s), from, to, { includeProposed: Boolean(flags.includeProposed) });
      io.out(flags.json ? json(found) : found.length === 0 ? `no changes between ${from} and ${to}`
        : found.map((c) => `${c.date.padEnd(10)}  ${c.kind.padEnd(14)} ${c.text}`).join('\n'));
    }));

  program.command('disputes')
    .description('competing claims: a claim and its denial, or sources that disagree on dates or numbers')
    .option('--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)')
    .option('--json', 'print JSON')
    .action(async (flags) => withStore(flags, async (s) => {
      const found = findDisputes(await s.listClaims({ limit: 1_000_000_000 }), await s.listEvents({ limit: 1_000_000_000 }));
      if (flags.json) { io.out(json(found)); return; }
      const lines = found.length === 0 ? ['no disputes'] : [];
      for (const d of found) {
        lines.push(`${d.kind}: ${d.text}`);
        for (const side of d.items) {
          lines.push(`  ${side.says}`);
          for (const ev of side.evidence.slice(0, 1)) lines.push(`      “${ev.quote.replace(/\s+/g, ' ').slice(0, 200)}” [${ev.document}]`);
        }
      }
      io.out(lines.join('\n'));
    }));
}
