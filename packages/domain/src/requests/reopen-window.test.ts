import { describe, expect, it } from 'vitest';
import { defaultReopenAfterAutoCloseDays, mayReopenAt, reopenAllowedUntil } from './reopen-window.ts';
import { requestStatuses } from './status.ts';

const closedAt = new Date('2026-11-28T14:00:00.000Z');

describe('reopenAllowedUntil', () => {
  it('adds the window in days to the moment of the auto-close', () => {
    expect(reopenAllowedUntil(closedAt, 14).toISOString()).toBe('2026-12-12T14:00:00.000Z');
    expect(reopenAllowedUntil(closedAt, 1).toISOString()).toBe('2026-11-29T14:00:00.000Z');
  });

  it('defaults to two weeks', () => {
    expect(defaultReopenAfterAutoCloseDays).toBe(14);
  });

  it('takes fractional days to the millisecond and 0 as no window at all', () => {
    expect(reopenAllowedUntil(closedAt, 0.5).toISOString()).toBe('2026-11-29T02:00:00.000Z');
    expect(reopenAllowedUntil(closedAt, 0).getTime()).toBe(closedAt.getTime());
  });

  it('counts calendar days as 24 hours, across a daylight-saving change too', () => {
    const beforeChange = new Date('2026-03-25T12:00:00.000Z');
    expect(reopenAllowedUntil(beforeChange, 14).toISOString()).toBe('2026-04-08T12:00:00.000Z');
  });

  it('refuses a negative or nonsense window', () => {
    for (const days of [-1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => reopenAllowedUntil(closedAt, days)).toThrow(RangeError);
  });
});

describe('mayReopenAt', () => {
  const until = reopenAllowedUntil(closedAt, 14);
  const unconfirmed = { status: 'CLOSED_UNCONFIRMED', reopenUntil: until } as const;

  it('allows a request closed without confirmation up to and including the deadline', () => {
    expect(mayReopenAt(unconfirmed, closedAt)).toBe(true);
    expect(mayReopenAt(unconfirmed, new Date(until.getTime() - 1))).toBe(true);
    expect(mayReopenAt(unconfirmed, until)).toBe(true);
  });

  it('makes the closure final after the deadline', () => {
    expect(mayReopenAt(unconfirmed, new Date(until.getTime() + 1))).toBe(false);
    expect(mayReopenAt(unconfirmed, new Date('2027-01-01T00:00:00.000Z'))).toBe(false);
  });

  it('never allows it without a deadline or from any other status', () => {
    expect(mayReopenAt({ status: 'CLOSED_UNCONFIRMED', reopenUntil: null }, closedAt)).toBe(false);
    for (const status of requestStatuses.filter((s) => s !== 'CLOSED_UNCONFIRMED'))
      expect(mayReopenAt({ status, reopenUntil: until }, closedAt), status).toBe(false);
  });
});
