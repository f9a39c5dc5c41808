// Stripe Checkout over real HTTP: the API opens a Checkout Session at a local server that speaks
// Stripe's protocol, and Stripe's webhooks (signed here with an independent HMAC, as Stripe documents
// it) reach POST /payments/webhooks/stripe of the started app. A refused webhook changes nothing.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../seed/seed.ts';
import { startFakeStripe, type FakeStripe } from '../test/fake-stripe.ts';
import { TestClient } from '../test/graphql-client.ts';
import {
  assessedFee,
  paymentState,
  postWebhook,
  signatureHeader,
  startCheckout,
} from '../test/payment-test-kit.ts';
import { startTestApp, type TestApp } from '../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts';

const SECRET_KEY = 'sk_test_citydesk';
const WEBHOOK_SECRET = `whsec_${randomBytes(24).toString('hex')}`;
let db: TestDatabase;
let stripe: FakeStripe;
let api: TestApp;
let resident: TestClient;
let desk: TestClient;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  stripe = await startFakeStripe(SECRET_KEY);
  api = await startTestApp({
    databaseUrl: db.url,
    env: {
      PAYMENT_PROVIDER: 'stripe',
      STRIPE_SECRET_KEY: SECRET_KEY,
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_BASE: stripe.url,
      PUBLIC_URL: 'https://city.example',
    },
  });
  resident = new TestClient(api.url, 'ru');
  desk = new TestClient(api.url, 'ru');
  await resident.login('resident@demo.citydesk');
  await desk.login('dispatcher.kzio@demo.citydesk');
});
afterAll(async () => {
  await api?.close();
  await stripe?.close();
  await db?.close();
});

interface SessionFacts {
  id: string;
  amount_total: number;
  currency: string;
  payment_status?: string;
}
const stripeEvent = (type: string, session: SessionFacts) =>
  JSON.stringify({
    id: `evt_${randomBytes(12).toString('hex')}`,
    object: 'event',
    api_version: '2026-10-28.endive',
    created: Math.floor(Date.now() / 1000),
    type,
    data: { object: { object: 'checkout.session', payment_status: 'paid', ...session } },
  });
const send = (body: string, signature?: string) =>
  postWebhook(api.url, 'stripe', body, signature === undefined ? {} : { 'stripe-signature': signature });
const sendSigned = (body: string, at?: Date) => send(body, signatureHeader(WEBHOOK_SECRET, body, at));

async function openCheckout(amount: number) {
  const due = await assessedFee(resident, desk, amount);
  const requestsBefore = stripe.requests.length;
  const checkout = await startCheckout(resident, due.id);
  expect(stripe.requests).toHaveLength(requestsBefore + 1);
  const sent = stripe.requests.at(-1)!;
  const payment = await db.prisma.payment.findUniqueOrThrow({ where: { id: checkout.paymentId } });
  return { due, checkout, sent, payment };
}

