/**
 * `cellgraph federation`: this server's public key, the peers it exchanges signed
 * STIX bundles with, and push / pull. Run by the operator on the store file; every
 * change and every exchange is audited as `cli:<login>`. See docs/federation.md.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { withStore } from '../context.js';
import { json, table } from '../format.js';
import { cliOperator } from './admin.js';
import { addPeer, listPeers, removePeer, serverPublicKey } from '../../app/federation.js';
import { pullFromPeer, pushToPeer, type SyncReport } from '../../app/federation-sync.js';
import { WorkbenchError, oneLine } from '../../core/errors.js';

const DB = ['--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)'] as const;
const JSON_FLAG = ['--json', 'print JSON'] as const;

/** `--key` takes the PEM itself or a file holding it. */
async function readKey(value: string): Promise<string> {
  if (value.includes('-----BEGIN')) return value;
  try {
    return await readFile(value, 'utf8');
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new WorkbenchError(missing ? 'not_found' : 'invalid_input', `${value}: ${missing ? 'no such file (pass a PEM file or the PEM text)' : oneLine(e)}`);
  }
}

function summary(r: SyncReport): string {
  if (r.direction === 'push') {
    const s = r.sent!;
    return `pushed to ${r.peer}: ${r.bundles} bundles, ${s.documents} documents, ${s.entities} entities, ${s.claims} claims, ${s.events} events, ${s.kept} kept objects (journal ${r.from} → ${r.cursor})`;
  }
  const total = (kind: 'documents' | 'entities' | 'claims' | 'events'): string => {
    const added = r.received!.reduce((n, b) => n + b[kind].added, 0);
    const updated = r.received!.reduce((n, b) => n + b[kind].updated, 0);
    return `${added} ${kind}${updated ? ` (+${updated} updated)` : ''}`;
  };
  const refused = r.received!.reduce((n, b) => n + b.documents.refused + b.entities.refused + b.claims.refused + b.events.refused, 0);
  return `pulled from ${r.peer}: ${r.bundles} bundles, ${total('documents')}, ${total('entities')}, ${total('claims')}, ${total('events')}`
    + `${refused ? `, ${refused} refused (held for another agency)` : ''} (journal ${r.from} → ${r.cursor})`;
}

export function registerFederation(program: Command, io: Io): void {
  const federation = program.command('federation').description('exchange signed STIX 2.1 bundles with other Cellgraph servers');

  federation.command('key')
    .description("print this server's Ed25519 public key (made on first use); give it to partners out of band")
    .option(...DB).option(...JSON_FLAG)
    .action(async (flags) => withStore(flags, async (s) => {
      const key = await serverPublicKey(s);
      if (flags.json) { io.out(json(key)); return; }
      io.out(key.key);
      io.err(`fingerprint ${key.fingerprint}`);
    }));

  const peer = federation.command('peer').description('the servers this one exchanges bundles with');
  peer.command('add')
    .description('add a peer: its URL, its public key, the local agency its records belong to, and the token it issued to us')
    .argument('<name>', 'a short name for the peer')
    .requiredOption('--url <url>', 'base URL of the peer, e.g. https://cellgraph.ctd-sindh.example')
    .requiredOption('--key <file|pem>', "the peer's public key: a PEM file or the PEM text")
    .requiredOption('--agency <id>', 'the local agency the peer stands for')
    .option('--token <token>', 'API token the peer issued to this server (needed to push and pull)')
    .option(...DB).option(...JSON_FLAG)
    .action(async (name: string, flags) => {
      const publicKey = await readKey(flags.key);
      await withStore(flags, async (s) => {
        const p = await addPeer(s, cliOperator(), { name, url: flags.url, publicKey, agency: flags.agency, token: flags.token ?? null });
        io.out(flags.json ? json(p) : `peer ${p.name} (${p.id}) added for agency ${p.agency}, key ${p.fingerprint}`);
      });
    });
  peer.command('list')
    .description('list peers')
    .option(...DB).option(...JSON_FLAG)
    .action(async (flags) => withStore(flags, async (s) => {
      const peers = await listPeers(s, cliOperator());
      if (flags.json) { io.out(json(peers)); return; }
      io.out(peers.length
        ? table(['name', 'agency', 'url', 'token', 'pulled', 'pushed', 'key'],
          peers.map((p) => [p.name, p.agency, p.url, p.has_token ? 'yes' : 'no', p.pulled_seq, p.pushed_seq, p.fingerprint.slice(0, 24)]))
        : 'no peers');
    }));
  peer.command('remove')
    .description('remove a peer (records already received stay, owned by its agency)')
    .argument('<name>', 'peer name or id')
    .option(...DB)
    .action(async (name: string, flags) => withStore(flags, async (s) => {
      const p = await removePeer(s, cliOperator(), name);
      io.out(`peer ${p.name} removed`);
    }));

  for (const direction of ['push', 'pull'] as const) {
    federation.command(direction)
      .description(direction === 'push'
        ? "send the peer what our agreements give its agency and what changed since the last push"
        : "fetch what the peer shares with us and what changed since the last pull")
      .argument('<peer>', 'peer name or id')
      .option('--full', 'start from the beginning of the journal (after a new or wider agreement)')
      .option(...DB).option(...JSON_FLAG)
      .action(async (name: string, flags) => withStore(flags, async (s) => {
        const run = direction === 'push' ? pushToPeer : pullFromPeer;
        const report = await run(s, cliOperator(), name, { full: Boolean(flags.full) });
        io.out(flags.json ? json(report) : summary(report));
      }));
  }
}
