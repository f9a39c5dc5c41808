import { describe, expect, it } from 'vitest';
import { formatRequestNumber, parseRequestNumber } from './request-number.ts';

describe('formatRequestNumber', () => {
  it('pads the sequence to six digits', () => {
    expect(formatRequestNumber('KZN', 2026, 123)).toBe('KZN-2026-000123');
    expect(formatRequestNumber('KZN', 2026, 1)).toBe('KZN-2026-000001');
    expect(formatRequestNumber('BAKU', 2027, 999_999)).toBe('BAKU-2027-999999');
  });

  it('grows beyond six digits when needed', () => {
    expect(formatRequestNumber('KZN', 2026, 1_000_000)).toBe('KZN-2026-1000000');
    expect(formatRequestNumber('KZN', 2026, 123_456_789)).toBe('KZN-2026-123456789');
  });

  it.each([['kzn'], ['K'], ['KZN1'], ['ABCDEFGHI'], [''], ['KZ N'], ['ЗНК']])(
    'refuses the city code %j',
    (cityCode) => {
      expect(() => formatRequestNumber(cityCode, 2026, 1)).toThrow(RangeError);
    },
  );

  it.each([[999], [10_000], [2026.5], [Number.NaN]])('refuses the year %s', (year) => {
    expect(() => formatRequestNumber('KZN', year, 1)).toThrow(RangeError);
  });

  it.each([[0], [-1], [1.5], [Number.MAX_SAFE_INTEGER + 1], [Number.POSITIVE_INFINITY]])(
    'refuses the sequence %s',
    (seq) => {
      expect(() => formatRequestNumber('KZN', 2026, seq)).toThrow(RangeError);
    },
  );
});

describe('parseRequestNumber', () => {
  it('takes a number apart', () => {
    expect(parseRequestNumber('KZN-2026-000123')).toEqual({ cityCode: 'KZN', year: 2026, seq: 123 });
    expect(parseRequestNumber('KZN-2026-1000000')).toEqual({ cityCode: 'KZN', year: 2026, seq: 1_000_000 });
  });

  it('forgives surrounding spaces and lower case', () => {
    expect(parseRequestNumber('  kzn-2026-000123 ')).toEqual({ cityCode: 'KZN', year: 2026, seq: 123 });
  });

  it.each([
    [''],
    ['KZN-2026-123'],
    ['KZN-2026-0001234'],
    ['KZN-2026-000000'],
    ['KZN-26-000123'],
    ['KZN-0999-000123'],
    ['KZN 2026 000123'],
    ['KZN-2026-000123-1'],
    ['K-2026-000123'],
    ['KZN-2026-00012a'],
    ['KZN-2026-99999999999999999999'],
  ])('rejects %j', (value) => {
    expect(parseRequestNumber(value)).toBeNull();
  });

  it('round-trips with formatRequestNumber', () => {
    for (const [city, year, seq] of [
      ['KZN', 2026, 1],
      ['AB', 1000, 999_999],
      ['ABCDEFGH', 9999, 1_000_000],
      ['URM', 2027, Number.MAX_SAFE_INTEGER],
    ] as const) {
      const formatted = formatRequestNumber(city, year, seq);
      expect(parseRequestNumber(formatted)).toEqual({ cityCode: city, year, seq });
    }
  });
});
