import { describe, expect, it } from 'vitest';
import { translateError } from './errors.ts';

const rateLimited = (params: Record<string, string | number>) => ({
  message: 'RATE_LIMITED',
  extensions: { code: 'RATE_LIMITED', params },
});

describe('translateError', () => {
  it('fills the parameters of the code’s message', () => {
    expect(translateError(rateLimited({ minutes: 3 }), 'ru').message).toBe(
      'Слишком много попыток; повторите через 3 мин.',
    );
  });

  it('picks the variant a context names and shows instants in the reader’s language and the given zone', () => {
    const error = rateLimited({
      context: 'daily',
      retryAt: '2026-11-26T09:00:00.000Z',
      timeZone: 'Europe/Moscow',
    });
    expect(translateError(error, 'en').message).toBe(
      'You have asked for as many codes as one day allows; you can ask for a new one from 26 Nov 2026, 12:00.',
    );
    expect(translateError(error, 'ru').message).toContain('26 нояб. 2026 г., 12:00');
    // Solar Hijri date with Persian digits: 5 Azar 1405.
    expect(translateError(error, 'fa').message).toMatch(/۵ آذر ۱۴۰۵.*۱۲:۰۰/);
    // The parameters the client receives stay as sent.
    expect(translateError(error, 'en').extensions).toEqual(error.extensions);
  });

  it('leaves errors that are not ours alone', () => {
    const error = { message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } };
    expect(translateError(error, 'ru')).toBe(error);
  });
});
