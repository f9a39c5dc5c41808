import { describe, expect, it } from 'vitest';
import { parsePeriod, todayIn, transparencyVariables } from './period.ts';

describe('transparency period', () => {
  it('reads a preset from the address, the last 90 days otherwise', () => {
    expect(parsePeriod('30d')).toBe('30d');
    expect(parsePeriod('12m')).toBe('12m');
    expect(parsePeriod('7d')).toBe('90d');
    expect(parsePeriod(null)).toBe('90d');
  });

  it('sends no period for the API’s default of 90 days, and inclusive local dates otherwise', () => {
    expect(transparencyVariables('90d', null, '2026-11-25')).toEqual({});
    expect(transparencyVariables('90d', 'd1', '2026-11-25')).toEqual({ districtId: 'd1' });
    expect(transparencyVariables('30d', null, '2026-11-25')).toEqual({
      from: '2026-10-27',
      to: '2026-11-25',
    });
    expect(transparencyVariables('12m', 'd1', '2026-11-25')).toEqual({
      from: '2025-11-26',
      to: '2026-11-25',
      districtId: 'd1',
    });
  });

  it('takes today in the city’s time zone', () => {
    const lateEvening = new Date('2026-11-24T22:30:00Z');
    expect(todayIn('Europe/Moscow', lateEvening)).toBe('2026-11-25');
    expect(todayIn('UTC', lateEvening)).toBe('2026-11-24');
  });
});
