/**
 * File-system failures as WorkbenchErrors with one-line messages: a missing path is
 * not_found, anything else that stops us reading is invalid_input naming the cause.
 */
import { WorkbenchError } from '../core/errors.js';

export function fsError(path: string, e: unknown): WorkbenchError {
  if (e instanceof WorkbenchError) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new WorkbenchError('not_found', `${path}: no such file or directory`);
  if (code === 'EACCES' || code === 'EPERM') return new WorkbenchError('invalid_input', `${path}: permission denied`);
  return new WorkbenchError('invalid_input', `${path}: cannot read (${code ?? 'unknown error'})`);
}
