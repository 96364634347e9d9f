/**
 * Reading a new password on the command line: from standard input for scripts
 * (`--password-stdin`, never a flag value, which would sit in shell history and the
 * process list), or typed twice at a prompt that does not echo.
 */
import type { Readable } from 'node:stream';
import { WorkbenchError } from '../../core/errors.js';
import type { Io } from '../io.js';

/** Everything on standard input, less one trailing line break. */
export async function readPasswordStdin(input: Readable = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const text = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  if (text.includes('\n')) throw new WorkbenchError('invalid_input', '--password-stdin takes one line: the password');
  return text;
}

type RawInput = NodeJS.ReadStream & { setRawMode(mode: boolean): void };

/** One line typed without echo. Ctrl-C abandons it. */
function promptHidden(io: Io, label: string, input: RawInput): Promise<string> {
  io.err(label);
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (error: Error | null) => {
      input.removeListener('data', onData);
      input.setRawMode(false);
      input.pause();
      if (error) reject(error); else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done(null);
        if (ch === '\u0003') return done(new WorkbenchError('invalid_input', 'password entry abandoned'));
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += ch;
      }
    };
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}

/** The new password a command was given, or null for a machine user (`--no-password`). */
export async function newPassword(io: Io, flags: { password?: boolean; passwordStdin?: boolean }): Promise<string | null> {
  if (flags.password === false) {
    if (flags.passwordStdin) throw new WorkbenchError('invalid_input', 'give either --no-password or --password-stdin, not both');
    return null;
  }
  if (flags.passwordStdin) return readPasswordStdin();
  const input = process.stdin as RawInput;
  if (!input.isTTY) {
    throw new WorkbenchError('invalid_input', 'no terminal to ask for a password: pipe it with --password-stdin, or use --no-password for a machine user');
  }
  const first = await promptHidden(io, 'new password (not shown, then Enter):', input);
  const again = await promptHidden(io, 'the same again:', input);
  if (first !== again) throw new WorkbenchError('invalid_input', 'the two passwords differ');
  return first;
}
