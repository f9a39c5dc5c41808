// An application's documents are checked against its service's requirements (services are data: a
// test-only service accepting one small PDF is enough to prove the rules), and every refusal files
// nothing and claims no upload. Over HTTP, an executable renamed .pdf never becomes an upload at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApi, type DemoApi } from '../../test/demo-api.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { tinyPdf, tinyPng } from '../attachments/test-fixtures.ts';
import type { Actor } from '../context.ts';
import { submitApplication } from './submit-application.ts';
import { noDebtAnswers, uploadedDocument } from './test-applications.ts';

const SERVICE = 'test_single_pdf';
let world: DemoApi<'resident' | 'otherResident'>;
let t: ReturnType<typeof testDeps>;
const who: Record<string, Actor> = {};

beforeAll(async () => {
  world = await startDemoApi({
    resident: 'resident@demo.citydesk',
    otherResident: 'resident2@demo.citydesk',
  });
  const db = world.db.prisma;
  t = testDeps(db, new Date('2026-11-25T07:00:00Z'));
  who.resident = await actorFor(db, 'resident@demo.citydesk');
  who.otherResident = await actorFor(db, 'resident2@demo.citydesk');

  // A service of its own, built from the no-debt certificate's definition with one document
  // requirement: a single PDF of at most 1000 bytes, two files at most.
  const template = await db.serviceCategory.findUniqueOrThrow({
    where: { code: 'no_debt_certificate' },
    include: { providers: true },
  });
  const definition = template.definition as Record<string, unknown>;
  const requirement = (definition.documents as Record<string, unknown>[])[0]!;
  await db.serviceCategory.create({
    data: {
      code: SERVICE,
      kind: 'E_SERVICE',
      name: template.name as object,
      handlingOrganizationKind: template.handlingOrganizationKind,
      slaUnit: 'WORKING_DAYS',
      slaAmount: 3,
      sortOrder: 999,
      definition: {
        ...definition,
        documents: [
          {
            ...requirement,
            kind: 'scan',
            required: true,
            accept: ['application/pdf'],
            maxBytes: 1000,
            maxFiles: 2,
          },
        ],
      },
      providers: { create: { organizationId: template.providers[0]!.organizationId } },
    },
  });
});
afterAll(async () => {
  await world?.close();
});

async function submit(attachmentIds: string[], actor = who.resident!) {
  const db = world.db.prisma;
  const home = await db.occupancy.findFirstOrThrow({ where: { userId: actor.userId } });
  return submitApplication(t.deps, actor, {
    serviceCode: SERVICE,
    premisesId: home.premisesId,
    answers: noDebtAnswers(),
    documents: [{ kind: 'scan', attachmentIds }],
  });
}

/** The upload refused with `code` on documents.scan; no request is filed and no upload is claimed. */
async function refused(attachmentIds: string[], code: string, unclaimed = true) {
  const db = world.db.prisma;
  const requests = await db.request.count();
  const before = await db.attachment.findMany({
    where: { id: { in: attachmentIds } },
    orderBy: { id: 'asc' },
  });
  await expect(submit(attachmentIds)).rejects.toMatchObject({
    code: 'INVALID_INPUT',
    details: { issues: expect.arrayContaining([{ field: 'documents.scan', code }]) },
  });
  expect(await db.request.count()).toBe(requests);
  expect(
    await db.attachment.findMany({ where: { id: { in: attachmentIds } }, orderBy: { id: 'asc' } }),
  ).toEqual(before);
  if (unclaimed) for (const row of before) expect(row).toMatchObject({ requestId: null, documentKind: null });
}

