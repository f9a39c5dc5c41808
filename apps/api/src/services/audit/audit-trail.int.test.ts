// Staff actions and the administrator's settings changes each leave exactly one audit row, written in the
// transaction of the change: the right action code, actor, organization and target, and details that say what
// changed. Residents' own steps and refused calls leave none; a change that rolls back takes its row with it.
// (Sign-ins, the GraphQL reading and the append-only rule: audit-log-http.int.test.ts, append-only.int.test.ts.
// Waiting-list removal, sealing orders and the meter desk are checked in their own features' tests.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditAction } from '@citydesk/domain';
import type { AuditLog } from '../../generated/prisma/client.ts';
import { createDemoPaymentProvider } from '../../infra/payments/demo-payment-provider.ts';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { decideApplication } from '../applications/decide-application.ts';
import { fileApplicationOnBehalf } from '../applications/file-application-on-behalf.ts';
import { completeReviewTask, createReviewTask } from '../applications/review-tasks.ts';
import { setServiceDistrict } from '../applications/service-districts.ts';
import { submitApplication } from '../applications/submit-application.ts';
import { noDebtAnswers, uploadedDocument } from '../applications/test-applications.ts';
import { setHolidayCalendar } from '../calendars/holiday-calendars.ts';
import { setMeterReadingJumpMultiple, setMeterReadingWindow } from '../city/city-settings.ts';
import { transact, type Actor } from '../context.ts';
import { revokeDocument } from '../documents/revoke-document.ts';
import { retryNotification } from '../notifications/retry-notification.ts';
import { acceptPaymentCallback } from '../payments/accept-payment-callback.ts';
import { startPayment } from '../payments/start-payment.ts';
import { assignRequest } from '../requests/assign-request.ts';
import { cancelRequest } from '../requests/cancel-request.ts';
import { addRequestNote, changeRequestCategory, setRequestPriority } from '../requests/edit-request.ts';
import { fileRequest } from '../requests/file-request.ts';
import { fileRequestByPhone } from '../requests/file-request-by-phone.ts';
import { returnForRework, verifyWork } from '../requests/review-work.ts';
import { routeRequest } from '../requests/route-request.ts';
import { startWork } from '../requests/start-work.ts';
import { transitionRequest } from '../requests/transition-request.ts';
import { auditedBy, refusedUnaudited } from './audit-rows.testing.ts';
import { recordAudit } from './record-audit.ts';

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
const emails = {
  resident: 'resident@demo.citydesk',
  debtor: 'resident2@demo.citydesk',
  unrouted: 'resident15@demo.citydesk',
  dispatcher: 'dispatcher@demo.citydesk',
  contractor: 'contractor@demo.citydesk',
  utility: 'dispatcher.vodokanal@demo.citydesk',
  inspector: 'vodokanal.inspector@demo.citydesk',
  notary: 'notary@demo.citydesk',
  admin: 'admin@demo.citydesk',
};
const who = {} as Record<keyof typeof emails, Actor>;
const payments = createDemoPaymentProvider({ publicUrl: 'https://city.example' });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  t = testDeps(db.prisma, new Date('2026-11-03T07:00:00Z'));
  for (const [name, email] of Object.entries(emails) as [keyof typeof emails, string][])
    who[name] = await actorFor(db.prisma, email);
});
afterAll(async () => {
  await db?.close();
});

/** Runs a staff step and returns its one audit row, checked against who did what to what. */
async function audited<T>(
  expected: {
    action: AuditAction;
    actor: Actor | null;
    target: { type: string; id: string | ((r: T) => string) };
  },
  step: () => Promise<T>,
): Promise<{ result: T; row: AuditLog }> {
  const { result, rows } = await auditedBy(db.prisma, step);
  expect(rows.map((r) => r.action)).toEqual([expected.action]);
  const row = rows[0]!;
  const targetId = typeof expected.target.id === 'function' ? expected.target.id(result) : expected.target.id;
  expect(row).toMatchObject({
    actorId: expected.actor?.userId ?? null,
    actorRole: expected.actor?.role ?? null,
    organizationId: expected.actor?.organizationId ?? row.organizationId,
    targetType: expected.target.type,
    targetId,
    occurredAt: t.deps.clock(),
  });
  return { result, row };
}

async function unaudited<T>(step: () => Promise<T>): Promise<T> {
  const { result, rows } = await auditedBy(db.prisma, step);
  expect(rows).toEqual([]);
  return result;
}

