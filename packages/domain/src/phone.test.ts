import { describe, expect, it } from 'vitest';
import { normalizePhone } from './phone.ts';

describe('normalizePhone', () => {
  it.each([
    ['+79161234567', '+79161234567'],
    ['+7 (916) 123-45-67', '+79161234567'],
    ['  +994 50 123 45 67 ', '+994501234567'],
    ['+98 912 345 6789', '+989123456789'],
    ['+380-44-123-45-67', '+380441234567'],
    ['+1234567890', '+1234567890'],
    ['+123456789012345', '+123456789012345'],
  ])('keeps the international number %j as %j', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    ['8 (916) 123-45-67', '+79161234567'],
    ['87011234567', '+77011234567'],
    ['8-727-123-45-67', '+77271234567'],
  ])('turns the Russian/Kazakh trunk form %j into %j', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it('reads Persian and Arabic-Indic digits', () => {
    expect(normalizePhone('+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹')).toBe('+989123456789');
    expect(normalizePhone('+٩٨٩١٢٣٤٥٦٧٨٩')).toBe('+989123456789');
  });

  it.each([
    [''],
    ['   '],
    ['+123456789'], // 9 digits
    ['+1234567890123456'], // 16 digits
    ['+0123456789'], // no country code starts with 0
    ['9161234567'], // no country code
    ['79161234567'], // no plus, not the 8… trunk form
    ['0501234567'], // Azerbaijani local form
    ['8916123456'], // 8 + nine digits
    ['891612345678'], // 8 + eleven digits
    ['+7 916 123 45 67 ext 2'],
    ['+7.916.123.45.67'],
    ['7+9161234567'],
    ['++79161234567'],
    ['+7 916 123-45-67 / 8 916 123-45-68'],
  ])('refuses %j', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});
