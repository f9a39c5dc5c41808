// The phone a signing code went to, as the signature record and the resident see it.
import { normalizePhone } from '@citydesk/domain';
import { parsePhoneNumberFromString } from 'libphonenumber-js';

const SHOWN = 2;

/** Stars for every digit of `text` but the last `SHOWN`, keeping the separators between them. */
function starDigits(text: string): string {
  let hide = text.replace(/\D/g, '').length - SHOWN;
  return text.replace(/\d/g, (digit) => (hide-- > 0 ? '*' : digit));
}

/**
 * `+994 ** *** ** 67`: the country code and the last two digits, the rest as stars in the groups of the
 * country's own format (libphonenumber's metadata) — enough to recognise one's own phone, not enough to
 * learn someone else's. A number it cannot place keeps only its last two digits.
 */
export function maskPhone(phone: string): string {
  const normalized = normalizePhone(phone);
  const parsed = normalized ? parsePhoneNumberFromString(normalized) : undefined;
  if (!parsed) {
    const digits = (normalized ?? phone).replace(/\D/g, '');
    return digits ? starDigits(digits) : '';
  }
  const code = `+${parsed.countryCallingCode}`;
  const international = parsed.formatInternational();
  return `${code}${starDigits(international.slice(code.length))}`;
}
