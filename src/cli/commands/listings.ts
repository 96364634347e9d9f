/**
 * Listing commands: `entities`, `claims`, `events`.
 */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { withStore } from '../context.js';
import { json, table } from '../format.js';
import { nameCache, resolveEntityName } from '../names.js';
import { asClaimStatus, asEntityType, asEventType, asPredicate } from '../../model/vocabulary.js';
import { WorkbenchError } from '../../core/errors.js';
import { parseConfidence, parseCredibility } from '../../app/review.js';

const DB = ['--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)'] as const;

function limitOf(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new WorkbenchError('invalid_input', `invalid --limit "${value}" (a positive whole number)`);
  return n;
}

export function registerListings(program: Command, io: Io): void {
  program.command('entities')
    .description('list entities, most mentioned first')
    .option(...DB)
    .option('--type <type>', 'organization, person or place')
    .option('--limit <n>', 'at most n rows', '100')
    .option('--json', 'print JSON')
    .action(async (flags) => {
      const type = flags.type ? asEntityType(flags.type) : undefined;
      const rows = await withStore(flags, (s) => s.listEntities({ type, limit: limitOf(flags.limit, 100) }));
      io.out(flags.json ? json(rows) : table(['id', 'type', 'subtype', 'name', 'mentions', 'aliases'],
        rows.map((e) => [e.id, e.type, e.subtype, e.name, e.mention_count, e.aliases.join('; ')])));
    });

  program.command('claims')
    .description('list claims with their status, dates and source quote')
    .option(...DB)
    .option('--status <status>', 'proposed, accepted, rejected or disputed')
    .option('--predicate <predicate>', 'e.g. pledged_allegiance_to')
    .option('--entity <name>', 'claims about this entity (any alias)')
    .option('--min-confidence <0-1>', 'only claims at or above this confidence')
    .option('--max-credibility <1-6>', 'only claims graded at least this credible (1 = confirmed … 6 = cannot be judged)')
    .option('--limit <n>', 'at most n rows', '200')
    .option('--json', 'print JSON')
    .action(async (flags) => {
      const status = flags.status ? asClaimStatus(flags.status) : undefined;
      const predicate = flags.predicate ? asPredicate(flags.predicate) : undefined;
      await withStore(flags, async (s) => {
        const entity = flags.entity ? (await resolveEntityName(s, flags.entity)).id : undefined;
        const minConfidence = flags.minConfidence === undefined ? 0 : parseConfidence(flags.minConfidence);
        const maxCredibility = flags.maxCredibility === undefined ? 6 : parseCredibility(flags.maxCredibility);
        const claims = (await s.listClaims({ status, predicate, entity, limit: limitOf(flags.limit, 200) }))
          .filter((c) => c.confidence >= minConfidence && (flags.maxCredibility === undefined || (c.credibility !== null && c.credibility <= maxCredibility)));
        if (flags.json) { io.out(json(claims)); return; }
        const name = nameCache(s);
        const rows = [];
        for (const c of claims) {
          rows.push([c.id, await name(c.subject), `${c.negated ? 'NOT ' : ''}${c.predicate}${c.former ? ' (former)' : ''}`,
            await name(c.object), [c.valid_from, c.valid_to].filter(Boolean).join('..'), c.status, c.confidence.toFixed(2),
            c.evidence[0]?.quote.replace(/\s+/g, ' ') ?? '']);
        }
        io.out(table(['id', 'subject', 'predicate', 'object', 'valid', 'status', 'conf', 'quote'], rows));
      });
    });

  program.command('events')
    .description('list events with date, place, counts and participants')
    .option(...DB)
    .option('--type <type>', 'e.g. bombing, arrest')
    .option('--entity <name>', 'events involving this entity')
    .option('--limit <n>', 'at most n rows', '200')
    .option('--json', 'print JSON')
    .action(async (flags) => {
      const type = flags.type ? asEventType(flags.type) : undefined;
      await withStore(flags, async (s) => {
        const entity = flags.entity ? (await resolveEntityName(s, flags.entity)).id : undefined;
        const events = await s.listEvents({ type, entity, limit: limitOf(flags.limit, 200) });
        if (flags.json) { io.out(json(events)); return; }
        const name = nameCache(s);
        const rows = [];
        for (const e of events) {
          const who = [];
          for (const p of e.participants) who.push(`${p.role}: ${await name(p.entity)}`);
          rows.push([e.id, e.type, e.date ?? '', await name(e.place), e.killed, e.injured, e.arrested, who.join('; ')]);
        }
        io.out(table(['id', 'type', 'date', 'place', 'killed', 'injured', 'arrested', 'participants'], rows));
      });
    });
}
