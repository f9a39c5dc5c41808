import { describe, expect, it } from 'vitest';
import { minimumLimit, nextLimit } from './concurrency-limit.ts';

const settings = { maxInFlight: 256, targetDelayMs: 40, maxUtilization: 0.8 };

describe('nextLimit', () => {
  it('drops below the crowd that lagged the loop', () => {
    expect(nextLimit(256, { delayMs: 120, utilization: 0.5, peakInFlight: 60 }, settings)).toBe(48);
    expect(nextLimit(48, { delayMs: 90, utilization: 0.5, peakInFlight: 48 }, settings)).toBe(38);
  });

  it('never goes below the minimum, nor above the ceiling', () => {
    expect(nextLimit(9, { delayMs: 500, utilization: 0.5, peakInFlight: 9 }, settings)).toBe(minimumLimit);
    expect(nextLimit(250, { delayMs: 1, utilization: 0.5, peakInFlight: 250 }, settings)).toBe(256);
    expect(
      nextLimit(3, { delayMs: 1, utilization: 0.5, peakInFlight: 3 }, { ...settings, maxInFlight: 3 }),
    ).toBe(3);
  });

  it('ignores a lagging loop without a crowd (one heavy request)', () => {
    expect(nextLimit(256, { delayMs: 300, utilization: 0.5, peakInFlight: 2 }, settings)).toBe(256);
    expect(nextLimit(20, { delayMs: 300, utilization: 0.5, peakInFlight: minimumLimit - 1 }, settings)).toBe(
      20,
    );
  });

  it('grows by a tenth while the limit holds requests back and the loop keeps up', () => {
    expect(nextLimit(40, { delayMs: 10, utilization: 0.5, peakInFlight: 40 }, settings)).toBe(44);
    expect(nextLimit(8, { delayMs: 10, utilization: 0.5, peakInFlight: 8 }, settings)).toBe(9);
  });

  it('stays put while the loop keeps up and the limit is not reached', () => {
    expect(nextLimit(40, { delayMs: 10, utilization: 0.5, peakInFlight: 12 }, settings)).toBe(40);
  });

  it('recovers from the minimum to the ceiling within ten seconds of quarter-second windows', () => {
    let limit = minimumLimit;
    let windows = 0;
    while (limit < settings.maxInFlight) {
      limit = nextLimit(limit, { delayMs: 0, utilization: 0.5, peakInFlight: limit }, settings);
      windows += 1;
    }
    expect(windows / 4).toBeLessThan(10);
  });
});
