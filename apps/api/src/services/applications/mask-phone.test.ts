// The phone a signing code went to, as the signature record and the resident see it: the country code
// and the last two digits, the rest as stars grouped the way the country writes its numbers.
import { describe, expect, it } from 'vitest';
import { maskPhone } from './mask-phone.ts';

describe('maskPhone', () => {
  it.each([
    ['Azerbaijan, mobile', '+994 50 123 45 67', '+994 ** *** ** 67'],
    ['Azerbaijan, Baku landline', '+994124934567', '+994 ** *** ** 67'],
    ['Russia, mobile', '+79172345601', '+7 *** *** ** 01'],
    ['Russia, Kazan landline', '+7 (843) 211-44-08', '+7 *** *** ** 08'],
    ['Kazakhstan, mobile', '+77012345678', '+7 *** *** **78'],
    ['Kazakhstan, Astana landline', '+77172123456', '+7 **** ** ** 56'],
    ['Iran, mobile', '+98 912 345 6789', '+98 *** *** **89'],
    ['Ukraine, mobile', '+380501234567', '+380 ** *** **67'],
  ])('%s: %s → %s', (_, phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('keeps the whole country code, however long (not "+99" for "+994")', () => {
    expect(maskPhone('+994501234567').startsWith('+994 ')).toBe(true);
    expect(maskPhone('+380501234567').startsWith('+380 ')).toBe(true);
  });

  it('shows no more than the last two digits of the subscriber number', () => {
    for (const phone of ['+994501234567', '+79172345601', '+77012345678', '+989123456789', '+380501234567'])
      expect(
        maskPhone(phone)
          .replace(/^\+\d+ /, '')
          .replace(/\D/g, ''),
      ).toHaveLength(2);
  });

  it('reads Persian digits', () => {
    expect(maskPhone('+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹')).toBe('+98 *** *** **89');
  });

  it('hides all but the last two digits of a number it cannot place, and the country code with it', () => {
    expect(maskPhone('+1234')).toBe('**34');
    expect(maskPhone('12-34-56')).toBe('****56');
    expect(maskPhone('')).toBe('');
  });
});
