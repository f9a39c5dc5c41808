// Persian (U+06F0…) and Arabic-Indic (U+0660…) digits, typed on fa keyboards, read as ASCII digits.
const nativeDigits = /[\u06F0-\u06F9\u0660-\u0669]/g;
const allowedCharacters = /^\+?[0-9\s()-]+$/;

function toAsciiDigits(value: string): string {
  return value.replace(nativeDigits, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf));
}

/**
 * Normalises a phone number to E.164-ish form: `+` followed by 10–15 digits, the first not 0.
 *
 * Accepts spaces, dashes and parentheses (`+7 (916) 123-45-67`) and Persian or Arabic-Indic digits. A number
 * without `+` is accepted only in the Russian/Kazakh trunk form — `8` followed by ten digits — and becomes `+7…`;
 * anything else without a country code is refused, because guessing the country would route calls abroad.
 * Returns `null` when the input is not a phone number.
 */
export function normalizePhone(input: string): string | null {
  const value = toAsciiDigits(input.trim());
  if (!allowedCharacters.test(value)) return null;
  const digits = value.replace(/\D/g, '');
  if (value.startsWith('+')) {
    return digits.length >= 10 && digits.length <= 15 && !digits.startsWith('0') ? `+${digits}` : null;
  }
  if (digits.length === 11 && digits.startsWith('8')) return `+7${digits.slice(1)}`;
  return null;
}
