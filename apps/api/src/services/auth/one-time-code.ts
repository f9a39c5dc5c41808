// Six-digit codes sent to a phone or an address to prove it reaches the person (signing an application,
// confirming an application's e-mail): only a hash is stored, bound to what the code is for, and the
// comparison takes constant time.
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../errors.ts';

export const CODE_TTL_MS = 10 * 60_000;
export const MAX_CODE_ATTEMPTS = 5;

export const newSixDigitCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** The stored hash of `code` sent for `scope` (an application's id, a user's id and address…). */
export const hashOneTimeCode = (scope: string, code: string) =>
  createHash('sha256').update(`${scope}:${code}`).digest('hex');

/** Whether `code` as typed is the one whose hash is `storedHash`. */
export const oneTimeCodeMatches = (storedHash: string, scope: string, code: string) =>
  timingSafeEqual(Buffer.from(hashOneTimeCode(scope, code.trim()), 'hex'), Buffer.from(storedHash, 'hex'));

/** RATE_LIMITED saying when to ask again: in minutes after a resend, as a moment once the day's codes are used up. */
export function codeTooSoon(
  refusal: { reason: 'resend' | 'daily'; retryAt: Date },
  now: Date,
  timeZone: string,
): AppError {
  if (refusal.reason === 'resend')
    return new AppError('RATE_LIMITED', {
      params: { minutes: Math.ceil((refusal.retryAt.getTime() - now.getTime()) / 60_000) },
    });
  // `context` picks the message errors.RATE_LIMITED_daily; `…At` parameters are shown in the reader's
  // language and the city's time zone (see translateError).
  return new AppError('RATE_LIMITED', {
    params: { context: 'daily', retryAt: refusal.retryAt.toISOString(), timeZone },
  });
}
