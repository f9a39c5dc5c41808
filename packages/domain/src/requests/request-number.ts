/** A request number taken apart: `KZN-2026-000123` is city `KZN`, year 2026, sequence 123. */
export type RequestNumber = { cityCode: string; year: number; seq: number };

const cityCodePattern = /^[A-Z]{2,8}$/;
const requestNumberPattern = /^([A-Z]{2,8})-(\d{4})-(\d{6,})$/;
const minSeqDigits = 6;

/**
 * Formats the number a resident sees and dictates over the phone: `KZN-2026-000123`. The sequence is zero-padded to
 * six digits and simply grows longer past 999999. Throws a RangeError on a malformed city code (2–8 capital Latin
 * letters), a year outside 1000–9999 or a sequence that is not a positive safe integer — those are programming
 * errors, not user input.
 */
export function formatRequestNumber(cityCode: string, year: number, seq: number): string {
  if (!cityCodePattern.test(cityCode)) throw new RangeError(`invalid city code: ${JSON.stringify(cityCode)}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`invalid year: ${year}`);
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`invalid sequence: ${seq}`);
  return `${cityCode}-${year}-${String(seq).padStart(minSeqDigits, '0')}`;
}

/**
 * Parses a request number typed by a person (surrounding spaces and lower case are forgiven), or returns `null`.
 * Only the canonical form is accepted otherwise, so `formatRequestNumber` of the result gives the number back.
 */
export function parseRequestNumber(value: string): RequestNumber | null {
  const match = requestNumberPattern.exec(value.trim().toUpperCase());
  if (!match) return null;
  const [, cityCode = '', yearText = '', seqText = ''] = match;
  // Longer than six digits only when needed: `0001234` is not a number we would have printed.
  if (seqText.length > minSeqDigits && seqText.startsWith('0')) return null;
  const year = Number(yearText);
  const seq = Number(seqText);
  if (year < 1000 || seq < 1 || !Number.isSafeInteger(seq)) return null;
  return { cityCode, year, seq };
}
