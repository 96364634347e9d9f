/**
 * Review: the interactive queue (`cellgraph review`) and the same actions as plain
 * commands for scripts (`accept`, `reject`, `dispute`, `grade`, `grade-source`).
 */
import readline from 'node:readline';
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { withStore } from '../context.js';
import { nameCache } from '../names.js';
import { gradeSource, parseConfidence, parseCredibility, parseReliability, patchClaims } from '../../app/review.js';
import { WorkbenchError } from '../../core/errors.js';
import type { ClaimStatus } from '../../model/ontology.js';
import type { Store } from '../../store/store.js';
import type { ClaimRecord } from '../../core/records.js';

const DB = ['--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)'] as const;

export function registerReview(program: Command, io: Io): void {
  const statusCommand = (name: string, status: ClaimStatus, verb: string) => program.command(name)
    .description(`${verb} claims by id`)
    .argument('<ids...>', 'claim ids').option(...DB)
    .action(async (ids: string[], flags) => withStore(flags, async (s) => {
      await patchClaims(s, ids, { status });
      io.out(`${status}: ${ids.length} claim(s)`);
    }));
  statusCommand('accept', 'accepted', 'accept');
  statusCommand('reject', 'rejected', 'reject (kept in the history, never shown in the graph)');
  statusCommand('dispute', 'disputed', 'mark as disputed');

  program.command('grade')
    .description('grade claims: Admiralty information credibility 1–6 and/or confidence 0–1')
    .argument('<ids...>', 'claim ids')
    .option('--credibility <1-6>', 'information credibility').option('--confidence <0-1>', 'confidence')
    .option(...DB)
    .action(async (ids: string[], flags) => withStore(flags, async (s) => {
      if (flags.credibility === undefined && flags.confidence === undefined) throw new WorkbenchError('invalid_input', 'give --credibility and/or --confidence');
      await patchClaims(s, ids, {
        ...(flags.credibility !== undefined ? { credibility: parseCredibility(flags.credibility) } : {}),
        ...(flags.confidence !== undefined ? { confidence: parseConfidence(flags.confidence) } : {}),
      });
      io.out(`graded ${ids.length} claim(s)`);
    }));

  program.command('grade-source')
    .description('grade a document: Admiralty source reliability A–F')
    .argument('<document>', 'document id').argument('<reliability>', 'A to F')
    .option(...DB)
    .action(async (doc: string, reliability: string, flags) => withStore(flags, async (s) => {
      await gradeSource(s, doc, parseReliability(reliability));
      io.out(`document ${doc}: reliability ${reliability.toUpperCase()}`);
    }));

  program.command('review')
    .description('interactive queue of proposed claims: a accept, r reject, d dispute, s skip, 1-6 credibility, q quit')
    .option(...DB)
    .action(async (flags) => withStore(flags, async (s) => {
      if (!process.stdin.isTTY) {
        throw new WorkbenchError('invalid_input', 'review needs an interactive terminal; scripts use accept/reject/dispute/grade');
      }
      await reviewLoop(s, io);
    }));
}

async function describeClaim(s: Store, c: ClaimRecord, name: (id: string) => Promise<string>): Promise<string> {
  const when = [c.valid_from && `from ${c.valid_from}`, c.valid_to && `to ${c.valid_to}`].filter(Boolean).join(' ');
  const doc = c.evidence[0] ? await s.getDocument(c.evidence[0].document) : null;
  return [
    `${await name(c.subject)} ${c.negated ? 'NOT ' : ''}${c.predicate}${c.former ? ' (former)' : ''} ${await name(c.object)}${when ? ` [${when}]` : ''}`,
    `  confidence ${c.confidence.toFixed(2)} · ${c.extractor} · ${doc?.title ?? doc?.source ?? ''}`,
    ...c.evidence.map((e) => `  “${e.quote.replace(/\s+/g, ' ')}”`),
  ].join('\n');
}

async function reviewLoop(s: Store, io: Io): Promise<void> {
  const queue = await s.listClaims({ status: 'proposed', limit: 10_000 });
  const name = nameCache(s);
  readline.emitKeypressEvents(process.stdin);
  process.stdin.setRawMode(true);
  const nextKey = () => new Promise<string>((resolve) => process.stdin.once('keypress', (str: string | undefined, key: { name?: string; ctrl?: boolean }) => {
    resolve(key?.ctrl && key.name === 'c' ? 'q' : (str ?? key?.name ?? ''));
  }));
  let done = 0;
  try {
    for (const [i, claim] of queue.entries()) {
      io.out(`\n[${i + 1}/${queue.length}] ${await describeClaim(s, claim, name)}`);
      io.out('  (a)ccept  (r)eject  (d)ispute  (1-6) credibility  (s)kip  (q)uit');
      let key = await nextKey();
      while (!'ards123456q'.includes(key) || key === '') key = await nextKey();
      if (key === 'q') break;
      if (key === 's') continue;
      const patch = key === 'a' ? { status: 'accepted' as const } : key === 'r' ? { status: 'rejected' as const }
        : key === 'd' ? { status: 'disputed' as const } : { credibility: parseCredibility(key) };
      await patchClaims(s, [claim.id], patch);
      done += 1;
      io.out(`  → ${Object.values(patch)[0]}`);
    }
  } finally {
    process.stdin.setRawMode(false);
    process.stdin.pause();
  }
  io.out(`\nreviewed ${done} claim(s)`);
}
