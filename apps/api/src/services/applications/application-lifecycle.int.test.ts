// The e-service application lifecycle at the service level, on the no-debt certificate (seed 000):
// submission and registration with its SLA, review with a field task, a debt found → payment →
// certificate, no debt → certificate at once, refusal on a ground, invalidation — and who may do what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import type { Actor } from '../context.ts';
import { verifyDocument } from '../documents/verify-document.ts';
import { createDemoPaymentProvider } from '../../infra/payments/demo-payment-provider.ts';
import {
  createVerificationThrottle,
  verificationThrottleLimits,
} from '../../infra/rate-limit/verification-throttle.ts';
import { eServiceFigures } from '../dashboards/e-service-figures.ts';
import { acceptPaymentCallback } from '../payments/accept-payment-callback.ts';
import { checkoutLineName, paymentBreakdown } from '../payments/payment-breakdown.ts';
import type { CheckoutRequest } from '../../infra/payments/payment-provider.ts';
import { startPayment } from '../payments/start-payment.ts';
import { decideApplication } from './decide-application.ts';
import { getApplication, listApplications } from './list-applications.ts';
import { completeReviewTask, createReviewTask } from './review-tasks.ts';
import { submitApplication } from './submit-application.ts';
import { noDebtAnswers, refusedWithoutChange, uploadedDocument } from './test-applications.ts';

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
const who: Record<string, Actor> = {};
const payments = createDemoPaymentProvider({ publicUrl: 'https://city.example' });
/** The demo bank's signed callback for the payer's choice, through the webhook's verification path. */
async function bankCallback(ref: string, succeeded: boolean) {
  const payment = await db.prisma.payment.findUniqueOrThrow({ where: { providerRef: ref } });
  return payments.signedCallback(payment, succeeded, t.deps.clock());
}
const deliver = async (delivery: Awaited<ReturnType<typeof bankCallback>>) =>
  acceptPaymentCallback(t.deps, payments, delivery);
/** The public check, as a bank at one address makes it (the throttle keeps its counts in the database). */
const checkCode = (code: string, ip = '203.0.113.10') =>
  verifyDocument({ ...t.deps, verificationThrottle: createVerificationThrottle(db.prisma) }, { code, ip });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  // Tuesday 3 November 2026, 10:00 in Kazan; the 4th is a public holiday (Unity Day).
  t = testDeps(db.prisma, new Date('2026-11-03T07:00:00Z'));
  for (const [name, email] of Object.entries({
    resident: 'resident@demo.citydesk',
    otherResident: 'resident2@demo.citydesk',
    utility: 'dispatcher.vodokanal@demo.citydesk',
    inspector: 'vodokanal.inspector@demo.citydesk',
    otherDesk: 'dispatcher.kzio@demo.citydesk',
    notary: 'notary@demo.citydesk',
    admin: 'admin@demo.citydesk',
  }))
    who[name] = await actorFor(db.prisma, email);
});
afterAll(async () => {
  await db?.close();
});

async function apply(actor = who.resident!, subscriberCode?: string) {
  const home = await db.prisma.occupancy.findFirstOrThrow({ where: { userId: actor.userId } });
  return submitApplication(t.deps, actor, {
    serviceCode: 'no_debt_certificate',
    premisesId: home.premisesId,
    answers: noDebtAnswers(
      subscriberCode,
      (await db.prisma.user.findUniqueOrThrow({ where: { id: actor.userId } })).email,
    ),
    documents: [{ kind: 'propertyDocuments', attachmentIds: [await uploadedDocument(db.prisma, actor)] }],
  });
}

