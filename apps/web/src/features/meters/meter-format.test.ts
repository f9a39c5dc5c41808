import { describe, expect, it } from 'vitest';
import { monthlyConsumption } from './consumption.ts';
import { toLatinDigits } from '../../lib/format.ts';
import { formatDayMonth, formatPeriod, nextWindowOpensOn } from './meter-format.ts';

describe('meter formatting', () => {
  it('finds the next window: this month’s while ahead, next month’s after it (clamped to short months)', () => {
    expect(nextWindowOpensOn({ opensOn: '2026-11-15', today: '2026-11-03' })).toBe('2026-11-15');
    expect(nextWindowOpensOn({ opensOn: '2026-11-15', today: '2026-11-26' })).toBe('2026-12-15');
    expect(nextWindowOpensOn({ opensOn: '2026-12-15', today: '2026-12-31' })).toBe('2027-01-15');
    expect(nextWindowOpensOn({ opensOn: '2027-01-31', today: '2027-01-31' })).toBe('2027-02-28');
  });

  it('reads Persian and Arabic-Indic digits and decimal separators', () => {
    expect(toLatinDigits('۱۲۳۴٫۵۶')).toBe('1234.56');
    expect(toLatinDigits('٤٥٦')).toBe('456');
    expect(toLatinDigits('12,5')).toBe('12,5');
  });

  it('names periods and days in each language (fa: Persian digits and calendar for days)', () => {
    expect(formatPeriod('2026-11-01', 'ru')).toMatch(/^ноябрь 2026/);
    expect(formatPeriod('2026-11-01', 'fa')).toContain('۲۰۲۶');
    expect(formatDayMonth('2026-11-15', 'fa')).toBe('۲۴ آبان');
  });

  it('computes consumption between successive readings, oldest first, in exact decimals', () => {
    expect(
      monthlyConsumption([
        { period: '2026-10-01', value: 0.3 },
        { period: '2026-09-01', value: 0.1 },
        { period: '2026-08-01', value: 0 },
      ]),
    ).toEqual([
      { period: '2026-08-01', consumption: null },
      { period: '2026-09-01', consumption: 0.1 },
      { period: '2026-10-01', consumption: 0.2 },
    ]);
  });
});
