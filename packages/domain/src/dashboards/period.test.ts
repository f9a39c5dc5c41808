import { describe, expect, it } from 'vitest';
import {
  bucketStart,
  lastDays,
  maxDashboardPeriodDays,
  periodDays,
  splitAtMonths,
  trendBucketOf,
  trendBuckets,
  validateDashboardPeriod,
} from './period.ts';
import { addDays } from '../sla/local-date.ts';

describe('dashboard periods', () => {
  it('counts both ends', () => {
    expect(periodDays({ from: '2026-11-25', to: '2026-11-25' })).toBe(1);
    expect(periodDays({ from: '2026-02-01', to: '2026-03-01' })).toBe(29);
    expect(periodDays({ from: '2024-02-28', to: '2024-03-01' })).toBe(3);
  });

  it('opens with the last 90 days, today included', () => {
    const period = lastDays('2026-11-25');
    expect(period).toEqual({ from: '2026-08-28', to: '2026-11-25' });
    expect(periodDays(period)).toBe(90);
    expect(lastDays('2026-03-01', 1)).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });

  it('accepts real dates in order up to three years', () => {
    expect(validateDashboardPeriod({ from: '2026-01-01', to: '2026-01-01' })).toEqual({
      ok: true,
      value: { from: '2026-01-01', to: '2026-01-01' },
    });
    const longest = { from: '2024-01-01', to: addDays('2024-01-01', maxDashboardPeriodDays - 1) };
    expect(validateDashboardPeriod(longest).ok).toBe(true);
  });

  it('refuses what is not a period, naming the field', () => {
    expect(validateDashboardPeriod({ from: '2026-02-30', to: 'tomorrow' })).toEqual({
      ok: false,
      issues: [
        { field: 'from', code: 'invalid_date' },
        { field: 'to', code: 'invalid_date' },
      ],
    });
    expect(validateDashboardPeriod({ from: '2026-03-02', to: '2026-03-01' })).toEqual({
      ok: false,
      issues: [{ field: 'to', code: 'too_small' }],
    });
    expect(validateDashboardPeriod({ from: '2020-01-01', to: '2026-01-01' })).toEqual({
      ok: false,
      issues: [{ field: 'from', code: 'too_large' }],
    });
    expect(validateDashboardPeriod({ from: 20260101, to: null }).ok).toBe(false);
  });

  it('draws short periods by day and longer ones by month', () => {
    expect(trendBucketOf({ from: '2026-01-01', to: addDays('2026-01-01', 91) })).toBe('DAY');
    expect(trendBucketOf({ from: '2026-01-01', to: addDays('2026-01-01', 92) })).toBe('MONTH');
    expect(bucketStart('2026-11-25', 'DAY')).toBe('2026-11-25');
    expect(bucketStart('2026-11-25', 'MONTH')).toBe('2026-11-01');
  });

  it('lists every bucket once, in order', () => {
    expect(trendBuckets({ from: '2026-02-27', to: '2026-03-02' }, 'DAY')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(trendBuckets({ from: '2025-11-15', to: '2026-02-03' }, 'MONTH')).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
  });

  describe('cut at month boundaries', () => {
    it('keeps whole months whole and the days around them as edges', () => {
      expect(splitAtMonths({ from: '2025-11-10', to: '2026-11-09' })).toEqual({
        months: { from: '2025-12-01', to: '2026-10-01' },
        edges: [
          { from: '2025-11-10', to: '2025-11-30' },
          { from: '2026-11-01', to: '2026-11-09' },
        ],
      });
      expect(splitAtMonths({ from: '2026-01-01', to: '2026-03-31' })).toEqual({
        months: { from: '2026-01-01', to: '2026-03-01' },
        edges: [],
      });
      expect(splitAtMonths({ from: '2024-02-01', to: '2024-02-29' })).toEqual({
        months: { from: '2024-02-01', to: '2024-02-01' },
        edges: [],
      });
      expect(splitAtMonths({ from: '2025-12-15', to: '2026-01-31' })).toEqual({
        months: { from: '2026-01-01', to: '2026-01-01' },
        edges: [{ from: '2025-12-15', to: '2025-12-31' }],
      });
    });

    it('is all edge when no whole month fits', () => {
      expect(splitAtMonths({ from: '2026-02-02', to: '2026-03-30' })).toEqual({
        months: null,
        edges: [{ from: '2026-02-02', to: '2026-03-30' }],
      });
      expect(splitAtMonths({ from: '2026-11-25', to: '2026-11-25' })).toEqual({
        months: null,
        edges: [{ from: '2026-11-25', to: '2026-11-25' }],
      });
    });

    it('covers every day of any period exactly once', () => {
      for (let start = 0; start < 400; start += 7) {
        for (const length of [1, 28, 29, 31, 45, 62, 90, 180, 365, 366, 1096]) {
          const from = addDays('2023-12-20', start);
          const period = { from, to: addDays(from, length - 1) };
          const { months, edges } = splitAtMonths(period);
          const days: string[] = edges.flatMap((e) =>
            Array.from({ length: periodDays(e) }, (_, i) => addDays(e.from, i)),
          );
          if (months) {
            for (const month of trendBuckets(months, 'MONTH')) {
              const next = trendBuckets({ from: month, to: addDays(month, 31) }, 'MONTH')[1]!;
              for (let d = month; d < next; d = addDays(d, 1)) days.push(d);
            }
          }
          days.sort();
          expect(days).toEqual(Array.from({ length }, (_, i) => addDays(from, i)));
        }
      }
    });
  });
});