describe('submission', () => {
  it('registers at once with the deadline 3 working days later, across the holiday and the weekend', async () => {
    const a = await apply();
    expect(a.status).toBe('REGISTERED');
    expect(a.number).toMatch(/^KZN-2026-\d{6}$/);
    expect(a.organization?.name).toContain('Водоканал');
    // Wed 4 Nov holiday; Thu 5 (1), Fri 6 (2), weekend, Mon 9 (3) — at the end of the working day.
    expect(a.deadlineAt.toISOString()).toBe('2026-11-09T15:00:00.000Z');
    const events = await db.prisma.requestEvent.findMany({
      where: { requestId: a.id },
      orderBy: { position: 'asc' },
    });
    expect(events.map((e) => e.type)).toEqual(['SUBMITTED', 'REGISTERED']);
    const notice = await db.prisma.notification.findFirstOrThrow({
      where: { recipientId: who.resident!.userId, channel: 'EMAIL', template: 'request.REGISTERED' },
      orderBy: { createdAt: 'desc' },
    });
    expect(notice.body).toContain(a.number);
    expect(notice.body).toMatch(/9 нояб/);
    // The form gives the account's own address (another one must be confirmed first: confirm-contact.int.test.ts).
    expect(notice.address).toBeNull();
    const files = await db.prisma.attachment.findMany({ where: { requestId: a.id } });
    expect(files.map((f) => f.documentKind)).toEqual(['propertyDocuments']);
    expect(a.application?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses answers that break the form, naming each field, and files nothing', async () => {
    const before = await db.prisma.request.count();
    const home = await db.prisma.occupancy.findFirstOrThrow({ where: { userId: who.resident!.userId } });
    await expect(
      submitApplication(t.deps, who.resident!, {
        serviceCode: 'no_debt_certificate',
        premisesId: home.premisesId,
        answers: { ...noDebtAnswers(), subscriberCode: '12ab', email: 'not-an-email' },
        documents: [],
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: {
        issues: expect.arrayContaining([
          { field: 'answers.subscriberCode', code: 'invalid_format' },
          { field: 'answers.email', code: 'invalid_email' },
        ]),
      },
    });
    await expect(
      submitApplication(t.deps, who.resident!, {
        serviceCode: 'no_debt_certificate',
        premisesId: home.premisesId,
        answers: noDebtAnswers(),
        documents: [],
      }),
    ).rejects.toMatchObject({
      details: { issues: [{ field: 'documents.propertyDocuments', code: 'document_required' }] },
    });
    expect(await db.prisma.request.count()).toBe(before);
  });

  it('does not let a resident apply about someone else’s flat', async () => {
    const theirs = await db.prisma.occupancy.findFirstOrThrow({
      where: { userId: who.otherResident!.userId },
    });
    await expect(
      submitApplication(t.deps, who.resident!, {
        serviceCode: 'no_debt_certificate',
        premisesId: theirs.premisesId,
        answers: noDebtAnswers(),
        documents: [
          { kind: 'propertyDocuments', attachmentIds: [await uploadedDocument(db.prisma, who.resident!)] },
        ],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('review', () => {
  it('debt found → payment → certificate, paying twice charging once', async () => {
    const a = await apply(who.otherResident!, '100000000002');
    let r = await decideApplication(t.deps, who.utility!, {
      requestId: a.id,
      version: a.version,
      action: 'startReview',
    });
    expect(r.status).toBe('IN_REVIEW');

    const task = await createReviewTask(t.deps, who.utility!, {
      requestId: a.id,
      kind: 'METER_INSPECTION',
      assigneeId: who.inspector!.userId,
      note: 'Check the meter on site',
    });
    await completeReviewTask(t.deps, who.inspector!, {
      taskId: task.id,
      result: 'Meter reading 00412, seal intact',
    });

    const account = await db.prisma.utilityAccount.findFirstOrThrow({
      where: { subscriberCode: '100000000002' },
    });
    expect(account.debt).toBe(184350);
    r = await decideApplication(t.deps, who.utility!, {
      requestId: a.id,
      version: r.version,
      action: 'requestPayment',
      amount: account.debt,
      accountId: account.id,
    });
    expect(r.status).toBe('AWAITING_PAYMENT');
    expect(r.application?.amountDue).toBe(184350);

    // Before paying: what for, on which account, as of when — the provider's line items say the same.
    const breakdown = await paymentBreakdown(
      db.prisma,
      (await getApplication(t.deps, who.otherResident!, a.id))!,
    );
    expect(breakdown).toEqual([
      expect.objectContaining({
        purpose: 'DEBT',
        account: '100000000002',
        asOf: t.deps.clock(),
        amount: 184350,
        currency: 'RUB',
      }),
    ]);
    const opened: CheckoutRequest[] = [];
    const capturing = {
      ...payments,
      createCheckout: (request: CheckoutRequest) => (opened.push(request), payments.createCheckout(request)),
    };
    const deps = { ...t.deps, payments: capturing };
    const [one, two] = await Promise.all([
      startPayment(deps, who.otherResident!, { requestId: a.id }),
      startPayment(deps, who.otherResident!, { requestId: a.id }),
    ]);
    expect(one.paymentId).toBe(two.paymentId);
    expect(opened[0]).toMatchObject({ amount: 184350, currency: 'RUB', applicationNumber: a.number });
    expect(opened[0]!.lines).toEqual([
      { name: checkoutLineName(breakdown[0]!, who.otherResident!.locale, 'Europe/Moscow'), amount: 184350 },
    ]);
    expect(opened[0]!.lines[0]!.name).toMatch(
      /^Задолженность перед .*Водоканал.*, лицевой счёт 100000000002, на 3 нояб\. 2026/,
    );
    expect(one.checkoutUrl).toMatch(/^https:\/\/city\.example\/pay\/demo\/demo_[0-9a-f]{32}$/);
    const ref = one.checkoutUrl.split('/').pop()!;
    // The same event delivered twice at once settles once; the other delivery is a duplicate.
    const event = await bankCallback(ref, true);
    const racing = await Promise.all([deliver(event), deliver(event)]);
    expect(racing.map((r) => r.kind).sort()).toEqual(['refused', 'settled']);
    expect(racing.find((r) => r.kind === 'refused')).toEqual({ kind: 'refused', reason: 'DUPLICATE_EVENT' });
    // Two more events (the payer pressing again): acknowledged, nothing changes.
    const settled = await Promise.all([
      deliver(await bankCallback(ref, true)),
      deliver(await bankCallback(ref, true)),
    ]);
    expect(settled).toEqual([
      expect.objectContaining({ kind: 'settled', status: 'SUCCEEDED', outcome: 'ALREADY_SETTLED' }),
      expect.objectContaining({ kind: 'settled', status: 'SUCCEEDED', outcome: 'ALREADY_SETTLED' }),
    ]);
    expect(await deliver(await bankCallback(ref, false))).toMatchObject({
      kind: 'settled',
      status: 'SUCCEEDED',
    });
    const payment = await db.prisma.payment.findUniqueOrThrow({ where: { providerRef: ref } });
    expect(
      (await db.prisma.paymentCallback.findMany({ where: { paymentId: payment.id } }))
        .map((c) => c.outcome)
        .sort(),
    ).toEqual(['ALREADY_SETTLED', 'ALREADY_SETTLED', 'ALREADY_SETTLED', 'SUCCEEDED']);

    const done = (await getApplication(t.deps, who.otherResident!, a.id))!;
    expect(done.status).toBe('APPROVED');
    expect(done.issuedDocuments).toHaveLength(1);
    expect(await db.prisma.payment.count({ where: { requestId: a.id } })).toBe(1);
    expect(await db.prisma.requestEvent.count({ where: { requestId: a.id, type: 'PAID' } })).toBe(1);
    expect((await db.prisma.utilityAccount.findUniqueOrThrow({ where: { id: account.id } })).debt).toBe(0);
    await expect(startPayment(deps, who.otherResident!, { requestId: a.id })).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
    });

    const check = await checkCode(done.issuedDocuments[0]!.verificationCode.toLowerCase());
    expect(check).toMatchObject({ status: 'GENUINE', number: done.issuedDocuments[0]!.number });
    const facts = check.status === 'GENUINE' ? check.payload.facts : [];
    expect(facts.some((f) => 'money' in f.value && f.value.money.amount === 184350)).toBe(true);
  });

  it('no debt → certificate at once; a tampered code is not genuine', async () => {
    const a = await apply();
    let r = await decideApplication(t.deps, who.utility!, {
      requestId: a.id,
      version: a.version,
      action: 'startReview',
    });
    r = await decideApplication(t.deps, who.utility!, {
      requestId: a.id,
      version: r.version,
      action: 'approve',
    });
    expect(r.status).toBe('APPROVED');
    const code = r.issuedDocuments[0]!.verificationCode;
    expect(await checkCode(code)).toMatchObject({ status: 'GENUINE' });
    const tampered = code.slice(0, 9) + (code[9] === '0' ? '1' : '0');
    expect(await checkCode(tampered)).toEqual({ status: 'UNKNOWN' });
    expect(await checkCode('not a code')).toEqual({ status: 'UNKNOWN' });
  });

  it('refuses on one of the service’s grounds only, and invalidates with a reason', async () => {
    const a = await apply();
    const r = await decideApplication(t.deps, who.utility!, {
      requestId: a.id,
      version: a.version,
      action: 'startReview',
    });
    await refusedWithoutChange(
      db.prisma,
      () =>
        decideApplication(t.deps, who.utility!, {
          requestId: a.id,
          version: r.version,
          action: 'refuse',
          groundCode: 'madeUp',
        }),
      a.id,
      'INVALID_INPUT',
    );
    const refused = await decideApplication(t.deps, who.utility!, {
      requestId: a.id,
      version: r.version,
      action: 'refuse',
      groundCode: 'notAccountHolder',
      comment: 'The account belongs to another person',
    });
    expect(refused.status).toBe('REFUSED');

    const b = await apply();
    await refusedWithoutChange(
      db.prisma,
      () =>
        decideApplication(t.deps, who.utility!, {
          requestId: b.id,
          version: b.version,
          action: 'invalidate',
        }),
      b.id,
      'INVALID_INPUT',
    );
    const invalid = await decideApplication(t.deps, who.utility!, {
      requestId: b.id,
      version: b.version,
      action: 'invalidate',
      comment: 'The e-mail address does not exist',
    });
    expect(invalid.status).toBe('INVALID');
  });
});

describe('a payment after the decision', () => {
  it('is recorded and flagged for a refund when the application was declared invalid meanwhile', async () => {
    const a = await apply(who.otherResident!, '100000000002');
    let r = await decideApplication(t.deps, who.utility!, {
      requestId: a.id,
      version: a.version,
      action: 'startReview',
    });
    const account = await db.prisma.utilityAccount.findFirstOrThrow({
      where: { subscriberCode: '100000000002' },
    });
    await db.prisma.utilityAccount.update({ where: { id: account.id }, data: { debt: 5000 } });
    r = await decideApplication(t.deps, who.utility!, {
      requestId: a.id,
      version: r.version,
      action: 'requestPayment',
      amount: 5000,
      accountId: account.id,
    });
    const checkout = await startPayment({ ...t.deps, payments }, who.otherResident!, { requestId: a.id });
    await decideApplication(t.deps, who.utility!, {
      requestId: a.id,
      version: r.version,
      action: 'invalidate',
      comment: 'The subscriber code belongs to another flat',
    });
    const ref = checkout.checkoutUrl.split('/').pop()!;
    expect(await deliver(await bankCallback(ref, true))).toMatchObject({
      kind: 'settled',
      status: 'SUCCEEDED',
    });
    const after = (await getApplication(t.deps, who.otherResident!, a.id))!;
    expect(after.status).toBe('INVALID');
    expect(after.issuedDocuments).toHaveLength(0);
    const paid = await db.prisma.requestEvent.findMany({ where: { requestId: a.id, type: 'PAID' } });
    expect(paid).toHaveLength(1);
    expect(paid[0]).toMatchObject({
      fromStatus: null,
      toStatus: null,
      data: expect.objectContaining({ refundDue: true }),
    });
    expect((await db.prisma.utilityAccount.findUniqueOrThrow({ where: { id: account.id } })).debt).toBe(5000);
  });
});

describe('the public check', () => {
  it('makes an address that keeps guessing unknown codes wait, while genuine checks go on elsewhere', async () => {
    const a = await apply();
    let r = await decideApplication(t.deps, who.utility!, {
      requestId: a.id,
      version: a.version,
      action: 'startReview',
    });
    r = await decideApplication(t.deps, who.utility!, {
      requestId: a.id,
      version: r.version,
      action: 'approve',
    });
    const code = r.issuedDocuments[0]!.verificationCode;
    const guesser = '198.51.100.7';
    // Checking a genuine document never counts against an address.
    for (let i = 0; i < 3; i += 1)
      expect(await checkCode(code, guesser)).toMatchObject({ status: 'GENUINE' });
    for (let i = 0; i < verificationThrottleLimits.attempts; i += 1)
      expect(await checkCode(`ZZZZZ${String(i).padStart(5, '0')}`, guesser)).toEqual({ status: 'UNKNOWN' });
    await expect(checkCode(code, guesser)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(await checkCode(code, '198.51.100.8')).toMatchObject({ status: 'GENUINE' });
  });
});

describe('who may do what', () => {
  it('hides an application from another resident and from other organizations', async () => {
    const a = await apply();
    expect(await getApplication(t.deps, who.otherResident!, a.id)).toBeNull();
    expect(await getApplication(t.deps, who.otherDesk!, a.id)).toBeNull();
    expect(await getApplication(t.deps, who.notary!, a.id)).toBeNull();
    expect(await getApplication(t.deps, who.admin!, a.id)).not.toBeNull();
    expect((await listApplications(t.deps, who.otherResident!, 'mine')).map((x) => x.id)).not.toContain(a.id);
    await refusedWithoutChange(
      db.prisma,
      () =>
        decideApplication(t.deps, who.otherDesk!, {
          requestId: a.id,
          version: a.version,
          action: 'startReview',
        }),
      a.id,
      'NOT_FOUND',
    );
    await refusedWithoutChange(
      db.prisma,
      () =>
        decideApplication(t.deps, who.resident!, {
          requestId: a.id,
          version: a.version,
          action: 'startReview',
        }),
      a.id,
      'NOT_ALLOWED',
    );
    await refusedWithoutChange(
      db.prisma,
      () => startPayment({ ...t.deps, payments }, who.otherResident!, { requestId: a.id }),
      a.id,
      'NOT_FOUND',
    );
  });

  it('refuses a step the lifecycle does not allow, and a stale version', async () => {
    const a = await apply();
    await refusedWithoutChange(
      db.prisma,
      () =>
        decideApplication(t.deps, who.utility!, { requestId: a.id, version: a.version, action: 'approve' }),
      a.id,
      'NOT_ALLOWED',
    );
    await refusedWithoutChange(
      db.prisma,
      () =>
        decideApplication(t.deps, who.utility!, {
          requestId: a.id,
          version: a.version - 1,
          action: 'startReview',
        }),
      a.id,
      'STALE_VERSION',
    );
  });
});

describe('the e-service figures of the dashboards', () => {
  it('count the documents, refusals and payments above exactly as plain SQL does', async () => {
    const period = { from: '2026-11-01', to: '2026-11-30' };
    const figures = await eServiceFigures(t.deps, who.admin!, period);
    const issued = await db.prisma.$queryRaw<
      { category_id: string; district_id: string | null; count: bigint }[]
    >`
      SELECT r.category_id, b.district_id, count(*) AS count
        FROM issued_document d JOIN request r ON r.id = d.request_id LEFT JOIN building b ON b.id = r.building_id
       GROUP BY 1, 2`;
    expect(issued.length).toBeGreaterThan(0);
    expect(figures.issued.map((i) => [i.service.id, i.district?.id ?? null, i.count]).sort()).toEqual(
      issued.map((i) => [i.category_id, i.district_id, Number(i.count)]).sort(),
    );
    const refused = await db.prisma.requestEvent.groupBy({
      by: ['reasonCode'],
      where: { type: 'REFUSED' },
      _count: { _all: true },
    });
    expect(refused.length).toBeGreaterThan(0);
    expect(figures.refusals.map((r) => [r.ground, r.count]).sort()).toEqual(
      refused.map((r) => [r.reasonCode, r._count._all]).sort(),
    );
    expect(figures.refusals.every((r) => r.groundLabel !== null)).toBe(true);
    const paid = await db.prisma.payment.aggregate({
      where: { status: 'SUCCEEDED' },
      _count: { _all: true },
      _sum: { amount: true },
    });
    expect(paid._count._all).toBeGreaterThan(0);
    expect(figures.payments.reduce((n, p) => n + p.count, 0)).toBe(paid._count._all);
    expect(figures.payments.reduce((n, p) => n + p.amount, 0)).toBe(paid._sum.amount);

    // The utility's desk sees its own services; a desk that decided none of them sees nothing.
    const own = await eServiceFigures(t.deps, who.utility!, period);
    expect(own.issued.reduce((n, i) => n + i.count, 0)).toBe(issued.reduce((n, i) => n + Number(i.count), 0));
    const other = await eServiceFigures(t.deps, who.otherDesk!, period);
    expect(other).toMatchObject({ issued: [], refusals: [], payments: [] });
  });
});
