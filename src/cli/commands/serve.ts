/**
 * `cellgraph serve`: the HTTP API on loopback, with a one-time login URL for the
 * machine's operator. Users created with `cellgraph admin user add` log in through the
 * web app's form (POST /api/login) and see what their agency may see.
 */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { openStore } from '../../app/open-store.js';
import { storeConfig } from '../../app/config.js';
import { buildServer } from '../../http/server.js';
import { WorkbenchError } from '../../core/errors.js';

export function registerServe(program: Command, io: Io): void {
  program.command('serve')
    .description('serve the HTTP API (and web app) on loopback; prints a one-time login URL')
    .option('--db <path>', 'SQLite store file (default ./cellgraph.db; DATABASE_URL selects PostgreSQL)')
    .option('--port <port>', 'TCP port (0 picks a free one)', '8080')
    .option('--host <host>', 'address to bind; anything but loopback exposes the store to the network', '127.0.0.1')
    .action(async (flags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new WorkbenchError('invalid_input', `invalid --port "${flags.port}"`);
      const store = await openStore(storeConfig(flags));
      const { app, auth } = await buildServer({ store, logger: false });
      try {
        await app.listen({ port, host: flags.host });
      } catch (e) {
        await store.close();
        throw new WorkbenchError('invalid_input', `cannot listen on ${flags.host}:${port}: ${(e as Error).message}`);
      }
      const address = app.server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      const host = flags.host.includes(':') ? `[${flags.host}]` : flags.host;
      io.out(`Cellgraph is serving ${flags.db ?? './cellgraph.db'} at http://${host}:${actual}/`);
      io.out(`open (one-time login): http://${host}:${actual}/?token=${auth.loginToken}`);
      io.out(`operator API token:     Authorization: Bearer ${auth.apiToken}`);
      io.out('users log in at the same address with their name and password');
      await new Promise<void>((resolve) => {
        const stop = () => { resolve(); };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await app.close();
      await store.close();
    });
}
