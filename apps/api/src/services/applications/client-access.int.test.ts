// A notary's client has no account (seed 001): at filing the client gets an access code by SMS and
// e-mail at the contacts given, staff never see it, and with the application's number and the code the
// client opens the application and downloads its certificate over the public API; a wrong code, another
// application's number or a number alone opens nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApi, type DemoApi } from '../../test/demo-api.ts';
import { TestClient } from '../../test/graphql-client.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import type { Actor } from '../context.ts';
import { decideApplication } from './decide-application.ts';
import { fileApplicationOnBehalf } from './file-application-on-behalf.ts';
import { uploadedDocument } from './test-applications.ts';

let world: DemoApi<'admin'>;
let t: ReturnType<typeof testDeps>;
const who: Record<string, Actor> = {};
let anonymous: TestClient;

const TRACK = `query ($n: String!, $c: String!) {
  trackApplication(number: $n, code: $c) {
    number status serviceName applicantName intakeOrganizationName
    documents { id number kind status }
  }
}`;

async function fileInquiry(email: string | null = 'ivanov@example.com') {
  const db = world.db.prisma;
  const building = await db.building.findFirstOrThrow({
    where: { street: 'ул. Пушкина', houseNumber: '12' },
  });
  return fileApplicationOnBehalf(t.deps, who.notary!, {
    serviceCode: 'inquiry_response',
    applicantName: 'Иванов Иван Иванович',
    applicantPhone: '+7 917 111-22-33',
    applicantEmail: email,
    buildingId: building.id,
    premisesNumber: '5',
    answers: {
      purpose: 'notary_transfer',
      recipientName: 'Нотариальная контора Галиевой Р. Ф.',
      cadastralNumber: '16:50:011104:123',
      ownerFullName: 'Иванов Иван Иванович',
    },
    documents: [{ kind: 'ownershipDocument', attachmentIds: [await uploadedDocument(db, who.notary!)] }],
  });
}

/** The access code as the client's SMS carries it. */
async function accessCodeOf(requestId: string) {
  const sms = await world.db.prisma.notification.findFirstOrThrow({
    where: {
      channel: 'SMS',
      template: 'application.access',
      payload: { path: ['requestId'], equals: requestId },
    },
  });
  const code = sms.body.match(/[0-9A-Z]{5}-[0-9A-Z]{5}/)?.[0];
  expect(code).toBeDefined();
  return { code: code!, sms };
}

beforeAll(async () => {
  world = await startDemoApi({ admin: 'admin@demo.citydesk' }, 'ru');
  t = testDeps(world.db.prisma, new Date('2026-11-25T07:00:00Z'));
  for (const [name, email] of Object.entries({
    notary: 'notary@demo.citydesk',
    kzio: 'dispatcher.kzio@demo.citydesk',
  }))
    who[name] = await actorFor(world.db.prisma, email);
  anonymous = new TestClient(world.api.url, 'ru');
});
afterAll(async () => {
  await world?.close();
});

describe('a client without an account', () => {
  it('gets the access code by SMS and e-mail at the contacts given, in the city’s language', async () => {
    const filed = await fileInquiry();
    const { code, sms } = await accessCodeOf(filed.id);
    expect(sms).toMatchObject({
      recipientId: null,
      address: '+79171112233',
      locale: 'ru',
      status: 'PENDING',
    });
    expect(sms.body).toContain(filed.number);
    const mail = await world.db.prisma.notification.findFirstOrThrow({
      where: { channel: 'EMAIL', template: 'application.access', address: 'ivanov@example.com' },
    });
    expect(mail.body).toContain(code);
    // Only a hash is stored.
    const stored = await world.db.prisma.application.findUniqueOrThrow({ where: { requestId: filed.id } });
    expect(stored.accessCodeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.accessCodeHash).not.toContain(code.replace('-', ''));
  });

  it('never shows the code to staff in the outbox', async () => {
    const filed = await fileInquiry(null);
    const { code } = await accessCodeOf(filed.id);
    const listed = await world.as.admin.request<{ outbox: { body: string }[] }>(
      `query { outbox(first: 200) { body } }`,
    );
    expect(listed.errors).toBeUndefined();
    const bodies = listed.data!.outbox.map((m) => m.body);
    expect(bodies.some((b) => b.includes(filed.number))).toBe(true);
    expect(bodies.some((b) => b.includes(code))).toBe(false);
  });

  it('opens the application with its number and the code, and downloads the certificate', async () => {
    const filed = await fileInquiry();
    const { code } = await accessCodeOf(filed.id);
    const reviewed = await decideApplication(t.deps, who.kzio!, {
      requestId: filed.id,
      version: filed.version,
      action: 'startReview',
    });
    await decideApplication(t.deps, who.kzio!, {
      requestId: filed.id,
      version: reviewed.version,
      action: 'approve',
    });

    // As typed: lower case, spaces instead of the hyphen.
    const opened = await anonymous.request(TRACK, {
      n: ` ${filed.number.toLowerCase()} `,
      c: code.toLowerCase().replace('-', ' '),
    });
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.trackApplication).toMatchObject({
      number: filed.number,
      status: 'APPROVED',
      applicantName: 'Иванов Иван Иванович',
      intakeOrganizationName: expect.stringContaining('Нотариальная'),
    });
    const [document] = opened.data!.trackApplication.documents;
    expect(document).toMatchObject({ kind: 'CERTIFICATE', status: 'ISSUED' });

    const pdf = await fetch(`${world.api.url}/track/documents/${document.id}.pdf`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ number: filed.number, code }),
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const wrong = await fetch(`${world.api.url}/track/documents/${document.id}.pdf`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ number: filed.number, code: 'ZZZZZ-ZZZZZ' }),
    });
    expect(wrong.status).toBe(404);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    // The session route stays closed to anyone without a session.
    expect((await fetch(`${world.api.url}/documents/${document.id}.pdf`)).status).toBe(401);
  });

  it('opens nothing with a wrong code, another application’s code or a number alone, signed in or not', async () => {
    const first = await fileInquiry();
    const second = await fileInquiry();
    const { code: firstCode } = await accessCodeOf(first.id);
    for (const [n, c] of [
      [first.number, 'ZZZZZ-ZZZZZ'],
      [second.number, firstCode],
      [first.number, ''],
      ['', firstCode],
    ] as const) {
      const result = await anonymous.request(TRACK, { n, c });
      expect(result.errors).toBeUndefined();
      expect(result.data!.trackApplication).toBeNull();
    }
    // Signed in, the page answers the same: a resident gains nothing from their session.
    const asResident = new TestClient(world.api.url, 'ru');
    await asResident.login('resident@demo.citydesk');
    const other = await asResident.request(TRACK, { n: second.number, c: firstCode });
    expect(other.data!.trackApplication).toBeNull();
  });

  it('makes an address that keeps guessing wait', async () => {
    const filed = await fileInquiry(null);
    const guesser = new TestClient(world.api.url, 'ru');
    let limited: unknown;
    for (let i = 0; i < 40 && !limited; i++) {
      const result = await guesser.request(TRACK, {
        n: filed.number,
        c: `ZZZZZ-ZZZ${String(i).padStart(2, '0')}`,
      });
      limited = result.errors?.find((e) => e.extensions?.code === 'RATE_LIMITED');
    }
    expect(limited).toBeDefined();
  });
});
