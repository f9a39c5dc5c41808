// Issued documents and demo payments over real HTTP: a resident applies for the no-debt certificate
// through GraphQL with a real uploaded PDF, the water utility approves it, the resident downloads the
// certificate (GET /documents/:id.pdf), whose text and QR code lead to the public verification; the
// renovation fee is paid through the demo provider's page and callback, idempotently.
import { decodeQrCode, readPdfText } from '@citydesk/documents/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPdf } from '../services/attachments/test-fixtures.ts';
import { noDebtAnswers } from '../services/applications/test-applications.ts';
import { startDemoApi, type DemoApi } from '../test/demo-api.ts';
import { TestClient } from '../test/graphql-client.ts';

type Name = 'resident' | 'otherResident' | 'vodokanal' | 'kzio' | 'admin';
let world: DemoApi<Name>;
let anonymous: TestClient;

const APPLICATION = `id number status version documents { id number kind verificationCode pdfUrl }`;
interface Application {
  id: string;
  number: string;
  status: string;
  version: number;
  documents: { id: string; number: string; kind: string; verificationCode: string; pdfUrl: string }[];
}

async function gql<T = any>(client: TestClient, query: string, variables?: Record<string, unknown>) {
  const result = await client.request<T>(query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

async function premisesOf(client: TestClient) {
  return (await gql<{ myPremises: { id: string }[] }>(client, '{ myPremises { id } }')).myPremises[0]!.id;
}

async function submit(client: TestClient, input: Record<string, unknown>): Promise<Application> {
  return (
    await gql<{ submitApplication: Application }>(
      client,
      `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { ${APPLICATION} } }`,
      { input },
    )
  ).submitApplication;
}

async function step(client: TestClient, field: string, input: Record<string, unknown>): Promise<Application> {
  return (
    await gql<Record<string, Application>>(
      client,
      `mutation ($input: DecideApplicationInput!) { ${field}(input: $input) { ${APPLICATION} } }`,
      { input },
    )
  )[field]!;
}

async function download(client: TestClient | null, path: string) {
  const response = await fetch(`${world.api.url}${path}`, {
    headers: client?.cookie ? { cookie: client.cookie } : {},
  });
  const isPdf = response.headers.get('content-type') === 'application/pdf';
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: isPdf ? Buffer.from(await response.arrayBuffer()) : null,
    json: isPdf ? null : ((await response.json()) as { error: { code: string } }),
  };
}

let certificate: Application['documents'][number];
let approved: Application;

beforeAll(async () => {
  world = await startDemoApi({
    resident: 'resident@demo.citydesk',
    otherResident: 'resident2@demo.citydesk',
    vodokanal: 'dispatcher.vodokanal@demo.citydesk',
    kzio: 'dispatcher.kzio@demo.citydesk',
    admin: 'admin@demo.citydesk',
  });
  anonymous = new TestClient(world.api.url, 'en');

  const scan = await world.as.resident.upload('DOCUMENT', tinyPdf, 'property.pdf');
  const filed = await submit(world.as.resident, {
    serviceCode: 'no_debt_certificate',
    premisesId: await premisesOf(world.as.resident),
    answers: noDebtAnswers(),
    documents: [{ kind: 'propertyDocuments', attachmentIds: [scan] }],
  });
  expect(filed.status).toBe('REGISTERED');
  const review = await step(world.as.vodokanal, 'applicationStartReview', {
    applicationId: filed.id,
    version: filed.version,
  });
  approved = await step(world.as.vodokanal, 'applicationApprove', {
    applicationId: filed.id,
    version: review.version,
  });
  expect(approved.status).toBe('APPROVED');
  certificate = approved.documents[0]!;
});
afterAll(async () => {
  await world?.close();
});

describe('GET /documents/:id.pdf', () => {
  it('gives the applicant the certificate: its number in the text, the verification link in the QR code', async () => {
    // The resident sees it in "My applications" too.
    const mine = await gql<{ myApplications: Application[] }>(
      world.as.resident,
      `{ myApplications { ${APPLICATION} } }`,
    );
    expect(mine.myApplications.find((a) => a.id === approved.id)?.documents).toEqual([certificate]);
    expect(certificate.pdfUrl).toBe(`/documents/${certificate.id}.pdf`);

    const answer = await download(world.as.resident, certificate.pdfUrl);
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('application/pdf');
    const text = (await readPdfText(answer.bytes!)).join(' ');
    expect(text).toContain(certificate.number);
    expect(text).toContain(approved.number);
    const publicUrl = `http://localhost:${new URL(world.api.url).port}`;
    expect(await decodeQrCode(answer.bytes!)).toBe(`${publicUrl}/verify/${certificate.verificationCode}`);
  });

  it('prints in Persian with ?lang=fa', async () => {
    const answer = await download(world.as.resident, `${certificate.pdfUrl}?lang=fa`);
    expect(answer.status).toBe(200);
    const text = (await readPdfText(answer.bytes!)).join(' ');
    expect(text).toContain(certificate.number);
    expect(text).toMatch(/[\u0600-\u06FF]/);
    const russian = (await readPdfText((await download(world.as.resident, certificate.pdfUrl)).bytes!)).join(
      ' ',
    );
    expect(text).not.toBe(russian);
  });

  it('gives it to the issuing utility and the administrator, and answers 404 to anyone else', async () => {
    for (const client of [world.as.vodokanal, world.as.admin])
      expect((await download(client, certificate.pdfUrl)).status).toBe(200);
    for (const client of [world.as.otherResident, world.as.kzio]) {
      const answer = await download(client, certificate.pdfUrl);
      expect(answer.status).toBe(404);
      expect(answer.json!.error.code).toBe('NOT_FOUND');
    }
    expect(
      (await download(world.as.resident, '/documents/00000000-0000-4000-8000-000000000000.pdf')).status,
    ).toBe(404);
    expect((await download(null, certificate.pdfUrl)).status).toBe(401);
  });
});

describe('verifyDocument (public, no login)', () => {
  const VERIFY = `query ($code: String!) {
    verifyDocument(code: $code) { status number title issuerName applicantName issuedAt facts { label value } }
  }`;

  it('says GENUINE and what it certifies, for the code as printed or typed in lower case', async () => {
    for (const code of [certificate.verificationCode, certificate.verificationCode.toLowerCase()]) {
      const { verifyDocument } = await gql(anonymous, VERIFY, { code });
      expect(verifyDocument).toMatchObject({
        status: 'GENUINE',
        number: certificate.number,
        applicantName: 'Алия Сафина',
      });
      expect(verifyDocument.issuerName).toContain('Водоканал');
      expect(verifyDocument.facts.length).toBeGreaterThan(0);
      expect(verifyDocument.facts.some((f: { value: object }) => 'date' in f.value)).toBe(true);
    }
  });

  it('says UNKNOWN, and nothing more, for a tampered code', async () => {
    const code = certificate.verificationCode;
    const last = code.at(-1)!;
    const tampered = code.slice(0, -1) + (last === 'A' ? 'B' : 'A');
    const { verifyDocument } = await gql(anonymous, VERIFY, { code: tampered });
    expect(verifyDocument).toEqual({
      status: 'UNKNOWN',
      number: null,
      title: null,
      issuerName: null,
      applicantName: null,
      issuedAt: null,
      facts: [],
    });
  });
});

describe('demo payments over HTTP', () => {
  async function assessedFee(client: TestClient, amount: number) {
    const filed = await submit(client, {
      serviceCode: 'renovation_fee',
      premisesId: await premisesOf(client),
      answers: { cadastralNumber: '16:50:011104:123', floorArea: '54,3' },
      documents: [],
    });
    const review = await step(world.as.kzio, 'applicationStartReview', {
      applicationId: filed.id,
      version: filed.version,
    });
    const due = await step(world.as.kzio, 'applicationRequestPayment', {
      applicationId: filed.id,
      version: review.version,
      amount,
    });
    expect(due.status).toBe('AWAITING_PAYMENT');
    return due;
  }

  async function startPayment(client: TestClient, applicationId: string) {
    const { startPayment } = await gql<{ startPayment: { paymentId: string; checkoutUrl: string } }>(
      client,
      `mutation ($id: ID!) { startPayment(applicationId: $id) { paymentId checkoutUrl } }`,
      { id: applicationId },
    );
    return { ...startPayment, ref: startPayment.checkoutUrl.split('/').pop()! };
  }

  async function callback(ref: string, outcome: string) {
    const response = await fetch(`${world.api.url}/payments/demo/${ref}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  const application = (client: TestClient, id: string) =>
    gql<{ application: Application & { amountDue: number | null } }>(
      client,
      `query ($id: ID!) { application(id: $id) { ${APPLICATION} amountDue } }`,
      { id },
    ).then((d) => d.application);

  it('pays the assessed fee once, however often the provider calls back, and issues the receipt', async () => {
    const due = await assessedFee(world.as.resident, 250_000);
    const checkout = await startPayment(world.as.resident, due.id);
    expect(checkout.checkoutUrl).toMatch(/\/pay\/demo\/demo_[0-9a-f]{32}$/);
    // Opening it again gives the same checkout.
    expect((await startPayment(world.as.resident, due.id)).ref).toBe(checkout.ref);

    const page = await fetch(`${world.api.url}/payments/demo/${checkout.ref}`);
    expect(page.status).toBe(200);
    expect(await page.json()).toMatchObject({
      amount: 250_000,
      currency: 'RUB',
      description: due.number,
      status: 'PENDING',
      returnPath: `/applications/${due.id}`,
    });

    const first = await callback(checkout.ref, 'succeed');
    const second = await callback(checkout.ref, 'succeed');
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([first.body.status, second.body.status]).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    // A late "fail" changes nothing either.
    expect((await callback(checkout.ref, 'fail')).body.status).toBe('SUCCEEDED');

    const paid = await application(world.as.resident, due.id);
    expect(paid.status).toBe('APPROVED');
    expect(paid.documents.map((d) => d.kind)).toEqual(['PAYMENT_RECEIPT']);
    const db = world.db.prisma;
    expect(await db.requestEvent.count({ where: { requestId: due.id, type: 'PAID' } })).toBe(1);
    expect(await db.payment.count({ where: { requestId: due.id } })).toBe(1);
    const receipt = await download(world.as.resident, paid.documents[0]!.pdfUrl);
    expect(receipt.status).toBe(200);
    // Paid: no new checkout.
    const again = await world.as.resident.request(
      `mutation ($id: ID!) { startPayment(applicationId: $id) { paymentId } }`,
      { id: due.id },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_ALLOWED');
  });

  it('a failed payment keeps it awaiting payment; a new checkout has a new reference and can succeed', async () => {
    const due = await assessedFee(world.as.otherResident, 99_900);
    const failed = await startPayment(world.as.otherResident, due.id);
    const answer = await callback(failed.ref, 'fail');
    expect(answer).toMatchObject({ status: 200, body: { status: 'FAILED' } });
    expect((await application(world.as.otherResident, due.id)).status).toBe('AWAITING_PAYMENT');
    expect(
      await world.db.prisma.requestEvent.count({ where: { requestId: due.id, type: 'PAYMENT_FAILED' } }),
    ).toBe(1);

    const retry = await startPayment(world.as.otherResident, due.id);
    expect(retry.ref).not.toBe(failed.ref);
    expect(retry.paymentId).not.toBe(failed.paymentId);
    expect((await callback(retry.ref, 'succeed')).body.status).toBe('SUCCEEDED');
    // The old reference stays failed.
    expect((await callback(failed.ref, 'succeed')).body.status).toBe('FAILED');
    const paid = await application(world.as.otherResident, due.id);
    expect(paid.status).toBe('APPROVED');
    expect(paid.documents).toHaveLength(1);
    expect(await world.db.prisma.requestEvent.count({ where: { requestId: due.id, type: 'PAID' } })).toBe(1);
  });

  it('refuses a malformed callback and an unknown reference, and someone else’s checkout', async () => {
    expect((await callback('demo_' + '0'.repeat(32), 'succeed')).status).toBe(404);
    expect((await callback('not-a-ref', 'succeed')).status).toBe(400);
    expect((await callback('demo_' + '0'.repeat(32), 'maybe')).status).toBe(400);
    expect((await fetch(`${world.api.url}/payments/demo/demo_${'0'.repeat(32)}`)).status).toBe(404);
    const due = await assessedFee(world.as.resident, 1_000);
    const theirs = await world.as.otherResident.request(
      `mutation ($id: ID!) { startPayment(applicationId: $id) { paymentId } }`,
      { id: due.id },
    );
    expect(theirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
