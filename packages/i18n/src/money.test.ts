import { describe, expect, it } from 'vitest';
import { formatMoney } from './money.ts';

// Intl puts no-break spaces between groups and before the sign: compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('reads the amount in minor units and prints the locale’s separators and sign', () => {
    expect(plain(formatMoney(1234550, 'RUB', 'ru'))).toBe('12 345,50 ₽');
    expect(plain(formatMoney(1234550, 'KZT', 'kk'))).toBe('12 345,50 ₸');
    expect(plain(formatMoney(1234550, 'AZN', 'az'))).toBe('12.345,50 ₼');
    expect(plain(formatMoney(1234550, 'RUB', 'en'))).toBe('RUB 12,345.50');
  });

  it('prints Persian digits and takes a currency without minor units whole', () => {
    const rial = formatMoney(1234550, 'IRR', 'fa');
    expect(rial).toContain('ریال');
    expect(rial).toContain('۱٬۲۳۴٬۵۵۰');
    expect(formatMoney(1234550, 'RUB', 'fa')).toContain('۱۲٬۳۴۵٫۵۰');
  });
});
