import { describe, expect, it } from 'vitest';
import { maxDeliveryAttempts, retryDelayMs, retrySchedule } from './retry-schedule.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

describe('retryDelayMs', () => {
  it('doubles the wait from a minute, caps it at a day, then gives up', () => {
    const waits = Array.from({ length: 14 }, (_, i) => retryDelayMs(i + 1, () => 0));
    expect(waits).toEqual([
      ...[1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024].map((m) => m * MINUTE),
      DAY,
      null,
      null,
    ]);
    expect(maxDeliveryAttempts).toBe(13);
  });

  it('shortens each wait by at most the jitter share, never lengthening it past a day', () => {
    for (let attempt = 1; attempt < maxDeliveryAttempts; attempt++) {
      const longest = retryDelayMs(attempt, () => 0)!;
      const shortest = retryDelayMs(attempt, () => 0.999_999)!;
      expect(shortest).toBeGreaterThanOrEqual(Math.floor(longest * (1 - retrySchedule.jitter)));
      expect(shortest).toBeLessThan(longest);
      expect(longest).toBeLessThanOrEqual(DAY);
    }
  });

  it('spreads messages that failed together', () => {
    const waits = new Set(Array.from({ length: 50 }, () => retryDelayMs(5)));
    expect(waits.size).toBeGreaterThan(40);
  });
});
