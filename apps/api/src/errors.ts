// One error family for expected failures. Services throw AppError with a stable code;
// the GraphQL layer translates the code into the caller's language. Anything else is INTERNAL.

export const errorCodes = [
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'RATE_LIMITED',
  'NOT_FOUND',
  'NOT_ALLOWED',
  'STALE_VERSION',
  'INVALID_INPUT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

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
