/**
 * One error type for the whole workbench, with a string-literal code. Only the HTTP
 * adapter maps codes to statuses and only the CLI maps them to exit codes.
 */
export type ErrorCode =
  | 'invalid_input'      // the user gave something malformed (bad flag, bad date, bad JSON)
  | 'not_found'          // a file, document or entity that does not exist
  | 'unsupported'        // a file type or format we do not read
  | 'corrupt'            // a file that claims to be a format but is broken
  | 'too_large'          // input beyond a documented limit
  | 'conflict'           // the request contradicts what is stored
  | 'store_unavailable'  // the store cannot be opened or written
  | 'schema_too_new'     // the store was written by a newer Cellgraph
  | 'forbidden'          // the actor may not do this
  | 'internal';          // a bug

export class WorkbenchError extends Error {
  override readonly name = 'WorkbenchError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export function isWorkbenchError(e: unknown): e is WorkbenchError {
  return e instanceof Error && e.name === 'WorkbenchError' && 'code' in e;
}

/** A one-line message for any thrown value (never a stack trace for users). */
export function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0]!.trim();
}
