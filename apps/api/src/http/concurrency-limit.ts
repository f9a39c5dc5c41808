// How many requests the server serves at once, adapted to what its event loop can take. Each window of
// a quarter second: if the loop lagged beyond the target, or was busy for more than its share of the
// window (no headroom left for /healthz, sockets and timers), while a crowd asked, the limit
// drops below the crowd it had (multiplicative decrease); while the loop keeps up and the limit is what
// holds requests back, or the loop idles, it grows by a tenth (back at the ceiling within seconds of the
// crowd leaving). One browser's page or one heavy request (a PDF's first render) lagging the loop is no
// crowd: nothing changes.

export interface ConcurrencyLimitSettings {
  /** The ceiling, and where the limit starts (MAX_IN_FLIGHT). */
  maxInFlight: number;
  /** The event-loop delay the limit keeps under (MAX_EVENT_LOOP_DELAY_MS). */
  targetDelayMs: number;
  /** The share of time the event loop may be busy (MAX_EVENT_LOOP_UTILIZATION): the rest is headroom. */
  maxUtilization: number;
}

export interface LimitWindow {
  /** The largest event-loop delay seen in the window. */
  delayMs: number;
  /** The share of the window the event loop was busy, 0 to 1. */
  utilization: number;
  /** The most requests in flight at once during the window. */
  peakInFlight: number;
  /** Requests shed during the window. */
  shed: number;
}

/**
 * Less demand than this (the most in flight at once plus those shed, in one window) is never a crowd: one
 * browser opens at most six connections to a server, a household or a test two or three browsers, and
 * their lag is the machine's, not overload.
 */
export const crowd = 16;
/**
 * The limit never goes below this. Two suffice to keep the loop busy while each waits for the database;
 * more only queue inside the process (longer answers, a bigger heap, a slower /healthz) for the same work.
 */
export const minimumLimit = 2;
const decrease = 0.8;
const growth = 0.1;

/** The limit for the next window. */
export function nextLimit(limit: number, window: LimitWindow, settings: ConcurrencyLimitSettings): number {
  const floor = Math.min(minimumLimit, settings.maxInFlight);
  const overloaded = window.delayMs > settings.targetDelayMs || window.utilization > settings.maxUtilization;
  const demand = window.peakInFlight + window.shed;
  if (overloaded && demand >= Math.min(crowd, settings.maxInFlight))
    return Math.max(floor, Math.floor(Math.min(limit, window.peakInFlight) * decrease));
  // It grows while it is what holds requests back, or while the loop idles (back to the ceiling once the
  // crowd has gone) — not while a busy loop merely keeps up, which would admit the next burst whole.
  const binding = window.shed > 0 || window.peakInFlight >= limit * 0.9;
  const idle = window.utilization < settings.maxUtilization / 2;
  if (!overloaded && (binding || idle))
    return Math.min(settings.maxInFlight, limit + Math.max(1, Math.ceil(limit * growth)));
  return limit;
}