describe('document requirements of a service', () => {
  it('refuses a type the requirement does not accept', async () => {
    const png = await uploadedDocument(world.db.prisma, who.resident!, { mimeType: 'image/png' });
    await refused([png], 'file_type_not_allowed');
  });

  it('refuses a file larger than the requirement allows', async () => {
    const big = await uploadedDocument(world.db.prisma, who.resident!, { sizeBytes: 5000 });
    await refused([big], 'file_too_large');
    // One bad file spoils the whole set: the good one is not claimed either.
    const good = await uploadedDocument(world.db.prisma, who.resident!, { sizeBytes: 900 });
    await refused([good, big], 'file_too_large');
  });

  it('refuses more files than allowed', async () => {
    const files = [];
    for (let i = 0; i < 3; i++)
      files.push(await uploadedDocument(world.db.prisma, who.resident!, { sizeBytes: 500 }));
    await refused(files, 'too_many_files');
  });

  it('refuses someone else’s upload, a photo and an upload already used', async () => {
    const theirs = await uploadedDocument(world.db.prisma, who.otherResident!, { sizeBytes: 500 });
    await refused([theirs], 'attachment_unavailable');
    const photo = await uploadedDocument(world.db.prisma, who.resident!, { sizeBytes: 500, kind: 'PHOTO' });
    await refused([photo], 'attachment_unavailable');

    const used = await uploadedDocument(world.db.prisma, who.resident!, { sizeBytes: 500 });
    const filed = await submit([used]);
    expect(filed.status).toBe('REGISTERED');
    const row = await world.db.prisma.attachment.findUniqueOrThrow({ where: { id: used } });
    expect(row).toMatchObject({ requestId: filed.id, documentKind: 'scan' });
    await refused([used], 'attachment_unavailable', false);
  });

  it('refuses a document of a kind the service does not ask for, and a missing required one', async () => {
    const db = world.db.prisma;
    const before = await db.request.count();
    const home = await db.occupancy.findFirstOrThrow({ where: { userId: who.resident!.userId } });
    const file = await uploadedDocument(db, who.resident!, { sizeBytes: 500 });
    const base = {
      serviceCode: SERVICE,
      premisesId: home.premisesId,
      answers: noDebtAnswers(),
    };
    await expect(
      submitApplication(t.deps, who.resident!, {
        ...base,
        documents: [{ kind: 'propertyDocuments', attachmentIds: [file] }],
      }),
    ).rejects.toMatchObject({
      details: {
        issues: expect.arrayContaining([
          { field: 'documents', code: 'invalid_choice' },
          { field: 'documents.scan', code: 'document_required' },
        ]),
      },
    });
    expect(await db.request.count()).toBe(before);
  });
});

describe('over HTTP', () => {
  const exe = Buffer.concat([
    Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'),
    Buffer.alloc(512),
  ]);

  async function post(bytes: Buffer, fileName: string, type: string) {
    const client = world.as.resident;
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), fileName);
    const response = await fetch(`${world.api.url}/files?kind=DOCUMENT`, {
      method: 'POST',
      headers: { 'x-citydesk-upload': '1', 'x-citydesk-locale': 'en', cookie: client.cookie! },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  it('refuses an executable renamed .pdf and stores nothing', async () => {
    const before = await world.db.prisma.attachment.count();
    const answer = await post(exe, 'certificate.pdf', 'application/pdf');
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ field: 'file', code: 'file_type_not_allowed' }],
    });
    expect(await world.db.prisma.attachment.count()).toBe(before);
  });

  it('takes a real PDF as a document, which the service then accepts, and a PNG which it refuses', async () => {
    const pdf = await post(tinyPdf, 'scan.pdf', 'application/pdf');
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({ kind: 'DOCUMENT', mimeType: 'application/pdf' });
    const png = await world.as.resident.upload('DOCUMENT', tinyPng, 'scan.png');
    const result = await world.as.resident.request<{ submitApplication: { status: string } }>(
      `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { status } }`,
      {
        input: {
          serviceCode: SERVICE,
          premisesId: (
            await world.db.prisma.occupancy.findFirstOrThrow({ where: { userId: who.resident!.userId } })
          ).premisesId,
          answers: noDebtAnswers(),
          documents: [{ kind: 'scan', attachmentIds: [png] }],
        },
      },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ field: 'documents.scan', code: 'file_type_not_allowed' }],
    });
    const accepted = await world.as.resident.request<{ submitApplication: { status: string } }>(
      `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { status } }`,
      {
        input: {
          serviceCode: SERVICE,
          premisesId: (
            await world.db.prisma.occupancy.findFirstOrThrow({ where: { userId: who.resident!.userId } })
          ).premisesId,
          answers: noDebtAnswers(),
          documents: [{ kind: 'scan', attachmentIds: [pdf.body.id] }],
        },
      },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.submitApplication.status).toBe('REGISTERED');
  });
});