describe('Stripe Checkout', () => {
  it('opens a Checkout Session for the amount, in the city’s currency, line by line, and reopens the same one', async () => {
    const { due, checkout, sent, payment } = await openCheckout(250_000);
    expect(sent.method).toBe('POST');
    expect(sent.path).toBe('/v1/checkout/sessions');
    expect(sent.headers.authorization).toBe(`Bearer ${SECRET_KEY}`);
    expect(sent.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(sent.headers['idempotency-key']).toBe(`citydesk-checkout-${checkout.paymentId}`);
    expect(Object.fromEntries(sent.form)).toEqual({
      mode: 'payment',
      'line_items[0][quantity]': '1',
      'line_items[0][price_data][currency]': 'rub',
      'line_items[0][price_data][unit_amount]': '250000',
      'line_items[0][price_data][product_data][name]': `Оплата сбора за реновацию недвижимости, заявление ${due.number}`,
      success_url: `https://city.example/applications/${due.id}`,
      cancel_url: `https://city.example/applications/${due.id}`,
      client_reference_id: checkout.paymentId,
      'metadata[applicationNumber]': due.number,
      'metadata[paymentId]': checkout.paymentId,
      locale: 'ru',
    });
    expect(checkout.checkoutUrl).toBe(`https://checkout.stripe.com/c/pay/${payment.providerRef}`);
    expect(payment).toMatchObject({
      provider: 'stripe',
      amount: 250_000,
      currency: 'RUB',
      status: 'PENDING',
    });
    expect(payment.providerRef).toMatch(/^cs_test_/);

    // A second start gives the same checkout and asks Stripe nothing.
    expect(await startCheckout(resident, due.id)).toEqual(checkout);
    expect(
      stripe.requests.filter((r) => r.form.get('client_reference_id') === checkout.paymentId),
    ).toHaveLength(1);
    // The demo bank is not there while Stripe takes payments.
    expect((await fetch(`${api.url}/payments/demo/demo_${'0'.repeat(32)}`, { method: 'POST' })).status).toBe(
      404,
    );
    expect((await send('{}', 'x')).status).toBe(401);
    expect((await postWebhook(api.url, 'demo', '{}', {})).status).toBe(404);
  });

  it('refuses unsigned, mis-signed, stale, mismatched and replayed webhooks; settles a paid session once', async () => {
    const { due, payment } = await openCheckout(184_350);
    const session = { id: payment.providerRef, amount_total: 184_350, currency: 'rub' };
    const completed = stripeEvent('checkout.session.completed', session);
    const before = await paymentState(db.prisma, due.id);

    const refusals: [string, Awaited<ReturnType<typeof send>>, number, string][] = [
      ['unsigned', await send(completed), 401, 'SIGNATURE_MISSING'],
      ['garbage header', await send(completed, 'v1=abc'), 401, 'SIGNATURE_MISSING'],
      [
        'another secret',
        await send(completed, signatureHeader('whsec_other', completed)),
        401,
        'SIGNATURE_INVALID',
      ],
      [
        'replayed 10 minutes later',
        await sendSigned(completed, new Date(Date.now() - 10 * 60_000)),
        400,
        'TIMESTAMP_STALE',
      ],
      [
        'less than asked',
        await sendSigned(stripeEvent('checkout.session.completed', { ...session, amount_total: 100 })),
        422,
        'AMOUNT_MISMATCH',
      ],
      [
        'another currency',
        await sendSigned(stripeEvent('checkout.session.completed', { ...session, currency: 'eur' })),
        422,
        'AMOUNT_MISMATCH',
      ],
    ];
    for (const [what, answer, status, code] of refusals) {
      expect(answer.status, what).toBe(status);
      expect(answer.type, what).toMatch(/^application\/json/);
      expect(answer.body, what).toEqual({ error: { code } });
    }
    // Acknowledged and ignored: an unrelated event, and a session completed but not paid yet.
    for (const body of [
      stripeEvent('payment_intent.created', session),
      stripeEvent('checkout.session.completed', { ...session, payment_status: 'unpaid' }),
    ])
      expect(await sendSigned(body)).toEqual({
        status: 200,
        type: expect.stringMatching(/^application\/json/),
        body: { received: true },
      });
    expect(await paymentState(db.prisma, due.id)).toEqual(before);

    expect(await sendSigned(completed)).toMatchObject({ status: 200, body: { status: 'SUCCEEDED' } });
    const paid = await paymentState(db.prisma, due.id);
    expect(paid.request.status).toBe('APPROVED');
    expect(paid.payments.map((p) => p.status)).toEqual(['SUCCEEDED']);
    expect(paid.callbacks.map((c) => [c.provider, c.eventId, c.outcome])).toEqual([
      ['stripe', JSON.parse(completed).id, 'SUCCEEDED'],
    ]);
    expect(paid.events.length).toBeGreaterThan(before.events.length);

    // Stripe retries the same event: 409, nothing changes.
    expect(await sendSigned(completed)).toMatchObject({
      status: 409,
      body: { error: { code: 'DUPLICATE_EVENT' } },
    });
    expect(await paymentState(db.prisma, due.id)).toEqual(paid);
  });

  it('an expired session fails the payment and the next start opens a new session; an async payment succeeds later', async () => {
    const first = await openCheckout(5_000);
    const session = { id: first.payment.providerRef, amount_total: 5_000, currency: 'rub' };
    expect(await sendSigned(stripeEvent('checkout.session.expired', session))).toMatchObject({
      status: 200,
      body: { status: 'FAILED' },
    });
    expect((await paymentState(db.prisma, first.due.id)).request.status).toBe('AWAITING_PAYMENT');

    const again = await startCheckout(resident, first.due.id);
    expect(again.paymentId).not.toBe(first.checkout.paymentId);
    const second = await db.prisma.payment.findUniqueOrThrow({ where: { id: again.paymentId } });
    expect(second.providerRef).not.toBe(first.payment.providerRef);
    const secondSession = { id: second.providerRef, amount_total: 5_000, currency: 'rub' };
    // A bank debit: completed unpaid first, paid later.
    await sendSigned(
      stripeEvent('checkout.session.completed', { ...secondSession, payment_status: 'unpaid' }),
    );
    expect((await paymentState(db.prisma, first.due.id)).request.status).toBe('AWAITING_PAYMENT');
    expect(
      await sendSigned(stripeEvent('checkout.session.async_payment_succeeded', secondSession)),
    ).toMatchObject({
      status: 200,
      body: { status: 'SUCCEEDED' },
    });
    const state = await paymentState(db.prisma, first.due.id);
    expect(state.request.status).toBe('APPROVED');
    expect(state.payments.map((p) => [p.provider, p.status])).toEqual([
      ['stripe', 'FAILED'],
      ['stripe', 'SUCCEEDED'],
    ]);
  });
});
