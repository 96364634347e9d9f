/**
 * Curating entities: merge, unmerge, split, rename, and "possibly the same" decisions.
 */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { withStore } from '../context.js';
import { json, table } from '../format.js';
import { nameCache, resolveEntityName } from '../names.js';
import { actorName } from '../../app/config.js';
import { mergeEntities, renameEntity, splitEntity, undoMerge } from '../../app/curation.js';
import { WorkbenchError } from '../../core/errors.js';

const DB = ['--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)'] as const;
const BY = ['--by <name>', 'who is acting (default: your login name)'] as const;

export function registerCurate(program: Command, io: Io): void {
  program.command('merge')
    .description('merge entity A into entity B (reversible; recorded with who and why)')
    .argument('<a>', 'the entity that disappears into B').argument('<b>', 'the entity that stays')
    .requiredOption('--reason <text>', 'why they are the same actor')
    .option(...DB).option(...BY).option('--json', 'print JSON')
    .action(async (a: string, b: string, flags) => withStore(flags, async (s) => {
      const [ea, eb] = [await resolveEntityName(s, a), await resolveEntityName(s, b)];
      if (ea.type !== eb.type) throw new WorkbenchError('invalid_input', `cannot merge a ${ea.type} into a ${eb.type}`);
      const merge = await mergeEntities(s, ea.id, eb.id, { name: actorName(flags) }, flags.reason);
      io.out(flags.json ? json(merge) : `merged ${ea.name} into ${eb.name} (merge ${merge.id}; undo with: cellgraph unmerge ${merge.id})`);
    }));

  program.command('unmerge')
    .description('undo a merge; the pair is remembered as different')
    .argument('<merge>', 'merge id (see `cellgraph merges`)')
    .option('--reason <text>', 'why', 'merge undone')
    .option(...DB).option(...BY)
    .action(async (mergeId: string, flags) => withStore(flags, async (s) => {
      await undoMerge(s, mergeId, { name: actorName(flags) }, flags.reason);
      io.out(`undid merge ${mergeId}`);
    }));

  program.command('merges')
    .description('the merge history')
    .argument('[name]', 'only merges involving this entity')
    .option(...DB).option('--json', 'print JSON')
    .action(async (nameArg: string | undefined, flags) => withStore(flags, async (s) => {
      const entity = nameArg ? (await resolveEntityName(s, nameArg)).id : undefined;
      const merges = await s.listMerges(entity);
      if (flags.json) { io.out(json(merges)); return; }
      const name = nameCache(s);
      const rows = [];
      for (const m of merges) rows.push([m.id, await name(m.source), await name(m.target), m.actor, m.at.slice(0, 19), m.undone_at ? 'undone' : '', m.reason]);
      io.out(rows.length ? table(['merge', 'source', 'target', 'by', 'at', 'state', 'reason'], rows) : 'no merges');
    }));

  program.command('split')
    .description('split an entity: what the given documents say about it becomes a new entity')
    .argument('<name>', 'the entity to split')
    .requiredOption('--documents <ids...>', 'documents whose mentions belong to a different actor')
    .option('--name <name>', 'name of the new entity (default: the same name)')
    .option(...DB).option(...BY).option('--json', 'print JSON')
    .action(async (nameArg: string, flags) => withStore(flags, async (s) => {
      const e = await resolveEntityName(s, nameArg);
      const result = await splitEntity(s, e.id, flags.documents, flags.name ?? null, { name: actorName(flags) });
      io.out(flags.json ? json(result) : `split ${e.name}: new entity ${result.name} (${result.id}) with ${result.mentions} mentions, ${result.claims} claims, ${result.events} events`);
    }));

  program.command('rename')
    .description('rename an entity (the old name stays an alias)')
    .argument('<name>', 'the entity').argument('<new-name>', 'its new name')
    .option(...DB)
    .action(async (nameArg: string, newName: string, flags) => withStore(flags, async (s) => {
      const e = await resolveEntityName(s, nameArg);
      await renameEntity(s, e.id, newName);
      io.out(`renamed ${e.name} to ${newName}`);
    }));

  program.command('same-as')
    .description('"possibly the same" suggestions from resolution, and your decisions on them')
    .option('--pending', 'only undecided suggestions')
    .option('--decide <a b decision...>', 'decide a pair: A B same|different')
    .option(...DB).option(...BY).option('--json', 'print JSON')
    .action(async (flags) => withStore(flags, async (s) => {
      if (flags.decide) {
        const [a, b, decision] = flags.decide as string[];
        if (!a || !b || (decision !== 'same' && decision !== 'different')) {
          throw new WorkbenchError('invalid_input', '--decide takes A B same|different');
        }
        const [ea, eb] = [await resolveEntityName(s, a), await resolveEntityName(s, b)];
        const by = actorName(flags);
        if (decision === 'same') await mergeEntities(s, ea.id, eb.id, { name: by }, 'decided same');
        else await s.transaction((tx) => tx.decideSameAs(ea.id, eb.id, 'different', by));
        io.out(`${ea.name} and ${eb.name}: ${decision}`);
        return;
      }
      const list = await s.listSameAs({ pending: Boolean(flags.pending) });
      if (flags.json) { io.out(json(list)); return; }
      const name = nameCache(s);
      const rows = [];
      for (const c of list) rows.push([await name(c.a), await name(c.b), c.score.toFixed(2), c.decision ?? 'pending', c.reasons.join('; ')]);
      io.out(rows.length ? table(['a', 'b', 'score', 'decision', 'reasons'], rows) : 'no suggestions');
    }));
}
