// Issued documents a bank, a notary and an auditor can trust, checked through the real API (GraphQL and
// HTTP) on the demo city: an approval is refused while the account owes money (DEBT_OUTSTANDING, nothing
// written); after the debt is paid the certificate says in words that there is no debt; a newer certificate
// supersedes the older; a certificate expires after its validity; leaving the waiting list or being
// declared invalid revokes it; a refusal issues a verifiable certificate of refusal naming the ground; a
// reviewer of the issuing organization (and nobody else) revokes a document by hand with a reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoPaymentProvider } from '../../infra/payments/demo-payment-provider.ts';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { TestClient } from '../../test/graphql-client.ts';
import { startTestApp, type TestApp } from '../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { decideApplication } from '../applications/decide-application.ts';
import { getApplication } from '../applications/list-applications.ts';
import { removeFromWaitingList } from '../applications/remove-from-waiting-list.ts';
import { submitApplication } from '../applications/submit-application.ts';
import {
  noDebtAnswers,
  refusedWithoutChange,
  uploadedDocument,
  waitingListAnswers,
} from '../applications/test-applications.ts';
import type { Actor } from '../context.ts';
import { acceptPaymentCallback } from '../payments/accept-payment-callback.ts';
import { startPayment } from '../payments/start-payment.ts';

const DAY = 86_400_000;
const UNSIGNED_LIST = 'test_waiting_list_unsigned';
let db: TestDatabase;
let api: TestApp;
let t: ReturnType<typeof testDeps>;
const who: Record<string, Actor> = {};
const client: Record<string, TestClient> = {};
const emails: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  // Tuesday 3 November 2026, 10:00 in Kazan.
  t = testDeps(db.prisma, new Date('2026-11-03T07:00:00Z'));
  api = await startTestApp({ databaseUrl: db.url, clock: () => t.deps.clock() });
  const users: Record<string, string> = {
    resident: 'resident@demo.citydesk',
    debtor: 'resident2@demo.citydesk',
    utility: 'dispatcher.vodokanal@demo.citydesk',
    housing: 'dispatcher.housing@demo.citydesk',
    otherDesk: 'dispatcher.kzio@demo.citydesk',
  };
  Object.assign(emails, users);
  for (const [name, email] of Object.entries(users)) {
    who[name] = await actorFor(db.prisma, email);
    client[name] = new TestClient(api.url, 'ru');
    await client[name].login(email);
  }
  client.anonymous = new TestClient(api.url, 'ru');

  // The waiting list as data, without the SMS signature (signing is tested in applications/).
  const list = await db.prisma.serviceCategory.findUniqueOrThrow({
    where: { code: 'service_housing_waiting_list' },
    include: { providers: true },
  });
  await db.prisma.serviceCategory.create({
    data: {
      code: UNSIGNED_LIST,
      kind: 'E_SERVICE',
      name: list.name as object,
      handlingOrganizationKind: list.handlingOrganizationKind,
      slaUnit: list.slaUnit,
      slaAmount: list.slaAmount,
      sortOrder: 999,
      definition: { ...(list.definition as object), signing: 'NONE' },
      providers: { create: { organizationId: list.providers[0]!.organizationId } },
    },
  });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const VERIFY = `query ($code: String!) {
  verifyDocument(code: $code) {
    status number title revokedAt revocationReason revocationReasonText validUntil statements
    facts { label value }
  }
}`;
const verifyOverGraphQL = async (code: string) =>
  (await client.anonymous!.request(VERIFY, { code })).data!.verifyDocument;
