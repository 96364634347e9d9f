/**
 * The only place that knows HTTP statuses: WorkbenchError codes map to statuses,
 * and every error leaves as `{error: {code, message}}`.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isWorkbenchError, oneLine, type ErrorCode } from '../core/errors.js';

const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  unsupported: 415,
  corrupt: 422,
  too_large: 413,
  conflict: 409,
  store_unavailable: 503,
  schema_too_new: 503,
  forbidden: 403,
  internal: 500,
};

export const statusFor = (code: ErrorCode): number => STATUS[code];

export interface ErrorBody {
  error: { code: string; message: string };
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/**
 * Refusals that exist only over HTTP: not logged in (401) and too many attempts
 * (429). Everything else is a WorkbenchError.
 */
export class HttpRefusal extends Error {
  override readonly name = 'HttpRefusal';
  constructor(readonly status: 401 | 429, readonly code: 'unauthorized' | 'rate_limited', message: string, readonly retryAfter?: number) {
    super(message);
  }
}

const audited = new WeakSet<FastifyRequest>();

/** Marks a refusal the use case already wrote to the audit log, so the server does not write it twice. */
export const markAudited = (request: FastifyRequest): void => { audited.add(request); };
export const wasAudited = (request: FastifyRequest): boolean => audited.has(request);

export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof HttpRefusal) {
    if (error.retryAfter !== undefined) void reply.header('retry-after', String(error.retryAfter));
    void reply.status(error.status).send(errorBody(error.code, error.message));
    return;
  }
  if (isWorkbenchError(error)) {
    if (error.details?.audited === true) markAudited(request);
    void reply.status(statusFor(error.code)).send(errorBody(error.code, oneLine(error)));
    return;
  }
  const fe = error as FastifyError;
  if (fe.statusCode === 413 || fe.code === 'FST_REQ_FILE_TOO_LARGE' || fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    void reply.status(413).send(errorBody('too_large', 'request body too large'));
    return;
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    void reply.status(fe.statusCode).send(errorBody('invalid_input', oneLine(error)));
    return;
  }
  request.log.error({ err: { message: error.message, stack: error.stack } }, 'unhandled error');
  void reply.status(500).send(errorBody('internal', 'internal error'));
}
