// How long a resident may reopen a request the platform closed without their confirmation (CLOSED_UNCONFIRMED):
// the window is configuration (REOPEN_AFTER_AUTO_CLOSE_DAYS), so it is a parameter here, and the deadline it gives
// is fixed when the request is closed — the date the resident is told is the date that holds.
import type { RequestStatus } from './status.ts';

/** REOPEN_AFTER_AUTO_CLOSE_DAYS when it is not set. */
export const defaultReopenAfterAutoCloseDays = 14;

const DAY_MS = 86_400_000;

/**
 * The last moment the resident may reopen a request auto-closed at `autoClosedAt`, given a window of `windowDays`
 * (whole or fractional days, 0 = never). Throws a RangeError for a negative or non-finite window.
 */
export function reopenAllowedUntil(autoClosedAt: Date, windowDays: number): Date {
  if (!Number.isFinite(windowDays) || windowDays < 0)
    throw new RangeError(`The reopen window must be a number of days ≥ 0, got ${windowDays}`);
  return new Date(autoClosedAt.getTime() + Math.round(windowDays * DAY_MS));
}

/**
 * Whether a request in `status`, reopenable until `reopenUntil`, may be reopened at `now`: only a request closed
 * without confirmation, up to and including the deadline. After it the closure is final.
 */
export function mayReopenAt(
  request: { status: RequestStatus | string; reopenUntil: Date | null },
  now: Date,
): boolean {
  return (
    request.status === 'CLOSED_UNCONFIRMED' &&
    request.reopenUntil !== null &&
    now.getTime() <= request.reopenUntil.getTime()
  );
}
