import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { httpStatusOf, retryAfterOf } from './json-errors.ts';

describe('the status of an error code', () => {
  it.each([
    ['INVALID_INPUT', 400],
    ['UNAUTHENTICATED', 401],
    ['NOT_ALLOWED', 403],
    ['NOT_FOUND', 404],
    ['STALE_VERSION', 409],
    ['PAYLOAD_TOO_LARGE', 413],
    ['RATE_LIMITED', 429],
    ['UNAVAILABLE', 503],
    ['INTERNAL', 500],
    ['DEBT_OUTSTANDING', 409],
  ] as const)('%s is %i', (code, status) => expect(httpStatusOf(new AppError(code))).toBe(status));

  it('answers an oversized file with 413', () => {
    expect(
      httpStatusOf(new AppError('INVALID_INPUT', { issues: [{ field: 'file', code: 'file_too_large' }] })),
    ).toBe(413);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-12-03T08:00:00Z');
  it('asks for a few seconds when the server is unavailable', () =>
    expect(retryAfterOf('UNAVAILABLE')).toBe(5));
  it('follows a throttle in minutes and a quota’s instant', () => {
    expect(retryAfterOf('RATE_LIMITED', { minutes: 15 }, now)).toBe(900);
    expect(retryAfterOf('RATE_LIMITED', { retryAt: '2026-12-03T08:02:30Z' }, now)).toBe(150);
    expect(retryAfterOf('RATE_LIMITED', { retryAt: '2026-12-03T07:00:00Z' }, now)).toBe(1);
  });
  it('is absent for refusals a retry cannot cure', () => {
    expect(retryAfterOf('NOT_FOUND')).toBeNull();
    expect(retryAfterOf('RATE_LIMITED', {})).toBeNull();
  });
});
