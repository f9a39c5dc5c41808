// One error family for expected failures. Services throw AppError with a stable code;
// the GraphQL layer translates the code into the caller's language. Anything else is INTERNAL.

import type { ErrorCode } from '@citydesk/domain';

export { errorCodes, type ErrorCode } from '@citydesk/domain';

export interface InputIssue {
  /** Path of the offending input field, e.g. `description`. */
  field: string;
  /** Stable code the client translates, e.g. `too_short` (i18n key `validation.<code>`). */
  code: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: { issues?: InputIssue[]; params?: Record<string, string | number> } = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const notAllowed = () => new AppError('NOT_ALLOWED');
export const invalidInput = (issues: InputIssue[]) => new AppError('INVALID_INPUT', { issues });
/** RATE_LIMITED, telling the caller in whole minutes (at least 1) when to try again. */
export const rateLimited = (retryAfterMs: number) =>
  new AppError('RATE_LIMITED', { params: { minutes: Math.max(1, Math.ceil(retryAfterMs / 60_000)) } });
