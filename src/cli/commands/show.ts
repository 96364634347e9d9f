/**
 * `cellgraph show NAME`: one entity with its aliases and every claim and event
 * about it, each with its quote and the document it came from.
 */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { withStore } from '../context.js';
import { json } from '../format.js';
import { nameCache, resolveEntityName } from '../names.js';
import type { Evidence } from '../../core/records.js';
import type { Store } from '../../store/store.js';
import { WorkbenchError } from '../../core/errors.js';

export function registerShow(program: Command, io: Io): void {
  program.command('show')
    .description('show an entity: aliases, claims and events, each with its source quote')
    .argument('<name>', 'any name, alias or id')
    .option('--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)')
    .option('--json', 'print JSON')
    .action(async (nameArg: string, flags) => {
      await withStore(flags, async (s) => {
        const summary = await resolveEntityName(s, nameArg);
        const entity = await s.getEntity(summary.id);
        if (!entity) throw new WorkbenchError('not_found', `no entity named "${nameArg}"`);
        const claims = await s.listClaims({ entity: entity.id });
        const events = await s.listEvents({ entity: entity.id });
        if (flags.json) { io.out(json({ entity, claims, events })); return; }
        const name = nameCache(s);
        const source = documentTitles(s);
        const lines = [`${entity.name}  [${entity.type}${entity.subtype ? `/${entity.subtype}` : ''}]  ${entity.id}`];
        if (entity.aliases.length) lines.push(`aliases: ${entity.aliases.join('; ')}`);
        if (entity.lat !== null && entity.lon !== null) lines.push(`location: ${entity.lat.toFixed(4)}, ${entity.lon.toFixed(4)}`);
        const attrs = Object.entries(entity.attributes).filter(([, v]) => v !== null && String(v).length < 80);
        if (attrs.length) lines.push(`attributes: ${attrs.map(([k, v]) => `${k}=${v}`).join(', ')}`);
        lines.push(`mentions: ${entity.mentions.length} in ${new Set(entity.mentions.map((m) => m.document)).size} document(s)`);
        lines.push('', `claims (${claims.length}):`);
        for (const c of claims) {
          const when = [c.valid_from && `from ${c.valid_from}`, c.valid_to && `to ${c.valid_to}`].filter(Boolean).join(' ');
          lines.push(`  ${await name(c.subject)} ${c.negated ? 'NOT ' : ''}${c.predicate}${c.former ? ' (former)' : ''} ${await name(c.object)}`
            + `${when ? ` [${when}]` : ''}  (${c.status}, ${c.confidence.toFixed(2)})`);
          for (const ev of c.evidence) lines.push(await quoteLine(ev, source));
        }
        lines.push('', `events (${events.length}):`);
        for (const e of events) {
          const counts = [e.killed !== null && `killed ${e.killed}`, e.injured !== null && `injured ${e.injured}`,
            e.arrested !== null && `arrested ${e.arrested}`].filter(Boolean).join(', ');
          lines.push(`  ${e.date ?? 'undated'} ${e.type}${e.place ? ` in ${await name(e.place)}` : ''}${counts ? ` (${counts})` : ''}`);
          for (const ev of e.evidence) lines.push(await quoteLine(ev, source));
        }
        io.out(lines.join('\n'));
      });
    });
}

function documentTitles(store: Store): (id: string) => Promise<string> {
  const cache = new Map<string, string>();
  return async (id) => {
    if (!cache.has(id)) {
      const d = await store.getDocument(id);
      cache.set(id, d?.title ?? d?.source ?? id);
    }
    return cache.get(id)!;
  };
}

async function quoteLine(ev: Evidence, title: (id: string) => Promise<string>): Promise<string> {
  const quote = ev.quote.replace(/\s+/g, ' ');
  return `      “${quote.length > 220 ? `${quote.slice(0, 219)}…` : quote}” — ${await title(ev.document)} [${ev.start}-${ev.end}]`;
}
