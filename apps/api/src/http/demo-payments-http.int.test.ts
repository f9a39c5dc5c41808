// The demo payment provider over real HTTP: mounted only in DEMO MODE (or when asked for outside
// production), its webhook takes only events signed with its secret, within the timestamp tolerance,
// once each and for the checkout's amount; the demo bank's page settles through that same path.
import { randomBytes } from 'node:crypto';
import { messages } from '@citydesk/i18n';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../seed/seed.ts';
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

let db: TestDatabase;
const SECRET = randomBytes(32).toString('hex');
const unknownRef = `demo_${'0'.repeat(32)}`;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
});
afterAll(async () => {
  await db?.close();
});

async function signIn(api: TestApp) {
  const resident = new TestClient(api.url, 'en');
  const desk = new TestClient(api.url, 'en');
  await resident.login('resident@demo.citydesk');
  await desk.login('dispatcher.kzio@demo.citydesk');
  return { resident, desk };
}

describe('outside DEMO MODE', () => {
  let api: TestApp;
  beforeAll(async () => {
    await db.prisma.city.updateMany({ data: { demo: false } });
    api = await startTestApp({ databaseUrl: db.url });
  });
  afterAll(async () => {
    await api?.close();
    await db.prisma.city.updateMany({ where: { code: 'KZN' }, data: { demo: true } });
  });

  it('has no demo bank: its routes and webhook are JSON 404s, not the web app', async () => {
    for (const [method, path] of [
      ['POST', `/payments/demo/${unknownRef}`],
      ['GET', `/payments/demo/${unknownRef}`],
      ['POST', '/payments/webhooks/demo'],
    ] as const) {
      const response = await fetch(`${api.url}${path}`, {
        method,
        ...(method === 'POST'
          ? { headers: { 'content-type': 'application/json' }, body: '{"outcome":"succeed"}' }
          : {}),
      });
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toMatchObject({
        error: { code: 'NOT_FOUND', message: expect.any(String) },
      });
    }
  });

  it('refuses to start a payment with PAYMENTS_UNAVAILABLE, translated, and opens none', async () => {
    const { resident, desk } = await signIn(api);
    const due = await assessedFee(resident, desk, 10_000);
    const answer = await resident.request(
      `mutation ($id: ID!) { startPayment(applicationId: $id) { paymentId } }`,
      { id: due.id },
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('PAYMENTS_UNAVAILABLE');
    expect(answer.errors?.[0]?.message).toBe(messages.en.errors.PAYMENTS_UNAVAILABLE);
    expect(await db.prisma.payment.count({ where: { requestId: due.id } })).toBe(0);
  });

  it('refuses to start in production without PUBLIC_URL (documents print their verification link)', async () => {
    await expect(startTestApp({ databaseUrl: db.url, env: { NODE_ENV: 'production' } })).rejects.toThrow(
      /PUBLIC_URL is required/,
    );
  });

  it('refuses PAYMENT_PROVIDER=demo at start-up in production, allows it in tests', async () => {
    await expect(
      startTestApp({
        databaseUrl: db.url,
        env: { NODE_ENV: 'production', PAYMENT_PROVIDER: 'demo', PUBLIC_URL: 'https://city.example' },
      }),
    ).rejects.toThrow(/PAYMENT_PROVIDER=demo/);
    const optedIn = await startTestApp({ databaseUrl: db.url, env: { PAYMENT_PROVIDER: 'demo' } });
    try {
      const response = await fetch(`${optedIn.url}/payments/demo/${unknownRef}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({
        error: { code: 'NOT_FOUND', message: expect.any(String) },
      });
      // Mounted: a malformed choice is the bank's own 400, not the catch-all 404.
      const bad = await fetch(`${optedIn.url}/payments/demo/not-a-ref`, { method: 'POST' });
      expect(bad.status).toBe(400);
    } finally {
      await optedIn.close();
    }
  });
});

describe('the demo provider in DEMO MODE', () => {
  let api: TestApp;
  let resident: TestClient;
  let desk: TestClient;
  beforeAll(async () => {
    api = await startTestApp({ databaseUrl: db.url, env: { DEMO_PAYMENT_SECRET: SECRET } });
    ({ resident, desk } = await signIn(api));
  });
  afterAll(async () => {
    await api?.close();
  });

  const event = (ref: string, amount: number, type = 'payment.succeeded', currency = 'RUB') =>
    JSON.stringify({
      id: `evt_demo_${randomBytes(16).toString('hex')}`,
      type,
      data: { ref, amount, currency },
    });
  /** `body` signed now with the demo secret. */
  const sendSigned = (body: string) => send(body, signatureHeader(SECRET, body));
  const send = (body: string, signature?: string) =>
    postWebhook(
      api.url,
      'demo',
      body,
      signature === undefined ? {} : { 'citydesk-demo-signature': signature },
    );

  it('refuses unsigned, mis-signed, stale, mismatched and replayed events, and settles a valid one once', async () => {
    const due = await assessedFee(resident, desk, 250_000);
    const checkout = await startCheckout(resident, due.id);
    const ref = checkout.checkoutUrl.split('/').pop()!;
    expect(ref).toMatch(/^demo_[0-9a-f]{32}$/);
    const before = await paymentState(db.prisma, due.id);
    const good = event(ref, 250_000);
    const now = new Date();

    const refusals: [string, Awaited<ReturnType<typeof send>>, number, string][] = [
      ['unsigned', await send(good), 401, 'SIGNATURE_MISSING'],
      [
        'signed with another secret',
        await send(good, signatureHeader('x'.repeat(64), good, now)),
        401,
        'SIGNATURE_INVALID',
      ],
      [
        'signature of another body',
        await send(good, signatureHeader(SECRET, event(ref, 250_000), now)),
        401,
        'SIGNATURE_INVALID',
      ],
      [
        'replayed 6 minutes later',
        await send(good, signatureHeader(SECRET, good, new Date(now.getTime() - 6 * 60_000))),
        400,
        'TIMESTAMP_STALE',
      ],
      ['a smaller amount', await sendSigned(event(ref, 1_000)), 422, 'AMOUNT_MISMATCH'],
      [
        'another currency',
        await sendSigned(event(ref, 250_000, 'payment.succeeded', 'USD')),
        422,
        'AMOUNT_MISMATCH',
      ],
      ['not JSON', await sendSigned('{'), 400, 'MALFORMED'],
      ['an unknown checkout', await sendSigned(event(unknownRef, 250_000)), 404, 'UNKNOWN_CHECKOUT'],
    ];
    for (const [what, answer, status, code] of refusals) {
      expect(answer.status, what).toBe(status);
      expect(answer.type, what).toMatch(/^application\/json/);
      expect(answer.body, what).toEqual({ error: { code } });
    }
    expect(await paymentState(db.prisma, due.id)).toEqual(before);

    const accepted = await send(good, signatureHeader(SECRET, good, now));
    expect(accepted).toMatchObject({ status: 200, body: { status: 'SUCCEEDED' } });
    const paid = await paymentState(db.prisma, due.id);
    expect(paid.request.status).toBe('APPROVED');
    expect(paid.payments.map((p) => p.status)).toEqual(['SUCCEEDED']);
    expect(paid.callbacks.map((c) => [c.eventId, c.outcome])).toEqual([[JSON.parse(good).id, 'SUCCEEDED']]);
    expect(paid.documents).toBe(1);

    // The same event again, freshly signed (a replay inside the tolerance): 409, nothing changes.
    const replay = await send(good, signatureHeader(SECRET, good));
    expect(replay).toMatchObject({ status: 409, body: { error: { code: 'DUPLICATE_EVENT' } } });
    expect(await paymentState(db.prisma, due.id)).toEqual(paid);
  });

  it('the bank’s page settles through the signed path: once, and a late decline changes nothing', async () => {
    const due = await assessedFee(resident, desk, 99_900);
    const checkout = await startCheckout(resident, due.id);
    expect((await startCheckout(resident, due.id)).checkoutUrl).toBe(checkout.checkoutUrl);
    const ref = checkout.checkoutUrl.split('/').pop()!;
    const choose = (outcome: string) =>
      fetch(`${api.url}/payments/demo/${ref}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ outcome }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));

    expect(await choose('succeed')).toMatchObject({
      status: 200,
      body: { status: 'SUCCEEDED', returnPath: `/applications/${due.id}` },
    });
    expect(await choose('fail')).toMatchObject({ status: 200, body: { status: 'SUCCEEDED' } });
    const state = await paymentState(db.prisma, due.id);
    expect(state.request.status).toBe('APPROVED');
    // Each press was a new event of the bank, verified and recorded; only the first settled.
    expect(state.callbacks.map((c) => c.outcome)).toEqual(['SUCCEEDED', 'ALREADY_SETTLED']);
    expect(state.callbacks.every((c) => c.provider === 'demo' && /^evt_demo_/.test(c.eventId))).toBe(true);

    const { application } = await resident
      .request(
        `query ($id: ID!) { application(id: $id) { payments { status amount currency provider reference paidAt } } }`,
        { id: due.id },
      )
      .then((r) => r.data as { application: { payments: Record<string, unknown>[] } });
    expect(application.payments).toEqual([
      {
        status: 'SUCCEEDED',
        amount: 99_900,
        currency: 'RUB',
        provider: 'demo',
        reference: ref,
        paidAt: expect.any(String),
      },
    ]);
  });
});
