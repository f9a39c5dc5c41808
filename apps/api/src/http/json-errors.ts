// The one shape every non-GraphQL error takes on the wire: `{ "error": { "code", "message", "issues"? } }`
// with the message in the caller's language and a status that says what happened (400 bad input, 401, 403,
// 404, 409, 413, 422, 429, 503 with Retry-After). Never a stack trace, a file path or an internal message:
// anything unexpected is logged here and answered as INTERNAL.
import type { Locale } from '@citydesk/domain';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { AppError, type ErrorCode } from '../errors.ts';
import { isDatabaseUnavailable, isInvalidDatabaseInput } from '../infra/db/database-errors.ts';
import type { Logger } from '../logger.ts';
import { messageOf } from '../graphql/errors.ts';
import { pickLocale } from './request-context.ts';

/** Seconds a client is asked to wait before retrying an UNAVAILABLE answer. */
export const retryAfterSeconds = 5;

const statusOfCode: Partial<Record<ErrorCode, number>> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  NOT_ALLOWED: 403,
  NOT_FOUND: 404,
  STALE_VERSION: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UPLOAD_QUOTA_EXCEEDED: 429,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_KEY_IN_USE: 409,
  UNAVAILABLE: 503,
  PAYMENTS_UNAVAILABLE: 503,
};

/** Seconds to wait before retrying, for the codes whose answer carries Retry-After. */
export function retryAfterOf(
  code: ErrorCode,
  params: Record<string, string | number> = {},
  now: number = Date.now(),
): number | null {
  if (httpStatusOf(new AppError(code)) === 503) return retryAfterSeconds;
  // The first request with the same Idempotency-Key is still running: it is usually done within a second.
  if (code === 'IDEMPOTENCY_KEY_IN_USE') return 1;
  // Throttles and quotas say when: in minutes, or as the instant the next try is allowed.
  if (typeof params.minutes === 'number') return Math.max(1, Math.round(params.minutes * 60));
  if (typeof params.retryAt === 'string') {
    const at = Date.parse(params.retryAt);
    if (Number.isFinite(at)) return Math.max(1, Math.ceil((at - now) / 1000));
  }
  return null;
}

export function httpStatusOf(error: AppError): number {
  if (error.code === 'INVALID_INPUT' && error.details.issues?.some((i) => i.code === 'file_too_large'))
    return 413;
  // The remaining codes are refusals of a well-formed request by a business rule.
  return statusOfCode[error.code] ?? (error.code === 'INTERNAL' ? 500 : 409);
}

/** Turns whatever was thrown into the error the client may see; unexpected ones are logged. */
export function toAppError(error: unknown, log: Logger, where: Record<string, unknown> = {}): AppError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) {
    log.warn({ err: error, ...where }, 'database unavailable');
    return new AppError('UNAVAILABLE');
  }
  if (isInvalidDatabaseInput(error)) return new AppError('INVALID_INPUT');
  const parserType = (error as { type?: unknown } | null)?.type;
  // body-parser's refusals: not JSON, too large, an encoding or charset it does not take.
  if (parserType === 'entity.parse.failed')
    return new AppError('INVALID_INPUT', { issues: [{ field: 'body', code: 'malformed_body' }] });
  if (parserType === 'entity.too.large') return new AppError('PAYLOAD_TOO_LARGE');
  if (
    typeof parserType === 'string' &&
    /^(encoding|charset)\.unsupported$|^request\.size\.invalid$/.test(parserType)
  )
    return new AppError('INVALID_INPUT', { issues: [{ field: 'body', code: 'malformed_body' }] });
  // Express's own refusals (http-errors): a path whose percent-encoding does not decode, a method it
  // does not take. They describe the client's request, never our state.
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500)
    return status === 404
      ? new AppError('NOT_FOUND')
      : status === 413
        ? new AppError('PAYLOAD_TOO_LARGE')
        : new AppError('INVALID_INPUT');
  log.error({ err: error, ...where }, 'unexpected error');
  return new AppError('INTERNAL');
}

export function localeOfRequest(req: Request, userLocale?: Locale): Locale {
  return pickLocale(req.get('x-citydesk-locale') ?? req.query.lang, userLocale, req.get('accept-language'));
}

export function errorBody(error: AppError, locale: Locale) {
  return {
    error: {
      code: error.code,
      message: messageOf(error.code, error.details.params ?? {}, locale),
      ...(error.details.issues ? { issues: error.details.issues } : {}),
      ...(error.details.params ? { params: error.details.params } : {}),
    },
  };
}

/** Answers `error` as JSON in `locale` (the request's language unless given). */
export function sendJsonError(
  req: Request,
  res: Response,
  error: unknown,
  log: Logger,
  locale: Locale = localeOfRequest(req),
): void {
  const known = toAppError(error, log, { method: req.method, path: req.path });
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const status = httpStatusOf(known);
  const retryAfter = retryAfterOf(known.code, known.details.params);
  if (retryAfter !== null) res.setHeader('Retry-After', String(retryAfter));
  res.status(status).json(errorBody(known, locale));
}

/** Express's last error handler: whatever a route passed to `next(error)` or threw. */
export function jsonErrorHandler(log: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => sendJsonError(req, res, error, log);
}

/** The answer for an address nothing serves (after the web app took the browser's pages). */
export function routeNotFound(log: Logger): RequestHandler {
  return (req, res) => sendJsonError(req, res, new AppError('NOT_FOUND'), log);
}
