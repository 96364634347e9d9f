/**
 * Where the CLI writes. Injected so commands can be run in-process by tests.
 */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is an interactive terminal (progress bars are drawn only then). */
  readonly interactive: boolean;
}

export const processIo: Io = {
  out: (text) => { process.stdout.write(text.endsWith('\n') ? text : `${text}\n`); },
  err: (text) => { process.stderr.write(text.endsWith('\n') ? text : `${text}\n`); },
  interactive: Boolean(process.stderr.isTTY),
};

export function bufferIo(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout, stderr, interactive: false,
    out: (t) => { stdout.push(t.endsWith('\n') ? t : `${t}\n`); },
    err: (t) => { stderr.push(t.endsWith('\n') ? t : `${t}\n`); },
  };
}