async function verifyOverHttp(code: string) {
  const response = await fetch(`${api.url}/verify/${code}`, { headers: { accept: 'application/json' } });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

async function applyForNoDebt(actor: Actor, subscriberCode: string) {
  const home = await db.prisma.occupancy.findFirstOrThrow({ where: { userId: actor.userId } });
  const filed = await submitApplication(t.deps, actor, {
    serviceCode: 'no_debt_certificate',
    premisesId: home.premisesId,
    answers: noDebtAnswers(
      subscriberCode,
      (await db.prisma.user.findUniqueOrThrow({ where: { id: actor.userId } })).email,
    ),
    documents: [{ kind: 'propertyDocuments', attachmentIds: [await uploadedDocument(db.prisma, actor)] }],
  });
  return decideApplication(t.deps, who.utility!, {
    requestId: filed.id,
    version: filed.version,
    action: 'startReview',
  });
}

/** Moves the clock; sessions idle that long have expired, so everyone signs in again. */
async function advance(ms: number) {
  t.advance(ms);
  for (const [name, c] of Object.entries(client)) if (name !== 'anonymous') await c.login(emails[name]!);
}

const payments = createDemoPaymentProvider({ publicUrl: 'https://city.example' });
/** The payer pays at the demo bank, whose signed callback goes through the webhook's verification. */
async function payInFull(requestId: string, payer: Actor) {
  const checkout = await startPayment({ ...t.deps, payments }, payer, { requestId });
  const payment = await db.prisma.payment.findUniqueOrThrow({ where: { id: checkout.paymentId } });
  const delivery = await payments.signedCallback(payment, true, t.deps.clock());
  expect(await acceptPaymentCallback(t.deps, payments, delivery)).toMatchObject({ kind: 'settled' });
}

const approve = (a: { id: string; version: number }, actor = who.utility!) =>
  decideApplication(t.deps, actor, { requestId: a.id, version: a.version, action: 'approve' });

describe('a no-debt certificate for an account that owes money', () => {
  let application: Awaited<ReturnType<typeof applyForNoDebt>>;
  beforeAll(async () => {
    application = await applyForNoDebt(who.debtor!, '100000000002');
  });

  it('is refused with DEBT_OUTSTANDING by the service and writes nothing', async () => {
    await refusedWithoutChange(db.prisma, () => approve(application), application.id, 'DEBT_OUTSTANDING');
    expect(await db.prisma.issuedDocument.count({ where: { requestId: application.id } })).toBe(0);
  });

  it('is refused over GraphQL too, in the reviewer’s language with the debt, and the button says so', async () => {
    const result = await client.utility!.request(
      `mutation ($id: ID!, $v: Int!) { applicationApprove(input: { applicationId: $id, version: $v }) { id } }`,
      { id: application.id, v: application.version },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('DEBT_OUTSTANDING');
    expect(result.errors?.[0]?.message.replace(/\s/g, ' ')).toContain('1 843,50 ₽');
    expect(result.errors?.[0]?.message).toContain('100000000002');
    const view = await client.utility!.request(
      `query ($id: ID!) { application(id: $id) { status viewerCan { approve requestPayment }
        outcomeBlockers { code account debt } } }`,
      { id: application.id },
    );
    expect(view.data!.application).toEqual({
      status: 'IN_REVIEW',
      viewerCan: { approve: false, requestPayment: true },
      outcomeBlockers: [{ code: 'DEBT_OUTSTANDING', account: '100000000002', debt: 184350 }],
    });
  });

  it('is issued once the debt is paid, stating in words that there is no debt', async () => {
    const account = await db.prisma.utilityAccount.findFirstOrThrow({
      where: { subscriberCode: '100000000002' },
    });
    const asked = await decideApplication(t.deps, who.utility!, {
      requestId: application.id,
      version: application.version,
      action: 'requestPayment',
      amount: account.debt,
      accountId: account.id,
    });
    expect(asked.status).toBe('AWAITING_PAYMENT');
    await payInFull(application.id, who.debtor!);
    const done = (await getApplication(t.deps, who.debtor!, application.id))!;
    expect(done.status).toBe('APPROVED');
    const [certificate] = done.issuedDocuments;
    const check = await verifyOverGraphQL(certificate!.verificationCode);
    expect(check.status).toBe('GENUINE');
    expect(check.statements).toEqual([
      'Задолженность за водоснабжение и водоотведение по лицевому счёту 100000000002 по состоянию на 3 нояб. 2026 г. отсутствует.',
    ]);
    // Valid for 30 days counting the day of issue.
    expect(check.validUntil).toBe('2026-12-02');
  });
});

describe('a payment that leaves a debt', () => {
  it('goes back to the reviewer instead of issuing the certificate', async () => {
    const account = await db.prisma.utilityAccount.update({
      where: {
        organizationId_subscriberCode: {
          organizationId: who.utility!.organizationId!,
          subscriberCode: '100000000002',
        },
      },
      data: { debt: 50_000 },
    });
    const review = await applyForNoDebt(who.debtor!, '100000000002');
    await decideApplication(t.deps, who.utility!, {
      requestId: review.id,
      version: review.version,
      action: 'requestPayment',
      amount: 20_000,
      accountId: account.id,
    });
    await payInFull(review.id, who.debtor!);
    const after = (await getApplication(t.deps, who.utility!, review.id))!;
    expect(after.status).toBe('IN_REVIEW');
    expect(after.issuedDocuments).toEqual([]);
    const paid = await db.prisma.requestEvent.findFirstOrThrow({
      where: { requestId: review.id, type: 'PAID' },
    });
    expect(paid).toMatchObject({
      toStatus: 'IN_REVIEW',
      data: expect.objectContaining({ blockedBy: 'DEBT_OUTSTANDING' }),
    });
    expect((await db.prisma.utilityAccount.findUniqueOrThrow({ where: { id: account.id } })).debt).toBe(
      30_000,
    );
    await db.prisma.utilityAccount.update({ where: { id: account.id }, data: { debt: 0 } });
  });
});

describe('an account without debt', () => {
  it('gets its certificate at once; a newer one supersedes it; it expires after 30 days', async () => {
    const first = await approve(await applyForNoDebt(who.resident!, '100000000001'));
    const firstCode = first.issuedDocuments[0]!.verificationCode;
    expect((await verifyOverHttp(firstCode)).status).toBe('GENUINE');

    await advance(2 * DAY);
    const second = await approve(await applyForNoDebt(who.resident!, '100000000001'));
    const secondCode = second.issuedDocuments[0]!.verificationCode;
    expect(await verifyOverHttp(firstCode)).toMatchObject({
      status: 'REVOKED',
      revocationReason: 'SUPERSEDED',
    });
    const superseded = await verifyOverGraphQL(firstCode);
    expect(superseded).toMatchObject({
      status: 'REVOKED',
      revocationReasonText: 'Заменён более новым документом',
    });
    // The old application's timeline says so.
    const revoked = await db.prisma.requestEvent.findFirstOrThrow({
      where: { requestId: first.id, type: 'DOCUMENT_REVOKED' },
    });
    expect(revoked.reasonCode).toBe('SUPERSEDED');

    expect((await verifyOverHttp(secondCode)).status).toBe('GENUINE');
    await advance(29 * DAY);
    expect((await verifyOverHttp(secondCode)).status).toBe('GENUINE');
    await advance(DAY);
    expect(await verifyOverHttp(secondCode)).toMatchObject({ status: 'EXPIRED', validUntil: '2026-12-04' });
    expect((await verifyOverGraphQL(secondCode)).status).toBe('EXPIRED');
    // The public JSON carries no personal data.
    expect(Object.keys(await verifyOverHttp(secondCode)).sort()).toEqual([
      'issuedAt',
      'kind',
      'number',
      'revocationReason',
      'revokedAt',
      'status',
      'validUntil',
    ]);
  });

  it('answers UNKNOWN for a code nobody issued', async () => {
    expect(await verifyOverHttp('ABCDE12345')).toEqual({ status: 'UNKNOWN' });
  });
});

async function listedApplicant(actor: Actor) {
  const filed = await submitApplication(t.deps, actor, {
    serviceCode: UNSIGNED_LIST,
    answers: waitingListAnswers(),
    documents: [{ kind: 'employmentCertificate', attachmentIds: [await uploadedDocument(db.prisma, actor)] }],
  });
  const review = await decideApplication(t.deps, who.housing!, {
    requestId: filed.id,
    version: filed.version,
    action: 'startReview',
  });
  return approve(review, who.housing!);
}

describe('the waiting-list certificate', () => {
  it('verifies as REVOKED once the applicant leaves the list, over HTTP and GraphQL', async () => {
    const listed = await listedApplicant(who.resident!);
    const code = listed.issuedDocuments[0]!.verificationCode;
    expect((await verifyOverGraphQL(code)).status).toBe('GENUINE');
    await removeFromWaitingList(t.deps, who.housing!, { requestId: listed.id, reason: 'Housing provided' });
    expect(await verifyOverHttp(code)).toMatchObject({
      status: 'REVOKED',
      revocationReason: 'BASIS_REMOVED',
    });
    const check = await verifyOverGraphQL(code);
    expect(check).toMatchObject({ status: 'REVOKED', revocationReason: 'BASIS_REMOVED' });
    expect(new Date(check.revokedAt).getTime()).toBe(t.deps.clock().getTime());
    // The keeper's words stay in the file, never on the public page.
    expect(JSON.stringify(check)).not.toContain('Housing provided');
  });

  it('verifies as REVOKED when the approved application is declared invalid, and the place ends', async () => {
    const listed = await listedApplicant(who.debtor!);
    const code = listed.issuedDocuments[0]!.verificationCode;
    const invalid = await decideApplication(t.deps, who.housing!, {
      requestId: listed.id,
      version: listed.version,
      action: 'invalidate',
      comment: 'The employment certificate was forged',
    });
    expect(invalid.status).toBe('INVALID');
    expect(invalid.waitingListEntry?.removedAt).not.toBeNull();
    expect(await verifyOverHttp(code)).toMatchObject({
      status: 'REVOKED',
      revocationReason: 'APPLICATION_INVALIDATED',
    });
    expect((await verifyOverGraphQL(code)).status).toBe('REVOKED');
  });
});

describe('a refusal', () => {
  it('issues a certificate of refusal that verifies as GENUINE, names the ground and downloads as PDF', async () => {
    const filed = await submitApplication(t.deps, who.resident!, {
      serviceCode: UNSIGNED_LIST,
      answers: waitingListAnswers('900101300555'),
      documents: [
        { kind: 'employmentCertificate', attachmentIds: [await uploadedDocument(db.prisma, who.resident!)] },
      ],
    });
    const review = await decideApplication(t.deps, who.housing!, {
      requestId: filed.id,
      version: filed.version,
      action: 'startReview',
    });
    const refused = await decideApplication(t.deps, who.housing!, {
      requestId: filed.id,
      version: review.version,
      action: 'refuse',
      groundCode: 'housingLawRequirements',
    });
    expect(refused.issuedDocuments.map((d) => d.kind)).toEqual(['REFUSAL']);
    const check = await verifyOverGraphQL(refused.issuedDocuments[0]!.verificationCode);
    expect(check.status).toBe('GENUINE');
    expect(check.title).toBe('Уведомление об отказе');
    const ground = check.facts.find((f: { label: string }) => f.label === 'Основание отказа');
    expect(ground?.value.localized.ru).toMatch(/жилищн/i);
    const pdf = await fetch(`${api.url}/documents/${refused.issuedDocuments[0]!.id}.pdf`, {
      headers: { cookie: client.resident!.cookie! },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
  });
});

describe('revoking by hand', () => {
  const REVOKE = `mutation ($id: ID!, $reason: DocumentRevocationReason!, $note: String) {
    revokeDocument(documentId: $id, reason: $reason, note: $note) {
      id documents { id status revocationReason viewerCanRevoke }
    }
  }`;

  it('is for the issuing organization only, with a reason (and a note for OTHER), once', async () => {
    await advance(DAY);
    const approved = await approve(await applyForNoDebt(who.resident!, '100000000001'));
    const document = approved.issuedDocuments[0]!;
    const before = await db.prisma.issuedDocument.findUniqueOrThrow({ where: { id: document.id } });

    const other = await client.otherDesk!.request(REVOKE, { id: document.id, reason: 'ISSUED_IN_ERROR' });
    expect(other.errors?.[0]?.extensions?.code, JSON.stringify(other.errors)).toBe('NOT_FOUND');
    const noNote = await client.utility!.request(REVOKE, { id: document.id, reason: 'OTHER' });
    expect(noNote.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ field: 'note', code: 'required' }],
    });
    const platformsOwn = await client.utility!.request(REVOKE, { id: document.id, reason: 'SUPERSEDED' });
    expect(platformsOwn.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    const resident = await client.resident!.request(REVOKE, { id: document.id, reason: 'ISSUED_IN_ERROR' });
    expect(resident.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await db.prisma.issuedDocument.findUniqueOrThrow({ where: { id: document.id } })).toEqual(before);

    const done = await client.utility!.request(REVOKE, {
      id: document.id,
      reason: 'ISSUED_IN_ERROR',
      note: 'Wrong account typed',
    });
    expect(done.errors).toBeUndefined();
    expect(done.data!.revokeDocument.documents).toEqual([
      { id: document.id, status: 'REVOKED', revocationReason: 'ISSUED_IN_ERROR', viewerCanRevoke: false },
    ]);
    expect(await verifyOverHttp(document.verificationCode)).toMatchObject({
      status: 'REVOKED',
      revocationReason: 'ISSUED_IN_ERROR',
    });
    const again = await client.utility!.request(REVOKE, { id: document.id, reason: 'ISSUED_IN_ERROR' });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_ALLOWED');
    const event = await db.prisma.requestEvent.findFirstOrThrow({
      where: { requestId: approved.id, type: 'DOCUMENT_REVOKED' },
    });
    expect(event).toMatchObject({ reasonCode: 'ISSUED_IN_ERROR', actorId: who.utility!.userId });
    const notice = await db.prisma.notification.findFirstOrThrow({
      where: { recipientId: who.resident!.userId, eventId: event.id, channel: 'EMAIL' },
    });
    expect(notice.body).toContain(approved.number);
  });
});
