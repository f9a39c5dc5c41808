import { describe, expect, it } from 'vitest';
import {
  bucketStart,
  lastDays,
  maxDashboardPeriodDays,
  periodDays,
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
});
