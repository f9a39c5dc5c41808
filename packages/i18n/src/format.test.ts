import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatRelative, formatYear } from './format.ts';

const date = new Date('2026-11-25T10:30:00Z');
const persianDigits = /[۰-۹]/;
const latinOnly = /^[^۰-۹٠-٩]*$/;

describe('formatDate', () => {
  it('renders fa in the Solar Hijri calendar with Persian digits', () => {
    const text = formatDate(date, 'fa', { timeZone: 'Asia/Tehran' });
    expect(text).toContain('۱۴۰۵');
    expect(text).toContain('آذر');
    expect(text).not.toMatch(/2026|\d/);
  });

  it.each(['ru', 'kk', 'az', 'en'] as const)(
    'renders %s in the Gregorian calendar with Latin digits',
    (locale) => {
      const text = formatDate(date, locale, { timeZone: 'Europe/Moscow' });
      expect(text).toContain('2026');
      expect(text).toContain('25');
      expect(text).toMatch(latinOnly);
    },
  );

  it('names the month in the language', () => {
    expect(formatDate(date, 'ru', { timeZone: 'UTC' })).toMatch(/нояб/);
    expect(formatDate(date, 'kk', { timeZone: 'UTC' })).toMatch(/қар/i);
    expect(formatDate(date, 'az', { timeZone: 'UTC' })).toMatch(/noy/i);
  });

  it('honours the time zone', () => {
    const lateEvening = new Date('2026-11-25T22:30:00Z');
    expect(formatDate(lateEvening, 'en', { timeZone: 'UTC' })).toContain('25');
    expect(formatDate(lateEvening, 'en', { timeZone: 'Asia/Almaty' })).toContain('26');
  });
});

describe('formatDateTime', () => {
  it('includes the local time of the given zone', () => {
    expect(formatDateTime(date, 'ru', { timeZone: 'Europe/Moscow' })).toContain('13:30');
    expect(formatDateTime(date, 'fa', { timeZone: 'Asia/Tehran' })).toContain('۱۴:۰۰');
  });

  it('leaves out the year when compact', () => {
    const text = formatDateTime(date, 'ru', { timeZone: 'Europe/Moscow', compact: true });
    expect(text).toContain('13:30');
    expect(text).not.toContain('2026');
    expect(formatDateTime(date, 'fa', { timeZone: 'Asia/Tehran', compact: true })).not.toContain('۱۴۰۵');
  });
});

describe('formatNumber', () => {
  it('uses Persian digits for fa and Latin digits elsewhere', () => {
    expect(formatNumber(1234, 'fa')).toMatch(persianDigits);
    expect(formatNumber(1234, 'fa')).toContain('۱');
    expect(formatNumber(1234, 'ru').replace(/\s/g, '')).toBe('1234');
    expect(formatNumber(1234, 'en')).toBe('1,234');
  });
});

describe('formatRelative', () => {
  const now = new Date('2026-11-25T10:00:00Z');
  it('says how long until a deadline', () => {
    expect(formatRelative('2026-11-25T13:00:00Z', 'en', { now })).toMatch(/^in 3 hrs?$/);
    expect(formatRelative('2026-11-25T13:00:00Z', 'ru', { now })).toMatch(/^через 3 ч/);
  });

  it('says how long a deadline is overdue', () => {
    expect(formatRelative('2026-11-23T10:00:00Z', 'en', { now })).toBe('overdue by 2 days');
    expect(formatRelative('2026-11-23T10:00:00Z', 'ru', { now })).toMatch(/^просрочено на 2 дн/);
  });

  it('uses minutes under an hour and Persian digits for fa', () => {
    expect(formatRelative('2026-11-25T10:20:00Z', 'en', { now })).toMatch(/^in 20 mins?$/);
    const fa = formatRelative('2026-11-25T13:00:00Z', 'fa', { now });
    expect(fa).toContain('۳');
    expect(fa).not.toMatch(/\d/);
  });

  it('says a deadline within a minute is due now', () => {
    expect(formatRelative(now, 'en', { now })).toBe('due now');
  });
});

describe('formatYear', () => {
  it('writes a year without grouping, in each language’s digits', () => {
    expect(formatYear(2028, 'en')).toBe('2028');
    expect(formatYear(2028, 'ru')).toBe('2028');
    expect(formatYear(2028, 'az')).toBe('2028');
    expect(formatYear(2028, 'kk')).toBe('2028');
    expect(formatYear(2028, 'fa')).toBe('۲۰۲۸');
  });
});