const category = (code: string) => db.prisma.serviceCategory.findUniqueOrThrow({ where: { code } });

async function residentsRequest(resident = who.resident) {
  const home = await db.prisma.occupancy.findFirstOrThrow({ where: { userId: resident.userId } });
  return unaudited(async () =>
    fileRequest(t.deps, resident, {
      categoryId: (await category('roof_leak')).id,
      premisesId: home.premisesId,
      description: 'Water comes through the ceiling after rain',
      contactPhone: '+79175551234',
    }),
  );
}

describe('repair requests', () => {
  it('records each staff step of the lifecycle once, with the status change and what the step set', async () => {
    const { dispatcher, contractor } = who;
    let r = await residentsRequest();
    const request = { type: 'request', id: r.id };
    const assigned = await audited({ action: 'request.assign', actor: dispatcher, target: request }, () =>
      assignRequest(t.deps, dispatcher, {
        requestId: r.id,
        version: r.version,
        contractorOrganizationId: contractor.organizationId!,
        assigneeId: contractor.userId,
        comment: 'Roofers, please',
      }),
    );
    expect(assigned.row.details).toMatchObject({
      number: r.number,
      fromStatus: 'ROUTED',
      toStatus: 'ASSIGNED',
      comment: 'Roofers, please',
      contractorOrganizationId: contractor.organizationId,
      assigneeId: contractor.userId,
    });
    r = assigned.result;
    r = (
      await audited({ action: 'request.start', actor: contractor, target: request }, () =>
        startWork(t.deps, contractor, { requestId: r.id, version: r.version }),
      )
    ).result;
    r = (
      await audited({ action: 'request.complete_work', actor: contractor, target: request }, () =>
        transitionRequest(t.deps, contractor, {
          requestId: r.id,
          version: r.version,
          action: 'completeWork',
        }),
      )
    ).result;
    const returned = await audited(
      { action: 'request.return_for_rework', actor: dispatcher, target: request },
      () =>
        returnForRework(t.deps, dispatcher, { requestId: r.id, version: r.version, comment: 'Still drips' }),
    );
    expect(returned.row.details).toMatchObject({ fromStatus: 'WORK_DONE', toStatus: 'RETURNED' });
    r = (
      await audited({ action: 'request.reassign', actor: dispatcher, target: request }, () =>
        assignRequest(t.deps, dispatcher, {
          requestId: returned.result.id,
          version: returned.result.version,
          contractorOrganizationId: contractor.organizationId!,
        }),
      )
    ).result;
    r = await startWork(t.deps, contractor, { requestId: r.id, version: r.version });
    r = await transitionRequest(t.deps, contractor, {
      requestId: r.id,
      version: r.version,
      action: 'completeWork',
    });
    r = (
      await audited({ action: 'request.verify', actor: dispatcher, target: request }, () =>
        verifyWork(t.deps, dispatcher, { requestId: r.id, version: r.version }),
      )
    ).result;
    // The resident's answer is theirs: on the timeline, not in the staff audit trail.
    await unaudited(() =>
      transitionRequest(t.deps, who.resident, { requestId: r.id, version: r.version, action: 'confirm' }),
    );
  });

  it('records the dispatcher’s edits with the fields before and after', async () => {
    const { dispatcher } = who;
    let r = await residentsRequest();
    const request = { type: 'request', id: r.id };
    const note = await audited({ action: 'request.add_note', actor: dispatcher, target: request }, () =>
      addRequestNote(t.deps, dispatcher, { requestId: r.id, version: r.version, comment: 'Called back' }),
    );
    expect(note.row.details).toEqual({ number: r.number, comment: 'Called back' });
    r = note.result;
    const priority = await audited(
      { action: 'request.set_priority', actor: dispatcher, target: request },
      () => setRequestPriority(t.deps, dispatcher, { requestId: r.id, version: r.version, priority: 'HIGH' }),
    );
    expect(priority.row.details).toEqual({
      number: r.number,
      before: { priority: 'NORMAL' },
      after: { priority: 'HIGH' },
    });
    r = priority.result;
    const heating = await category('heating');
    const moved = await audited(
      { action: 'request.change_category', actor: dispatcher, target: request },
      () =>
        changeRequestCategory(t.deps, dispatcher, {
          requestId: r.id,
          version: r.version,
          categoryId: heating.id,
        }),
    );
    expect(moved.row.details).toMatchObject({
      before: { category: 'roof_leak' },
      after: { category: 'heating' },
    });
    r = moved.result;
    const cancelled = await audited({ action: 'request.cancel', actor: dispatcher, target: request }, () =>
      cancelRequest(t.deps, dispatcher, {
        requestId: r.id,
        version: r.version,
        reasonCode: 'NOT_OUR_RESPONSIBILITY',
        comment: 'Gas service',
      }),
    );
    expect(cancelled.row.details).toMatchObject({
      reasonCode: 'NOT_OUR_RESPONSIBILITY',
      comment: 'Gas service',
      toStatus: 'CANCELLED',
    });
  });

  it('records a phone intake and the administrator’s routing', async () => {
    const { dispatcher, admin, resident } = who;
    const home = await db.prisma.occupancy.findFirstOrThrow({
      where: { userId: resident.userId },
      include: { premises: true },
    });
    const intake = await audited(
      { action: 'request.file_by_phone', actor: dispatcher, target: { type: 'request', id: (r) => r.id } },
      async () =>
        fileRequestByPhone(t.deps, dispatcher, {
          categoryId: (await category('heating')).id,
          residentId: resident.userId,
          contactName: resident.displayName,
          contactPhone: '+79175551234',
          buildingId: home.premises.buildingId,
          premisesNumber: home.premises.number,
          description: 'Radiators are cold',
        }),
    );
    expect(intake.row.details).toMatchObject({
      number: intake.result.number,
      channel: 'PHONE',
      category: 'heating',
      residentId: resident.userId,
      routedTo: dispatcher.organizationId,
    });

    const r = await residentsRequest(who.unrouted);
    expect(r.status).toBe('NEW');
    const company = await db.prisma.organization.findFirstOrThrow({ where: { kind: 'MANAGEMENT_COMPANY' } });
    const routed = await audited(
      { action: 'request.route', actor: admin, target: { type: 'request', id: r.id } },
      () => routeRequest(t.deps, admin, { requestId: r.id, version: r.version, organizationId: company.id }),
    );
    expect(routed.row.details).toMatchObject({
      fromStatus: 'NEW',
      toStatus: 'ROUTED',
      organizationId: company.id,
    });
  });

  it('leaves no row for a refused step: a stale version, a forbidden one, a wrong role', async () => {
    const { dispatcher, contractor } = who;
    const r = await residentsRequest();
    const assigned = await assignRequest(t.deps, dispatcher, {
      requestId: r.id,
      version: r.version,
      contractorOrganizationId: contractor.organizationId!,
    });
    const stale = { requestId: r.id, version: r.version };
    await refusedUnaudited(db.prisma, () => startWork(t.deps, contractor, stale), 'STALE_VERSION');
    await refusedUnaudited(
      db.prisma,
      () => addRequestNote(t.deps, dispatcher, { ...stale, comment: 'late' }),
      'STALE_VERSION',
    );
    await refusedUnaudited(
      db.prisma,
      () => verifyWork(t.deps, dispatcher, { requestId: r.id, version: assigned.version }),
      'NOT_ALLOWED',
    );
    await refusedUnaudited(
      db.prisma,
      () =>
        setRequestPriority(t.deps, contractor, {
          requestId: r.id,
          version: assigned.version,
          priority: 'EMERGENCY',
        }),
      'NOT_ALLOWED',
    );
    expect(await db.prisma.auditLog.count({ where: { targetId: r.id } })).toBe(1);
  });

  it('writes the row in the change’s transaction: rolled back together, and from where the call came', async () => {
    const dispatcher = { ...who.dispatcher, origin: { ip: '203.0.113.7', requestId: 'req-rollback' } };
    await expect(
      transact(t.deps, async (tx) => {
        await recordAudit(tx, {
          action: 'request.add_note',
          actor: dispatcher,
          target: { type: 'request', id: 'whatever' },
          at: t.deps.clock(),
        });
        throw new Error('the change fails after its row was written');
      }),
    ).rejects.toThrow('the change fails');
    expect(await db.prisma.auditLog.count({ where: { httpRequestId: 'req-rollback' } })).toBe(0);

    const r = await residentsRequest();
    const { row } = await audited(
      { action: 'request.add_note', actor: dispatcher, target: { type: 'request', id: r.id } },
      () =>
        addRequestNote(t.deps, dispatcher, { requestId: r.id, version: r.version, comment: 'From the desk' }),
    );
    expect(row).toMatchObject({ clientIp: '203.0.113.7', httpRequestId: 'req-rollback' });
  });
});

