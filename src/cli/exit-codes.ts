/**
 * The only place that knows exit codes. 0 success, 2 bad usage or input,
 * 3 not found, 4 unreadable input, 5 store problem, 1 anything else.
 */
import type { ErrorCode } from '../core/errors.js';

const CODES: Record<ErrorCode, number> = {
  invalid_input: 2,
  not_found: 3,
  unsupported: 4,
  corrupt: 4,
  too_large: 4,
  conflict: 1,
  store_unavailable: 5,
  schema_too_new: 5,
  forbidden: 6,
  internal: 1,
};

export const exitCodeFor = (code: ErrorCode): number => CODES[code];
