// The administrator's outbox over the API, as the Outbox page asks for it. Staff never see a one-time
// code: it lists the signing SMS (to whom, when, whether it left) with its code blotted out, while the
// message itself still carries the code to the phone. A message that ran out of tries is listed with
// its error and put back into the outbox by the administrator's retry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApi, type DemoApi } from '../../test/demo-api.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { submitApplication } from '../applications/submit-application.ts';
import {
  signingCodeFromOutbox,
  uploadedDocument,
  waitingListAnswers,
} from '../applications/test-applications.ts';

let world: DemoApi<'resident' | 'admin'>;
const OUTBOX = `query { outbox(first: 200) { id channel to subject body } }`;

beforeAll(async () => {
  world = await startDemoApi({ resident: 'resident@demo.citydesk', admin: 'admin@demo.citydesk' }, 'ru');
});
afterAll(async () => {
  await world?.close();
});

describe('the outbox', () => {
  it('never returns a signing code, and still shows the other messages whole', async () => {
    const db = world.db.prisma;
    const resident = await actorFor(db, 'resident@demo.citydesk');
    const application = await submitApplication(testDeps(db).deps, resident, {
      serviceCode: 'service_housing_waiting_list',
      answers: waitingListAnswers(),
      documents: [{ kind: 'employmentCertificate', attachmentIds: [await uploadedDocument(db, resident)] }],
    });
    const sent = await world.as.resident.request(
      'mutation ($id: ID!) { requestSigningCode(applicationId: $id) { sentTo } }',
      { id: application.id },
    );
    expect(sent.errors).toBeUndefined();
    const code = await signingCodeFromOutbox(db, resident.userId, application.number);
    const sms = await db.notification.findFirstOrThrow({
      where: { recipientId: resident.userId, template: 'signing.code' },
    });

    const listed = await world.as.admin.request<{
      outbox: { id: string; channel: string; body: string; subject: string }[];
    }>(OUTBOX);
    expect(listed.errors).toBeUndefined();
    const rows = listed.data!.outbox;
    expect(JSON.stringify(rows)).not.toContain(code);
    const shown = rows.find((r) => r.id === sms.id)!;
    expect(shown).toMatchObject({ channel: 'SMS', subject: sms.subject });
    expect(shown.body).toContain(application.number);
    expect(shown.body).toContain('••••••');
    // What the phone gets is untouched.
    expect((await db.notification.findUniqueOrThrow({ where: { id: sms.id } })).body).toContain(code);

    // The code still signs; the registration e-mail that follows is listed whole.
    const signed = await world.as.resident.request(
      'mutation ($id: ID!, $code: String!) { signApplication(applicationId: $id, code: $code) { status } }',
      { id: application.id, code },
    );
    expect(signed.data).toEqual({ signApplication: { status: 'REGISTERED' } });
    const email = await db.notification.findFirstOrThrow({
      where: { recipientId: resident.userId, channel: 'EMAIL', template: 'request.REGISTERED' },
      orderBy: { createdAt: 'desc' },
    });
    const again = await world.as.admin.request<{ outbox: { id: string; body: string }[] }>(OUTBOX);
    expect(again.data!.outbox.find((r) => r.id === email.id)?.body).toBe(email.body);
    expect(JSON.stringify(again.data)).not.toContain(code);
  });

  it('lists a FAILED message with its error and retries it: PENDING again, due at once', async () => {
    const db = world.db.prisma;
    const resident = await actorFor(db, 'resident@demo.citydesk');
    const failed = await db.notification.create({
      data: {
        recipientId: resident.userId,
        channel: 'EMAIL',
        template: 'test.failed',
        locale: 'ru',
        subject: 'Не доставлено',
        body: 'Текст',
        status: 'FAILED',
        attempts: 13,
        lastError: '550 5.1.1 mailbox unavailable',
      },
    });
    const FAILED = `query { outbox(first: 200, status: FAILED) { id lastError attempts viewerCanRetry } }`;
    const listed = await world.as.admin.request<{
      outbox: { id: string; lastError: string; viewerCanRetry: boolean }[];
    }>(FAILED);
    expect(listed.data!.outbox.find((m) => m.id === failed.id)).toEqual({
      id: failed.id,
      lastError: '550 5.1.1 mailbox unavailable',
      attempts: 13,
      viewerCanRetry: true,
    });

    const RETRY = `mutation ($id: ID!) { retryNotification(id: $id) { id status attempts nextAttemptAt viewerCanRetry } }`;
    const refused = await world.as.resident.request(RETRY, { id: failed.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const retried = await world.as.admin.request(RETRY, { id: failed.id });
    expect(retried.errors).toBeUndefined();
    expect(retried.data).toEqual({
      retryNotification: {
        id: failed.id,
        status: 'PENDING',
        attempts: 0,
        nextAttemptAt: null,
        viewerCanRetry: false,
      },
    });
    expect(await db.notification.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({
      status: 'PENDING',
      attempts: 0,
      nextAttemptAt: null,
    });
    // Pressed twice (or by two administrators): the second is told it is no longer FAILED.
    const again = await world.as.admin.request(RETRY, { id: failed.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_ALLOWED');
    const malformed = await world.as.admin.request(RETRY, { id: 'not-a-uuid' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await db.notification.delete({ where: { id: failed.id } });
  });

  it('is the administrator’s only', async () => {
    const result = await world.as.resident.request(OUTBOX);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.length).toBeGreaterThan(0);
  });
});
