// Staff never see a one-time code: the administrator's outbox lists the signing SMS (to whom, when,
// whether it left) with its code blotted out, while the message itself still carries the code to the
// phone. Checked over the API, as the Outbox page asks for it.
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

  it('is the administrator’s only', async () => {
    const result = await world.as.resident.request(OUTBOX);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.length).toBeGreaterThan(0);
  });
});
