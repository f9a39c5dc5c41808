// How many requests the server serves at once, adapted to what its event loop can take: each window
// of a quarter second, if the loop lagged beyond the target or was busy for more than its share of the
// window (no headroom left for /healthz, sockets and timers) while a crowd was in flight, the limit
// drops below the crowd it had (multiplicative decrease); while the limit is what holds requests back
// and the loop keeps up, it grows by a tenth (so it is back at the ceiling within seconds). One heavy
// request (a PDF's first render) lags the loop with no crowd and changes nothing.

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
}

/** Fewer requests than this in flight are never a crowd, and the limit never goes below it. */
export const minimumLimit = 8;
const decrease = 0.8;
const growth = 0.1;

/** The limit for the next window. */
export function nextLimit(limit: number, window: LimitWindow, settings: ConcurrencyLimitSettings): number {
  const floor = Math.min(minimumLimit, settings.maxInFlight);
  const overloaded = window.delayMs > settings.targetDelayMs || window.utilization > settings.maxUtilization;
  if (overloaded && window.peakInFlight >= floor)
    return Math.max(floor, Math.floor(Math.min(limit, window.peakInFlight) * decrease));
  if (!overloaded && window.peakInFlight >= limit * (1 - growth))
    return Math.min(settings.maxInFlight, limit + Math.max(1, Math.ceil(limit * growth)));
  return limit;
}