describe('e-service applications', () => {
  async function apply(resident = who.resident, subscriberCode = '100000000001') {
    const home = await db.prisma.occupancy.findFirstOrThrow({ where: { userId: resident.userId } });
    const email = (await db.prisma.user.findUniqueOrThrow({ where: { id: resident.userId } })).email;
    return unaudited(async () =>
      submitApplication(t.deps, resident, {
        serviceCode: 'no_debt_certificate',
        premisesId: home.premisesId,
        answers: noDebtAnswers(subscriberCode, email),
        documents: [
          { kind: 'propertyDocuments', attachmentIds: [await uploadedDocument(db.prisma, resident)] },
        ],
      }),
    );
  }

  it('records the reviewer’s steps, the field task and a revocation, each once', async () => {
    const { utility, inspector } = who;
    const a = await apply();
    const application = { type: 'application', id: a.id };
    const reviewed = await audited(
      { action: 'application.start_review', actor: utility, target: application },
      () =>
        decideApplication(t.deps, utility, { requestId: a.id, version: a.version, action: 'startReview' }),
    );
    expect(reviewed.row.details).toMatchObject({ fromStatus: 'REGISTERED', toStatus: 'IN_REVIEW' });
    const task = await audited(
      { action: 'application.task.create', actor: utility, target: { type: 'review_task', id: (x) => x.id } },
      () =>
        createReviewTask(t.deps, utility, {
          requestId: a.id,
          kind: 'METER_INSPECTION',
          assigneeId: inspector.userId,
          note: 'Check the meter',
        }),
    );
    expect(task.row.details).toMatchObject({ kind: 'METER_INSPECTION', assigneeId: inspector.userId });
    await audited(
      {
        action: 'application.task.complete',
        actor: inspector,
        target: { type: 'review_task', id: task.result.id },
      },
      () => completeReviewTask(t.deps, inspector, { taskId: task.result.id, result: 'Seal intact' }),
    );
    const approved = await audited(
      { action: 'application.approve', actor: utility, target: application },
      () =>
        decideApplication(t.deps, utility, {
          requestId: a.id,
          version: reviewed.result.version,
          action: 'approve',
        }),
    );
    const document = approved.result.issuedDocuments[0]!;
    const revoked = await audited(
      { action: 'document.revoke', actor: utility, target: { type: 'document', id: document.id } },
      () => revokeDocument(t.deps, utility, { documentId: document.id, reason: 'OTHER', note: 'Wrong flat' }),
    );
    expect(revoked.row.details).toEqual({
      number: document.number,
      applicationId: a.id,
      reason: 'OTHER',
      note: 'Wrong flat',
    });
    await refusedUnaudited(
      db.prisma,
      () => revokeDocument(t.deps, utility, { documentId: document.id, reason: 'OTHER', note: 'Again' }),
      'NOT_ALLOWED',
    );
  });

  it('records a refusal and an invalidation with their reasons', async () => {
    const { utility } = who;
    const a = await apply();
    const r = await decideApplication(t.deps, utility, {
      requestId: a.id,
      version: a.version,
      action: 'startReview',
    });
    const refused = await audited(
      { action: 'application.refuse', actor: utility, target: { type: 'application', id: a.id } },
      () =>
        decideApplication(t.deps, utility, {
          requestId: a.id,
          version: r.version,
          action: 'refuse',
          groundCode: 'notAccountHolder',
          comment: 'Another person’s account',
        }),
    );
    expect(refused.row.details).toMatchObject({ reasonCode: 'notAccountHolder', toStatus: 'REFUSED' });
    const b = await apply();
    const invalid = await audited(
      { action: 'application.invalidate', actor: utility, target: { type: 'application', id: b.id } },
      () =>
        decideApplication(t.deps, utility, {
          requestId: b.id,
          version: b.version,
          action: 'invalidate',
          comment: 'The e-mail address does not exist',
        }),
    );
    expect(invalid.row.details).toMatchObject({
      comment: 'The e-mail address does not exist',
      toStatus: 'INVALID',
    });
  });

  it('records the payment asked for and its settlement by the provider (no actor: the system)', async () => {
    const { utility, debtor } = who;
    const a = await apply(debtor, '100000000002');
    const r = await decideApplication(t.deps, utility, {
      requestId: a.id,
      version: a.version,
      action: 'startReview',
    });
    const account = await db.prisma.utilityAccount.findFirstOrThrow({
      where: { subscriberCode: '100000000002' },
    });
    const asked = await audited(
      { action: 'application.request_payment', actor: utility, target: { type: 'application', id: a.id } },
      () =>
        decideApplication(t.deps, utility, {
          requestId: a.id,
          version: r.version,
          action: 'requestPayment',
          amount: account.debt,
          accountId: account.id,
        }),
    );
    expect(asked.row.details).toMatchObject({ amount: account.debt, currency: 'RUB', accountId: account.id });
    // The resident's own payment start is theirs; the provider's word is the system's.
    const deps = { ...t.deps, payments };
    const started = await unaudited(() => startPayment(deps, debtor, { requestId: a.id }));
    const payment = await db.prisma.payment.findUniqueOrThrow({ where: { id: started.paymentId } });
    const settled = await audited(
      { action: 'payment.settle', actor: null, target: { type: 'payment', id: payment.id } },
      async () =>
        acceptPaymentCallback(t.deps, payments, await payments.signedCallback(payment, true, t.deps.clock())),
    );
    expect(settled.row).toMatchObject({ organizationId: utility.organizationId, clientIp: null });
    expect(settled.row.details).toMatchObject({
      status: 'SUCCEEDED',
      amount: account.debt,
      provider: payment.provider,
    });
    // A replay settles nothing and records nothing.
    await unaudited(async () =>
      acceptPaymentCallback(t.deps, payments, await payments.signedCallback(payment, true, t.deps.clock())),
    );
  });

  it('records an office filing for a citizen, and the office starting the citizen’s payment', async () => {
    const { notary } = who;
    const building = await db.prisma.building.findFirstOrThrow({
      where: { street: 'ул. Пушкина', houseNumber: '12' },
    });
    const filed = await audited(
      {
        action: 'application.file_on_behalf',
        actor: notary,
        target: { type: 'application', id: (a) => a.id },
      },
      async () =>
        fileApplicationOnBehalf(t.deps, notary, {
          serviceCode: 'inquiry_response',
          applicantName: 'Иванов Иван Иванович',
          applicantPhone: '8 (917) 111-22-33',
          buildingId: building.id,
          premisesNumber: '5',
          answers: {
            purpose: 'notary_transfer',
            recipientName: 'Нотариальная контора',
            cadastralNumber: '16:50:011104:123',
            ownerFullName: 'Иванов Иван Иванович',
          },
          documents: [
            { kind: 'ownershipDocument', attachmentIds: [await uploadedDocument(db.prisma, notary)] },
          ],
        }),
    );
    expect(filed.row.details).toMatchObject({ service: 'inquiry_response', channel: 'OFFICE', documents: 1 });
    // The access code sent to the client is a secret: it is nowhere in the row.
    const access = await db.prisma.notification.findFirstOrThrow({
      where: {
        channel: 'SMS',
        template: 'application.access',
        payload: { path: ['requestId'], equals: filed.result.id },
      },
    });
    const code = /[A-Z0-9]{5}-[A-Z0-9]{5}/.exec(access.body)?.[0];
    expect(code).toBeTruthy();
    expect(
      JSON.stringify(filed.row, (_key, v: unknown) => (typeof v === 'bigint' ? String(v) : v)),
    ).not.toContain(code);

    // The committee asks for a fee; the notary pays it for the client.
    const kzio = await actorFor(db.prisma, 'dispatcher.kzio@demo.citydesk');
    let a = await decideApplication(t.deps, kzio, {
      requestId: filed.result.id,
      version: filed.result.version,
      action: 'startReview',
    });
    a = await decideApplication(t.deps, kzio, {
      requestId: a.id,
      version: a.version,
      action: 'requestPayment',
      amount: 50000,
    });
    const started = await audited(
      { action: 'payment.start', actor: notary, target: { type: 'payment', id: (p) => p.paymentId } },
      () => startPayment({ ...t.deps, payments }, notary, { requestId: a.id }),
    );
    expect(started.row.details).toMatchObject({ applicationId: a.id, amount: 50000, currency: 'RUB' });
    // Opening the same checkout again is no new payment.
    await unaudited(() => startPayment({ ...t.deps, payments }, notary, { requestId: a.id }));
  });
});

