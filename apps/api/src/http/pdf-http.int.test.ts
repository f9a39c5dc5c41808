// GET /requests/:id/work-order.pdf over real HTTP: a request filed by a resident and assigned by the
// dispatcher prints for the contractor it was given to (text and QR code read back from the PDF),
// and for no one who may not print it.
import { decodeQrCode, readPdfText } from '@citydesk/documents/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../test/graphql-client.ts';
import type { TestDatabase } from '../test/test-database.ts';
import { startDemoApi, type DemoApi } from '../test/demo-api.ts';
import type { TestApp } from '../test/test-app.ts';

let db: TestDatabase;
let api: TestApp;
let world: DemoApi<string>;
const as: Record<string, TestClient> = {};

interface Filed {
  id: string;
  number: string;
  version: number;
}

async function fileRequest(): Promise<Filed> {
  const form = await as.resident!.request<{
    myPremises: { id: string }[];
    serviceCategories: { id: string; code: string }[];
  }>('{ myPremises { id } serviceCategories { id code } }');
  const result = await as.resident!.request<{ fileRequest: Filed }>(
    `mutation ($input: FileRequestInput!) { fileRequest(input: $input) { id number version } }`,
    {
      input: {
        categoryId: form.data!.serviceCategories.find((c) => c.code === 'roof_leak')!.id,
        premisesId: form.data!.myPremises[0]!.id,
        description: 'Water is leaking from the ceiling in the bathroom after the rain',
        contactPhone: '+7 (917) 555-12-34',
      },
    },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.fileRequest;
}

async function assignToContractor(request: Filed): Promise<void> {
  const contractor = await as.contractor!.request<{ me: { organization: { id: string } } }>(
    '{ me { organization { id } } }',
  );
  const result = await as.dispatcher!.request(
    `mutation ($input: AssignRequestInput!) { assignRequest(input: $input) { status } }`,
    {
      input: {
        requestId: request.id,
        version: request.version,
        contractorOrganizationId: contractor.data!.me.organization.id,
      },
    },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
}

const pdfPath = (id: string, query = '') => `/requests/${id}/work-order.pdf${query}`;

async function download(client: TestClient | null, path: string) {
  const response = await fetch(`${api.url}${path}`, {
    headers: client?.cookie ? { cookie: client.cookie } : {},
  });
  const isPdf = response.headers.get('content-type') === 'application/pdf';
  return {
    status: response.status,
    headers: response.headers,
    bytes: isPdf ? Buffer.from(await response.arrayBuffer()) : null,
    json: isPdf ? null : ((await response.json()) as { error: { code: string } }),
  };
}

let assigned: Filed;
let workOrderNumber: string;

beforeAll(async () => {
  world = await startDemoApi({
    resident: 'resident@demo.citydesk',
    dispatcher: 'dispatcher@demo.citydesk',
    otherDispatcher: 'dispatcher.uyutnydom@demo.citydesk',
    contractor: 'contractor@demo.citydesk',
    otherContractor: 'elektromontazh.worker1@demo.citydesk',
    admin: 'admin@demo.citydesk',
  });
  ({ db, api } = world);
  Object.assign(as, world.as);
  assigned = await fileRequest();
  await assignToContractor(assigned);
  workOrderNumber = (await db.prisma.workOrder.findUniqueOrThrow({ where: { requestId: assigned.id } }))
    .number;
});
afterAll(async () => {
  await world?.close();
});

describe('GET /requests/:id/work-order.pdf', () => {
  it('gives the contractor the work order in Russian, with the request number and a QR code to the request', async () => {
    const answer = await download(as.contractor!, pdfPath(assigned.id));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('content-disposition')).toMatch(
      new RegExp(`^inline; filename="${workOrderNumber}\\.pdf"`),
    );
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    const text = (await readPdfText(answer.bytes!)).join(' ');
    expect(text).toContain(assigned.number);
    expect(text).toContain(workOrderNumber);
    expect(text).toContain('НАРЯД-ЗАКАЗ'); // the contractor's language is Russian
    expect(text).toContain('ул. Баумана, д. 7, кв. 12');
    // No PUBLIC_URL in the test config: the link is on localhost, at the port the API listens on.
    const publicUrl = `http://localhost:${new URL(api.url).port}`;
    expect(await decodeQrCode(answer.bytes!)).toBe(`${publicUrl}/requests/${assigned.id}`);
  });

  it('prints in Persian with ?lang=fa', async () => {
    const answer = await download(as.contractor!, pdfPath(assigned.id, '?lang=fa'));
    expect(answer.status).toBe(200);
    const text = (await readPdfText(answer.bytes!)).join(' ');
    expect(text).toContain('دستور کار');
    expect(text).toContain(assigned.number);
    expect(text).toContain('نشت آب از بام'); // the category's Persian name
  });

  it('gives it to the dispatcher of the request’s company and to the city administrator', async () => {
    for (const client of [as.dispatcher!, as.admin!]) {
      const answer = await download(client, pdfPath(assigned.id));
      expect(answer.status).toBe(200);
      expect(answer.bytes!.subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('answers 404 to another company’s dispatcher, another contractor and the resident', async () => {
    for (const client of [as.otherDispatcher!, as.otherContractor!, as.resident!]) {
      const answer = await download(client, pdfPath(assigned.id));
      expect(answer.status).toBe(404);
      expect(answer.json!.error.code).toBe('NOT_FOUND');
    }
  });

  it('answers 404 for a request without a work order and for an id that is no request', async () => {
    const unassigned = await fileRequest();
    for (const id of [unassigned.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const answer = await download(as.dispatcher!, pdfPath(id));
      expect(answer.status).toBe(404);
      expect(answer.json!.error.code).toBe('NOT_FOUND');
    }
  });

  it('answers 401 without a session', async () => {
    const answer = await download(null, pdfPath(assigned.id));
    expect(answer.status).toBe(401);
    expect(answer.json!.error.code).toBe('UNAUTHENTICATED');
  });
});
