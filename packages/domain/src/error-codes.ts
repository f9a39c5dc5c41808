/**
 * The API's error contract: every expected failure carries one of these codes in
 * `extensions.code`; clients translate them (i18n key `errors.<code>`).
 */
export const errorCodes = [
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'RATE_LIMITED',
  'NOT_FOUND',
  'NOT_ALLOWED',
  'STALE_VERSION',
  'INVALID_INPUT',
  /** An outcome's assertion fails: the account it certifies has a debt. */
  'DEBT_OUTSTANDING',
  /** An outcome's assertion names an account that does not exist. */
  'ACCOUNT_NOT_FOUND',
  // Meter readings: outside the city's window (params from, to: days of the month); an unusual jump the
  // submitter must confirm (params average, jump).
  'READING_WINDOW_CLOSED',
  'READING_NEEDS_CONFIRMATION',
  // The meter register: a meter without its seal takes no readings; one sealing or unsealing work order at a
  // time per meter; the meter an application names was retired meanwhile; a serial number (param serial)
  // already on the register.
  'METER_NOT_SEALED',
  'METER_WORK_OPEN',
  'METER_RETIRED',
  'METER_ALREADY_REGISTERED',
  /** A request closed without the resident's confirmation can no longer be reopened (param endedAt: an instant). */
  'REOPEN_WINDOW_CLOSED',
  'INTERNAL',
  'PAYMENTS_UNAVAILABLE',
  /** The database is unreachable or the server sheds load: retry later (HTTP 503 with Retry-After). */
  'UNAVAILABLE',
  /** A body over the size limit (HTTP 413). */
  'PAYLOAD_TOO_LARGE',
  /**
   * The uploader's files of the last 24 hours fill their quota (HTTP 429). Params: files and megabytes
   * (the quota), retryAt (an instant: when the next upload fits) and timeZone (to show it in).
   */
  'UPLOAD_QUOTA_EXCEEDED',
  /** An Idempotency-Key already used for another request body (or another operation) by this caller (HTTP 422). */
  'IDEMPOTENCY_KEY_REUSED',
  /** The first request with this Idempotency-Key is still being processed: retry shortly (HTTP 409, Retry-After). */
  'IDEMPOTENCY_KEY_IN_USE',
  /** No city has been set up yet: the installation waits for its first run (the setup page or `citydesk setup`). */
  'SETUP_REQUIRED',
  /** The installation already has its city: setup runs once. */
  'ALREADY_SET_UP',
  /** The setup token is wrong or was replaced by a restart: use the one the server printed last. */
  'SETUP_TOKEN_INVALID',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}
