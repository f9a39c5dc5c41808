import { describe, expect, it } from 'vitest';
import { crowd, minimumLimit, nextLimit } from './concurrency-limit.ts';

const settings = { maxInFlight: 256, targetDelayMs: 40, maxUtilization: 0.8 };

describe('nextLimit', () => {
  it('drops below the crowd that lagged the loop', () => {
    expect(nextLimit(256, { delayMs: 120, utilization: 0.5, peakInFlight: 60, shed: 0 }, settings)).toBe(48);
    expect(nextLimit(48, { delayMs: 90, utilization: 0.5, peakInFlight: 48, shed: 0 }, settings)).toBe(38);
  });

  it('never goes below the minimum, nor above the ceiling', () => {
    // A crowd held back: few in flight, many shed.
    expect(nextLimit(4, { delayMs: 500, utilization: 0.5, peakInFlight: 4, shed: 30 }, settings)).toBe(3);
    expect(nextLimit(3, { delayMs: 500, utilization: 0.5, peakInFlight: 3, shed: 30 }, settings)).toBe(
      minimumLimit,
    );
    expect(
      nextLimit(minimumLimit, { delayMs: 500, utilization: 1, peakInFlight: 2, shed: 30 }, settings),
    ).toBe(minimumLimit);
    expect(nextLimit(250, { delayMs: 1, utilization: 0.5, peakInFlight: 250, shed: 0 }, settings)).toBe(256);
    expect(
      nextLimit(
        3,
        { delayMs: 1, utilization: 0.5, peakInFlight: 3, shed: 0 },
        { ...settings, maxInFlight: 3 },
      ),
    ).toBe(3);
  });

  it('ignores a lagging loop without a crowd (one heavy request, one browser page)', () => {
    expect(nextLimit(256, { delayMs: 300, utilization: 0.5, peakInFlight: 2, shed: 0 }, settings)).toBe(256);
    expect(nextLimit(256, { delayMs: 300, utilization: 1, peakInFlight: 6, shed: 0 }, settings)).toBe(256);
    expect(nextLimit(20, { delayMs: 300, utilization: 1, peakInFlight: crowd - 1, shed: 0 }, settings)).toBe(
      20,
    );
  });

  it('grows by a tenth (at least 1) a window while it holds requests back and the loop keeps up', () => {
    expect(nextLimit(40, { delayMs: 10, utilization: 0.7, peakInFlight: 40, shed: 0 }, settings)).toBe(44);
    expect(nextLimit(2, { delayMs: 10, utilization: 0.7, peakInFlight: 2, shed: 0 }, settings)).toBe(3);
    expect(nextLimit(10, { delayMs: 10, utilization: 0.7, peakInFlight: 4, shed: 3 }, settings)).toBe(11);
  });

  it('grows while the loop idles, but not while a busy loop merely keeps up below the limit', () => {
    expect(nextLimit(40, { delayMs: 1, utilization: 0.1, peakInFlight: 0, shed: 0 }, settings)).toBe(44);
    expect(nextLimit(40, { delayMs: 10, utilization: 0.7, peakInFlight: 12, shed: 0 }, settings)).toBe(40);
  });

  it('counts a busy loop as overload like a lagging one', () => {
    expect(nextLimit(100, { delayMs: 5, utilization: 0.95, peakInFlight: 40, shed: 0 }, settings)).toBe(32);
    expect(nextLimit(100, { delayMs: 5, utilization: 0.95, peakInFlight: 99, shed: 0 }, settings)).toBe(79);
  });

  it('holds while overloaded without a crowd', () => {
    expect(nextLimit(40, { delayMs: 100, utilization: 1, peakInFlight: 1, shed: 0 }, settings)).toBe(40);
  });

  it('recovers from the minimum to the ceiling within ten seconds of quarter-second windows', () => {
    let limit = minimumLimit;
    let windows = 0;
    while (limit < settings.maxInFlight) {
      limit = nextLimit(limit, { delayMs: 0, utilization: 0.1, peakInFlight: 0, shed: 0 }, settings);
      windows += 1;
    }
    expect(windows / 4).toBeLessThan(10);
  });
});
