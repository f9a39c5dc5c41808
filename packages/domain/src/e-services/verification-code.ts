// Issued documents carry a short public code: a bank or a notary types it into the verification page to see
// that the certificate is genuine. Crockford base32 keeps it short, case-insensitive and free of the letters
// people confuse with digits when reading a printout aloud (I, L, O) and of U (accidental words).

/** Crockford's base32 alphabet: digits and upper-case letters without I, L, O and U. */
export const verificationCodeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Characters in a code; at 5 bits each that is 50 random bits, far too many to guess. */
export const verificationCodeLength = 10;
/** Random bytes {@link generateVerificationCode} needs: 7 bytes = 56 bits ≥ 50. */
export const verificationCodeRandomBytes = 7;

/**
 * A new verification code from `randomBytes` (at least 7 of them, from a cryptographic source such as
 * `crypto.getRandomValues`; the domain does no I/O, so the caller supplies them): 10 Crockford base32
 * characters made of the first 50 bits. Throws a RangeError when fewer than 7 bytes are given.
 */
export function generateVerificationCode(randomBytes: Uint8Array): string {
  if (randomBytes.length < verificationCodeRandomBytes)
    throw new RangeError(`a verification code needs ${verificationCodeRandomBytes} random bytes`);
  let bits = 0n;
  for (const byte of randomBytes.subarray(0, verificationCodeRandomBytes)) bits = (bits << 8n) | BigInt(byte);
  bits >>= BigInt(verificationCodeRandomBytes * 8 - verificationCodeLength * 5); // keep the first 50 bits
  let code = '';
  for (let i = 0; i < verificationCodeLength; i++) {
    code = verificationCodeAlphabet.charAt(Number(bits & 31n)) + code;
    bits >>= 5n;
  }
  return code;
}

const separators = /[\s-]/g;
const validCode = new RegExp(`^[${verificationCodeAlphabet}]{${verificationCodeLength}}$`);

/**
 * Reads a code as people type it: trims, upper-cases, drops spaces and hyphens, and reads the letters Crockford
 * base32 leaves out as the digits they look like (O → 0, I and L → 1). Returns the 10-character code, or `null`
 * when the input is not one (wrong length, or a character such as U that is never part of a code).
 */
export function normalizeVerificationCode(input: string): string | null {
  if (typeof input !== 'string') return null;
  const code = input.trim().toUpperCase().replace(separators, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return validCode.test(code) ? code : null;
}

/**
 * A code as printed on documents, `XXXXX-XXXXX`, so it is easy to read out. Accepts any input
 * {@link normalizeVerificationCode} accepts; throws a RangeError on anything else.
 */
export function formatVerificationCode(code: string): string {
  const normalized = normalizeVerificationCode(code);
  if (normalized === null) throw new RangeError(`not a verification code: ${JSON.stringify(code)}`);
  return `${normalized.slice(0, 5)}-${normalized.slice(5)}`;
}
