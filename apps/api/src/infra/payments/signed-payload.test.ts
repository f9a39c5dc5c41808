import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SIGNATURE_TOLERANCE_SECONDS, signPayload, verifySignature } from './signed-payload.ts';

const secret = 'whsec_test_secret';
const body = Buffer.from('{"id":"evt_1","type":"checkout.session.completed"}');
const at = new Date('2026-12-02T10:00:00Z');
const later = (seconds: number) => new Date(at.getTime() + seconds * 1000);

describe('signed payloads', () => {
  it('signs as Stripe documents it: t=<unix>,v1=hex(hmac_sha256(secret, t.body))', () => {
    const t = at.getTime() / 1000;
    const expected = createHmac('sha256', secret).update(`${t}.${body.toString()}`).digest('hex');
    expect(signPayload(secret, body, at)).toBe(`t=${t},v1=${expected}`);
  });

  it('accepts its own signature within the tolerance, either way of the clock', () => {
    const header = signPayload(secret, body, at);
    for (const drift of [0, SIGNATURE_TOLERANCE_SECONDS, -SIGNATURE_TOLERANCE_SECONDS])
      expect(verifySignature(header, body, secret, later(drift))).toEqual({ ok: true });
  });

  it('calls an event outside the tolerance stale', () => {
    const header = signPayload(secret, body, at);
    for (const drift of [SIGNATURE_TOLERANCE_SECONDS + 1, -SIGNATURE_TOLERANCE_SECONDS - 1])
      expect(verifySignature(header, body, secret, later(drift))).toEqual({
        ok: false,
        reason: 'TIMESTAMP_STALE',
      });
  });

  it('refuses another secret, another body and a moved timestamp as invalid', () => {
    const header = signPayload(secret, body, at);
    expect(verifySignature(header, body, 'another', at)).toEqual({ ok: false, reason: 'SIGNATURE_INVALID' });
    expect(verifySignature(header, Buffer.from(`${body.toString()} `), secret, at)).toEqual({
      ok: false,
      reason: 'SIGNATURE_INVALID',
    });
    const moved = header.replace(/^t=(\d+)/, (_, t: string) => `t=${Number(t) + 1}`);
    expect(verifySignature(moved, body, secret, at)).toEqual({ ok: false, reason: 'SIGNATURE_INVALID' });
  });

  it('accepts any of several v1 signatures (a rotated secret), ignoring other schemes', () => {
    const good = signPayload(secret, body, at);
    const t = good.split(',')[0];
    const stale = `v1=${'0'.repeat(64)}`;
    expect(verifySignature(`${t},v0=abc,${stale},${good.split(',')[1]}`, body, secret, at)).toEqual({
      ok: true,
    });
  });

  it('calls a missing or unreadable header missing', () => {
    for (const header of [undefined, '', 'garbage', 'v1=abc', `t=123`, `t=abc,v1=${'a'.repeat(64)}`, ['x']])
      expect(verifySignature(header, body, secret, at)).toEqual({ ok: false, reason: 'SIGNATURE_MISSING' });
  });
});
