// When a message that failed to leave is tried again: exponential backoff with jitter, the wait
// doubling from a minute up to a day; after a failed try at the day-long wait the message is FAILED
// and waits for the administrator. Pure, so the schedule is tested without waiting.

export const retrySchedule = {
  firstDelayMs: 60_000,
  maxDelayMs: 86_400_000,
  /** Each wait is shortened by up to this share at random, so messages that failed together spread out. */
  jitter: 0.2,
} as const;

function nominalDelay(attempt: number): number {
  return retrySchedule.firstDelayMs * 2 ** (attempt - 1);
}

/**
 * How long to wait after failed try number `attempt` (1-based) before the next, or null when that was the
 * last try (the wait before it had already reached a day). `random` is Math.random or a test's own.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number | null {
  if (attempt > 1 && nominalDelay(attempt - 1) >= retrySchedule.maxDelayMs) return null;
  const delay = Math.min(nominalDelay(attempt), retrySchedule.maxDelayMs);
  return Math.round(delay * (1 - retrySchedule.jitter * random()));
}

/** Tries a message gets before it is FAILED (13: waits of 1, 2, 4 … 1,024 minutes, then one day). */
export const maxDeliveryAttempts = (() => {
  let attempt = 1;
  while (retryDelayMs(attempt, () => 0) !== null) attempt += 1;
  return attempt;
})();
