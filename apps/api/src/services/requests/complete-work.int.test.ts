// Work done with real uploads over HTTP: the signed order and photos are attached to the step,
// the company sees them, another company cannot download them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../test/graphql-client.ts';
import type { TestDatabase } from '../../test/test-database.ts';
import { startDemoApi, type DemoApi } from '../../test/demo-api.ts';
import type { TestApp } from '../../test/test-app.ts';
import { tinyPdf, tinyPng } from '../attachments/test-fixtures.ts';

let world: DemoApi<string>;
let db: TestDatabase;
let api: TestApp;
const as: Record<string, TestClient> = {};

beforeAll(async () => {
  world = await startDemoApi({
    resident: 'resident@demo.citydesk',
    dispatcher: 'dispatcher@demo.citydesk',
    otherDispatcher: 'dispatcher.uyutnydom@demo.citydesk',
    contractor: 'contractor@demo.citydesk',
  });
  ({ db, api } = world);
  Object.assign(as, world.as);
});
afterAll(async () => {
  await world?.close();
});

const REQUEST = `id status version attachments { id kind eventId url } workOrder { signedScanId doneAt pdfUrl }`;

async function startedRequest() {
  const photo = await as.resident!.upload('PHOTO', tinyPng, 'leak.png');
  const form = await as.resident!.request<any>('{ myPremises { id } serviceCategories { id code } }');
  const filed = await as.resident!.request<any>(
    `mutation ($input: FileRequestInput!) { fileRequest(input: $input) { ${REQUEST} } }`,
    {
      input: {
        categoryId: form.data.serviceCategories.find((c: any) => c.code === 'roof_leak').id,
        premisesId: form.data.myPremises[0].id,
        description: 'Water drips from the ceiling in the kitchen',
        contactPhone: '+79175551234',
        photoIds: [photo],
      },
    },
  );
  expect(filed.errors).toBeUndefined();
  expect(filed.data.fileRequest.attachments).toHaveLength(1);
  const org = await as.contractor!.request<any>('{ me { organization { id } } }');
  const assigned = await as.dispatcher!.request<any>(
    `mutation ($input: AssignRequestInput!) { assignRequest(input: $input) { ${REQUEST} } }`,
    {
      input: {
        requestId: filed.data.fileRequest.id,
        version: filed.data.fileRequest.version,
        contractorOrganizationId: org.data.me.organization.id,
      },
    },
  );
  const started = await as.contractor!.request<any>(
    `mutation ($input: RequestStepInput!) { startWork(input: $input) { ${REQUEST} } }`,
    { input: { requestId: assigned.data.assignRequest.id, version: assigned.data.assignRequest.version } },
  );
  expect(started.data.startWork.status).toBe('IN_PROGRESS');
  return started.data.startWork;
}

describe('completing work', () => {
  it('attaches the signed order and photos to the WORK_DONE step for the company to check', async () => {
    const request = await startedRequest();
    const scan = await as.contractor!.upload('SIGNED_WORK_ORDER', tinyPdf, 'signed-order.pdf');
    const photo = await as.contractor!.upload('PHOTO', tinyPng, 'after.png');
    const done = await as.contractor!.request<any>(
      `mutation ($input: CompleteWorkInput!) { completeWork(input: $input) { ${REQUEST} timeline { id type } } }`,
      {
        input: {
          requestId: request.id,
          version: request.version,
          comment: 'Sealed the roof joint',
          signedScanId: scan,
          photoIds: [photo],
        },
      },
    );
    expect(done.errors).toBeUndefined();
    const result = done.data.completeWork;
    expect(result.status).toBe('WORK_DONE');
    expect(result.workOrder.signedScanId).toBe(scan);
    const workDone = result.timeline.find((e: any) => e.type === 'WORK_DONE');
    expect(
      result.attachments
        .filter((a: any) => a.eventId === workDone.id)
        .map((a: any) => a.kind)
        .sort(),
    ).toEqual(['PHOTO', 'SIGNED_WORK_ORDER']);

    const download = (client: TestClient) =>
      fetch(`${api.url}/files/${scan}`, { headers: { cookie: client.cookie! } });
    const mine = await download(as.dispatcher!);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-type')).toBe('application/pdf');
    expect((await download(as.otherDispatcher!)).status).toBe(404);
  });

  it('refuses without the signed order, and refuses a photo passed off as the signed order', async () => {
    const request = await startedRequest();
    const photo = await as.contractor!.upload('PHOTO', tinyPng, 'after.png');
    const asScan = await as.contractor!.request<any>(
      `mutation ($input: CompleteWorkInput!) { completeWork(input: $input) { status } }`,
      { input: { requestId: request.id, version: request.version, comment: 'Done', signedScanId: photo } },
    );
    expect(asScan.errors![0]!.extensions!.code).toBe('INVALID_INPUT');
    const row = await db.prisma.request.findUniqueOrThrow({ where: { id: request.id } });
    expect(row.status).toBe('IN_PROGRESS');
    expect(await db.prisma.attachment.findUniqueOrThrow({ where: { id: photo } })).toMatchObject({
      requestId: null,
    });
  });

  it('does not let another party claim someone else’s upload', async () => {
    const request = await startedRequest();
    const residentsScan = await as.resident!.upload('SIGNED_WORK_ORDER', tinyPdf, 'scan.pdf');
    const result = await as.contractor!.request<any>(
      `mutation ($input: CompleteWorkInput!) { completeWork(input: $input) { status } }`,
      {
        input: {
          requestId: request.id,
          version: request.version,
          comment: 'Done',
          signedScanId: residentsScan,
        },
      },
    );
    expect(result.errors![0]!.extensions!.code).toBe('INVALID_INPUT');
  });
});
