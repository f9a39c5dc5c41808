// How often a resident may have a one-time signing code sent for one application: an SMS costs the
// city money and a stream of codes is a way to pester someone's phone, so a new code waits a minute
// after the last one, and at most five are sent in any 24 hours.

/** The limits on sending signing codes for one application. */
export const signingCodeLimits = {
  /** A new code no sooner than this after the previous one. */
  resendAfterMs: 60_000,
  /** At most this many codes … */
  perWindow: 5,
  /** … in any window this long (a rolling day). */
  windowMs: 24 * 60 * 60_000,
} as const;

export type SigningCodeAllowance =
  | { ok: true }
  /** `resend`: the last code is too recent; `daily`: the day's codes are used up. Try again at `retryAt`. */
  | { ok: false; reason: 'resend' | 'daily'; retryAt: Date };

/**
 * Whether a new code may be sent at `now`, given when the application's earlier codes were sent (any
 * order, any age). When not, says why and the first moment a code may be sent again.
 */
export function signingCodeAllowance(sentAt: readonly Date[], now: Date): SigningCodeAllowance {
  const { resendAfterMs, perWindow, windowMs } = signingCodeLimits;
  const recent = sentAt
    .map((d) => d.getTime())
    .filter((t) => t > now.getTime() - windowMs && t <= now.getTime())
    .sort((a, b) => b - a);
  const last = recent[0];
  if (last !== undefined && now.getTime() - last < resendAfterMs)
    return { ok: false, reason: 'resend', retryAt: new Date(last + resendAfterMs) };
  if (recent.length >= perWindow) {
    // The window frees a place when the oldest of the last `perWindow` codes leaves it.
    const oldestCounted = recent[perWindow - 1]!;
    return { ok: false, reason: 'daily', retryAt: new Date(oldestCounted + windowMs) };
  }
  return { ok: true };
}
