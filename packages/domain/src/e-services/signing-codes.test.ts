import { describe, expect, it } from 'vitest';
import { signingCodeAllowance, signingCodeLimits } from './signing-codes.ts';

const now = new Date('2026-11-25T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('signingCodeAllowance', () => {
  it('allows the first code', () => {
    expect(signingCodeAllowance([], now)).toEqual({ ok: true });
  });

  it('makes a resend wait a minute after the last code, naming the moment', () => {
    expect(signingCodeAllowance([ago(30_000)], now)).toEqual({
      ok: false,
      reason: 'resend',
      retryAt: new Date(now.getTime() + 30_000),
    });
    expect(signingCodeAllowance([ago(MINUTE)], now)).toEqual({ ok: true });
  });

  it('allows the fifth code of the day and refuses the sixth until the first leaves the day', () => {
    const four = [ago(5 * HOUR), ago(4 * HOUR), ago(3 * HOUR), ago(2 * HOUR)];
    expect(signingCodeAllowance(four, now)).toEqual({ ok: true });
    const five = [...four, ago(HOUR)];
    expect(signingCodeAllowance(five, now)).toEqual({
      ok: false,
      reason: 'daily',
      retryAt: new Date(now.getTime() + 19 * HOUR),
    });
  });

  it('counts a rolling day: codes older than 24 hours no longer count, in whatever order they come', () => {
    const old = [ago(30 * HOUR), ago(25 * HOUR), ago(24 * HOUR)];
    const today = [ago(HOUR), ago(3 * HOUR), ago(2 * HOUR), ago(4 * HOUR)];
    expect(signingCodeAllowance([...today, ...old], now)).toEqual({ ok: true });
  });

  it('names the moment from the fifth most recent code when more than five fall in the day', () => {
    // More than the limit can be on record (codes sent before the limit existed).
    const seven = [1, 2, 3, 4, 5, 6, 7].map((h) => ago(h * HOUR));
    const refused = signingCodeAllowance(seven, now);
    expect(refused).toEqual({ ok: false, reason: 'daily', retryAt: new Date(now.getTime() + 19 * HOUR) });
  });

  it('says resend before daily when both apply', () => {
    const five = [ago(10_000), ago(HOUR), ago(2 * HOUR), ago(3 * HOUR), ago(4 * HOUR)];
    expect(signingCodeAllowance(five, now)).toMatchObject({ ok: false, reason: 'resend' });
  });

  it('has the documented limits', () => {
    expect(signingCodeLimits).toEqual({ resendAfterMs: MINUTE, perWindow: 5, windowMs: 24 * HOUR });
  });
});