describe('the administrator’s settings', () => {
  it('records city settings with the changed fields before and after', async () => {
    const { admin } = who;
    const city = { type: 'city', id: admin.cityId! };
    const window = await audited({ action: 'settings.city.update', actor: admin, target: city }, () =>
      setMeterReadingWindow(t.deps, admin, { fromDay: 10, toDay: 25 }),
    );
    expect(window.row.details).toEqual({
      before: { meterReadingFromDay: 15 },
      after: { meterReadingFromDay: 10 },
    });
    const jump = await audited({ action: 'settings.city.update', actor: admin, target: city }, () =>
      setMeterReadingJumpMultiple(t.deps, admin, { multiple: 5 }),
    );
    expect(jump.row.details).toEqual({
      before: { meterReadingJumpMultiple: 3 },
      after: { meterReadingJumpMultiple: 5 },
    });
    await refusedUnaudited(
      db.prisma,
      () => setMeterReadingWindow(t.deps, admin, { fromDay: 20, toDay: 5 }),
      'INVALID_INPUT',
    );
    await refusedUnaudited(
      db.prisma,
      () => setMeterReadingJumpMultiple(t.deps, who.dispatcher, { multiple: 4 }),
      'NOT_ALLOWED',
    );
  });

  it('records a holiday calendar set, created or replaced, with the dates before and after', async () => {
    const { admin } = who;
    const target = { type: 'holiday_calendar', id: 'RU-2031' };
    const created = await audited({ action: 'settings.calendar.set', actor: admin, target }, () =>
      setHolidayCalendar(t.deps, admin, {
        year: 2031,
        daysOff: ['2031-01-01'],
        workingDays: [],
        source: 'Decree 1',
      }),
    );
    expect(created.row.details).toMatchObject({
      countryCode: 'RU',
      year: 2031,
      created: true,
      before: { daysOff: null, source: null },
      after: { daysOff: ['2031-01-01'], source: 'Decree 1' },
    });
    const replaced = await audited({ action: 'settings.calendar.set', actor: admin, target }, () =>
      setHolidayCalendar(t.deps, admin, {
        year: 2031,
        daysOff: ['2031-01-01', '2031-01-02'],
        workingDays: [],
        source: 'Decree 1',
      }),
    );
    expect(replaced.row.details).toEqual({
      countryCode: 'RU',
      year: 2031,
      created: false,
      before: { daysOff: ['2031-01-01'] },
      after: { daysOff: ['2031-01-01', '2031-01-02'] },
    });
  });

  it('records a service switched on or off in a district', async () => {
    const { admin } = who;
    const district = await db.prisma.district.findFirstOrThrow({ where: { code: 'sovetsky' } });
    const target = { type: 'service_district', id: 'inquiry_response/sovetsky' };
    const on = await audited({ action: 'settings.service_district.set', actor: admin, target }, () =>
      setServiceDistrict(t.deps, admin, {
        serviceCode: 'inquiry_response',
        districtId: district.id,
        enabled: true,
      }),
    );
    expect(on.row.details).toMatchObject({ before: { enabled: false }, after: { enabled: true } });
    const off = await audited({ action: 'settings.service_district.set', actor: admin, target }, () =>
      setServiceDistrict(t.deps, admin, {
        serviceCode: 'inquiry_response',
        districtId: district.id,
        enabled: false,
      }),
    );
    expect(off.row.details).toMatchObject({ before: { enabled: true }, after: { enabled: false } });
  });

  it('records a failed message put back into the outbox, once for two administrators pressing together', async () => {
    const { admin } = who;
    const message = await db.prisma.notification.findFirstOrThrow({ where: { channel: 'EMAIL' } });
    await db.prisma.notification.update({
      where: { id: message.id },
      data: { status: 'FAILED', attempts: 9, lastError: 'mailbox unavailable' },
    });
    const { rows } = await auditedBy(db.prisma, () =>
      Promise.allSettled([
        retryNotification(t.deps, admin, message.id),
        retryNotification(t.deps, admin, message.id),
      ]),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'notification.retry',
      actorId: admin.userId,
      targetType: 'notification',
      targetId: message.id,
      details: {
        channel: 'EMAIL',
        before: { status: 'FAILED', attempts: 9 },
        after: { status: 'PENDING', attempts: 0 },
        lastError: 'mailbox unavailable',
      },
    });
  });
});
