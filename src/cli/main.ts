/**
 * The `cellgraph` command line. Commands are registered from their own modules;
 * this file only parses, dispatches and turns errors into one line and an exit code.
 */
import { Command, CommanderError } from 'commander';
import { isWorkbenchError, oneLine } from '../core/errors.js';
import { exitCodeFor } from './exit-codes.js';
import { processIo, type Io } from './io.js';
import { COMMANDS } from './commands/index.js';

export function buildProgram(io: Io): Command {
  const program = new Command('cellgraph')
    .description('Cellgraph: sourced, time-aware maps of militant networks from open-source reporting')
    .version('0.1.0')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  for (const register of COMMANDS) register(program, io);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/** Runs the CLI and returns the exit code (never calls process.exit itself). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return 0;
      // commander already printed its message
      return 2;
    }
    if (isWorkbenchError(e)) {
      io.err(`cellgraph: ${oneLine(e)}`);
      return exitCodeFor(e.code);
    }
    io.err(`cellgraph: internal error: ${oneLine(e)}`);
    if (process.env.CELLGRAPH_DEBUG) io.err(String((e as Error).stack));
    return 1;
  }
}
