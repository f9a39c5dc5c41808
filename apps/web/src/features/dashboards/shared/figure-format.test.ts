import { describe, expect, it } from 'vitest';
import { formatDuration, formatRating, formatShare, noData } from './figure-format.ts';

describe('dashboard figure formats', () => {
  it('shows no data as a dash, not as zero', () => {
    expect(formatShare(null, 'ru')).toBe(noData);
    expect(formatRating(undefined, 'ru')).toBe(noData);
    expect(formatDuration(null, 'ru')).toBe(noData);
    expect(formatShare(0, 'en')).toBe('0%');
  });

  it('reads shares and ratings in the viewer’s digits', () => {
    expect(formatShare(0.755, 'en')).toBe('75.5%');
    expect(formatRating(4, 'en')).toBe('4.0');
    expect(formatShare(0.5, 'fa')).toMatch(/[۰-۹]/);
  });

  it('picks a readable unit for a duration', () => {
    expect(formatDuration(45 * 60, 'en')).toMatch(/^45 min/);
    expect(formatDuration(5 * 3600, 'en')).toMatch(/^5 hr/);
    expect(formatDuration(3 * 86_400 + 43_200, 'en')).toMatch(/^3\.5 days?$/);
    expect(formatDuration(3 * 86_400, 'ru')).toMatch(/^3 дн/);
  });
});
