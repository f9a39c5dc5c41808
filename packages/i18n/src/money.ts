// Amounts of money in every locale, with Intl only: stored in minor units (kopecks, tiyn, rial) of an
// ISO 4217 currency, printed with the locale's separators, digits (Persian for fa) and currency sign.
import { formatNumber } from './format.ts';
import type { Locale } from './locales.ts';

/** How many minor-unit digits the currency shows (CLDR: 2 for RUB, KZT, AZN; 0 for IRR). */
function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

/** An amount given in minor units, e.g. formatMoney(1234550, 'RUB', 'ru') → "12 345,50 ₽". */
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  const digits = minorDigits(currency);
  return formatNumber(amount / 10 ** digits, locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}
