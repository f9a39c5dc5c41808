import { describe, expect, it } from 'vitest';
import {
  formatVerificationCode,
  generateVerificationCode,
  normalizeVerificationCode,
  verificationCodeAlphabet,
} from './verification-code.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('generateVerificationCode', () => {
  it('uses the Crockford base32 alphabet', () => {
    expect(verificationCodeAlphabet).toBe('0123456789ABCDEFGHJKMNPQRSTVWXYZ');
    expect(new Set(verificationCodeAlphabet).size).toBe(32);
  });

  it('encodes all-zero and all-one bits at the ends of the alphabet', () => {
    expect(generateVerificationCode(new Uint8Array(7))).toBe('0000000000');
    expect(generateVerificationCode(new Uint8Array(7).fill(255))).toBe('ZZZZZZZZZZ');
  });

  it('takes the first 50 bits, most significant first', () => {
    // 0x08 = 00001|000: the first character is 1, the rest 0.
    expect(generateVerificationCode(bytes(0x08, 0, 0, 0, 0, 0, 0))).toBe('1000000000');
    // Bit 50 (counting from 1) is the top bit of the last 6 bits of byte 7: 0x40 → last character 1.
    expect(generateVerificationCode(bytes(0, 0, 0, 0, 0, 0, 0x40))).toBe('0000000001');
    // The last 6 bits of byte 7 are dropped.
    expect(generateVerificationCode(bytes(0, 0, 0, 0, 0, 0, 0x3f))).toBe('0000000000');
  });

  it('encodes a known value', () => {
    // The top 50 bits of 0x0123456789ABCD in groups of five: 00000 00100 10001 10100 01010 11001 11100 01001
    // 10101 01111 = 0 4 H M A S W 9 N F (computed independently).
    expect(generateVerificationCode(bytes(0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd))).toBe('04HMASW9NF');
  });

  it('ignores bytes beyond the seventh', () => {
    const seven = bytes(1, 2, 3, 4, 5, 6, 7);
    expect(generateVerificationCode(bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))).toBe(
      generateVerificationCode(seven),
    );
  });

  it('refuses fewer than 7 bytes', () => {
    expect(() => generateVerificationCode(new Uint8Array(6))).toThrow(RangeError);
    expect(() => generateVerificationCode(new Uint8Array(0))).toThrow(RangeError);
  });

  it('gives 10 valid characters for random input, which normalise to themselves', () => {
    // A fixed pseudo-random sequence (xorshift32): repeatable, and the domain package has no Node types.
    let state = 0x9e3779b9;
    const next = () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return state & 0xff;
    };
    for (let i = 0; i < 500; i++) {
      const code = generateVerificationCode(Uint8Array.from({ length: 7 }, next));
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
      expect(normalizeVerificationCode(code)).toBe(code);
    }
  });
});

describe('normalizeVerificationCode', () => {
  it.each([
    ['04HMASW9NF', '04HMASW9NF'],
    ['04hmasw9nf', '04HMASW9NF'],
    ['  04HMA-SW9NF  ', '04HMASW9NF'],
    ['04HMA SW9NF', '04HMASW9NF'],
    ['04 HM-AS W9-NF', '04HMASW9NF'],
    ['O4HMASW9NF', '04HMASW9NF'],
    ['o4hmasw9nf', '04HMASW9NF'],
    ['IL1il00Oo0', '1111100000'],
    ['\t04HMASW9NF\n', '04HMASW9NF'],
  ])('reads %j as %s', (input, expected) => {
    expect(normalizeVerificationCode(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    '04HMASW9N',
    '04HMASW9NFX',
    '04HMASW9NU',
    '04HMASW9N!',
    '04HMASW9N_',
    '04HMASW9N.',
    '04HMASW9NЖ',
    '04HMA--SW9N',
  ])('refuses %j', (input) => {
    expect(normalizeVerificationCode(input)).toBeNull();
  });

  it('refuses values of the wrong type at runtime', () => {
    expect(normalizeVerificationCode(null as unknown as string)).toBeNull();
    expect(normalizeVerificationCode(1234567890 as unknown as string)).toBeNull();
  });
});

describe('formatVerificationCode', () => {
  it('splits the code in two groups of five', () => {
    expect(formatVerificationCode('04HMASW9NF')).toBe('04HMA-SW9NF');
  });

  it('formats what people type', () => {
    expect(formatVerificationCode(' o4hma sw9nf ')).toBe('04HMA-SW9NF');
    expect(formatVerificationCode('04HMA-SW9NF')).toBe('04HMA-SW9NF');
  });

  it('refuses something that is not a code', () => {
    expect(() => formatVerificationCode('04HMA')).toThrow(RangeError);
    expect(() => formatVerificationCode('04HMASW9NU')).toThrow(RangeError);
  });
});
