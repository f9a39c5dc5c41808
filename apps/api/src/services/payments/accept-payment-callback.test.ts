// The refusals that never reach the database: verified by the provider's adapter, logged, and answered.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createDemoPaymentProvider } from '../../infra/payments/demo-payment-provider.ts';
import { createStripePaymentProvider } from '../../infra/payments/stripe-payment-provider.ts';
import { signPayload } from '../../infra/payments/signed-payload.ts';
import type { ServiceDeps } from '../context.ts';
import { acceptPaymentCallback } from './accept-payment-callback.ts';

const SECRET = 'a'.repeat(64);
const now = new Date('2026-12-02T10:00:00Z');

function depsWithLog() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  // No database: a refused callback must not need one.
  const deps = { clock: () => now, log: pino({ level: 'info' }, sink) } as unknown as ServiceDeps;
  return { deps, lines };
}

const ref = `demo_${'1'.repeat(32)}`;
const body = Buffer.from(
  JSON.stringify({
    id: `evt_demo_${'2'.repeat(32)}`,
    type: 'payment.succeeded',
    data: { ref, amount: 100, currency: 'RUB' },
  }),
);

describe('acceptPaymentCallback', () => {
  it('refuses a mis-signed callback and logs provider, reference and reason, never the secret', async () => {
    const provider = createDemoPaymentProvider({ secret: SECRET });
    const { deps, lines } = depsWithLog();
    const result = await acceptPaymentCallback(deps, provider, {
      rawBody: body,
      headers: { 'citydesk-demo-signature': signPayload('b'.repeat(64), body, now) },
    });
    expect(result).toEqual({ kind: 'refused', reason: 'SIGNATURE_INVALID', ref });
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toEqual([
      expect.objectContaining({ level: 40, provider: 'demo', ref, reason: 'SIGNATURE_INVALID' }),
    ]);
    expect(JSON.stringify(lines)).not.toContain(SECRET);
  });

  it('refuses an event signed too long ago', async () => {
    const provider = createDemoPaymentProvider({ secret: SECRET });
    const { deps } = depsWithLog();
    const signedAt = new Date(now.getTime() - 301_000);
    expect(
      await acceptPaymentCallback(deps, provider, {
        rawBody: body,
        headers: { 'citydesk-demo-signature': signPayload(SECRET, body, signedAt) },
      }),
    ).toMatchObject({ kind: 'refused', reason: 'TIMESTAMP_STALE' });
  });

  it('reads Stripe’s checkout.session events: paid, async outcomes, expiry; ignores the rest', () => {
    const stripe = createStripePaymentProvider({
      secretKey: 'sk_test_x',
      webhookSecret: SECRET,
      publicUrl: 'https://city.example',
    });
    const read = (type: string, session: Record<string, unknown> = {}) => {
      const raw = Buffer.from(
        JSON.stringify({
          id: 'evt_1',
          type,
          data: {
            object: { id: 'cs_1', amount_total: 500, currency: 'rub', payment_status: 'paid', ...session },
          },
        }),
      );
      return stripe.verifyCallback(raw, { 'stripe-signature': signPayload(SECRET, raw, now) }, now);
    };
    const settle = (succeeded: boolean) => ({
      kind: 'settle',
      eventId: 'evt_1',
      providerRef: 'cs_1',
      succeeded,
      amount: 500,
      currency: 'RUB',
    });
    expect(read('checkout.session.completed')).toEqual(settle(true));
    expect(read('checkout.session.async_payment_succeeded', { payment_status: 'unpaid' })).toEqual(
      settle(true),
    );
    expect(read('checkout.session.expired', { payment_status: 'unpaid' })).toEqual(settle(false));
    expect(read('checkout.session.async_payment_failed')).toEqual(settle(false));
    expect(read('checkout.session.completed', { payment_status: 'unpaid' })).toEqual({
      kind: 'ignored',
      eventId: 'evt_1',
      type: 'checkout.session.completed',
    });
    expect(read('charge.refunded')).toMatchObject({ kind: 'ignored', type: 'charge.refunded' });
    expect(read('checkout.session.completed', { amount_total: null })).toMatchObject({
      kind: 'refused',
      reason: 'MALFORMED',
    });
  });
});
