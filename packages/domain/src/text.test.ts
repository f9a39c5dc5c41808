import { describe, expect, it } from 'vitest';
import { codePointLength, trimToNull } from './text.ts';

describe('codePointLength', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(codePointLength('abc')).toBe(3);
    expect(codePointLength('')).toBe(0);
    expect(codePointLength('😀😀')).toBe(2);
    expect('😀😀'.length).toBe(4);
  });

  it('counts Cyrillic, Persian and Azerbaijani letters as one each', () => {
    expect(codePointLength('Кран')).toBe(4);
    expect(codePointLength('شیر')).toBe(3);
    expect(codePointLength('Şəki')).toBe(4);
  });
});

describe('trimToNull', () => {
  it('trims surrounding whitespace', () => {
    expect(trimToNull('  after 18:00 \n')).toBe('after 18:00');
  });

  it('turns blank, null and undefined into null', () => {
    expect(trimToNull('   ')).toBeNull();
    expect(trimToNull('')).toBeNull();
    expect(trimToNull(null)).toBeNull();
    expect(trimToNull(undefined)).toBeNull();
  });
});
