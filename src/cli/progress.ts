/**
 * Progress for long work: a bar on an interactive terminal, quiet otherwise
 * (scripts and CI get the summary only). File names are shown; document text never.
 */
import cliProgress from 'cli-progress';
import type { Io } from './io.js';
import type { IngestProgress } from '../app/ingest.js';

export function ingestProgress(io: Io): IngestProgress & { stop(): void } {
  let bar: cliProgress.SingleBar | null = null;
  const stop = () => { bar?.stop(); bar = null; };
  return {
    phase(name, total) {
      stop();
      if (!io.interactive || total === 0) return;
      bar = new cliProgress.SingleBar({
        format: `${name === 'read' ? 'reading ' : 'storing '} [{bar}] {value}/{total} {file}`,
        stream: process.stderr, hideCursor: true, clearOnComplete: true,
      }, cliProgress.Presets.shades_classic);
      bar.start(total, 0, { file: '' });
    },
    tick(label) {
      bar?.increment(1, { file: label.length > 40 ? `…${label.slice(-39)}` : label });
    },
    warn(message) {
      if (bar) process.stderr.write('\n');
      io.err(`warning: ${message}`);
    },
    stop,
  };
}
