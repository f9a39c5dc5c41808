// A notary office files inquiry-response applications for citizens who have no account (seed 001):
// routed to the property committee, offered district by district as the administrator enables it,
// counted per district once issued; the notary follows and downloads, only the committee decides;
// services the citizen must sign cannot be filed on their behalf.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import type { Actor } from '../context.ts';
import { issuedDocumentPdf } from '../documents/issued-document-pdf.ts';
import { decideApplication } from './decide-application.ts';
import { fileApplicationOnBehalf, type FileOnBehalfInput } from './file-application-on-behalf.ts';
import { getApplication, listApplications } from './list-applications.ts';
import { serviceDistricts, setServiceDistrict } from './service-districts.ts';
import { uploadedDocument, waitingListAnswers } from './test-applications.ts';
import { deliverPending, type OutgoingMessage } from '../notifications/deliver-outbox.ts';

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
const who: Record<string, Actor> = {};
const building: Record<string, string> = {};
const district: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  t = testDeps(db.prisma, new Date('2026-11-25T07:00:00Z'));
  for (const [name, email] of Object.entries({
    notary: 'notary@demo.citydesk',
    kzio: 'dispatcher.kzio@demo.citydesk',
    vodokanal: 'dispatcher.vodokanal@demo.citydesk',
    resident: 'resident@demo.citydesk',
    admin: 'admin@demo.citydesk',
  }))
    who[name] = await actorFor(db.prisma, email);
  for (const [name, street, houseNumber] of [
    ['vakhitovsky', 'ул. Пушкина', '12'],
    ['sovetsky', 'ул. Гвардейская', '54'],
  ] as const) {
    const row = await db.prisma.building.findFirstOrThrow({
      where: { street, houseNumber },
      include: { district: true },
    });
    building[name] = row.id;
    district[name] = row.districtId;
    expect(row.district.code).toBe(name);
  }
});
afterAll(async () => {
  await db?.close();
});

async function inquiry(
  buildingId: string,
  extra: Partial<FileOnBehalfInput> = {},
): Promise<FileOnBehalfInput> {
  return {
    serviceCode: 'inquiry_response',
    applicantName: 'Иванов Иван Иванович',
    applicantPhone: '8 (917) 111-22-33',
    applicantEmail: 'Ivanov@Example.com',
    buildingId,
    premisesNumber: '5',
    answers: {
      purpose: 'notary_transfer',
      recipientName: 'Нотариальная контора Галиевой Р. Ф.',
      cadastralNumber: '16:50:011104:123',
      ownerFullName: 'Иванов Иван Иванович',
    },
    documents: [
      { kind: 'ownershipDocument', attachmentIds: [await uploadedDocument(db.prisma, who.notary!)] },
    ],
    ...extra,
  };
}

async function approve(id: string) {
  const a = (await getApplication(t.deps, who.kzio!, id))!;
  const r = await decideApplication(t.deps, who.kzio!, {
    requestId: id,
    version: a.version,
    action: 'startReview',
  });
  return decideApplication(t.deps, who.kzio!, { requestId: id, version: r.version, action: 'approve' });
}

describe('filing on a citizen’s behalf', () => {
  let filedId: string;

  it('routes it to the property committee, as an office intake with no resident account', async () => {
    const notary = await db.prisma.organization.findUniqueOrThrow({
      where: { id: who.notary!.organizationId! },
    });
    expect(notary.kind).toBe('NOTARY_OFFICE');
    const a = await fileApplicationOnBehalf(t.deps, who.notary!, await inquiry(building.vakhitovsky!));
    filedId = a.id;
    expect(a).toMatchObject({
      status: 'REGISTERED',
      channel: 'OFFICE',
      intakeOrganizationId: notary.id,
      organizationId: who.kzio!.organizationId,
      residentId: null,
      filedById: who.notary!.userId,
      contactName: 'Иванов Иван Иванович',
      contactPhone: '+79171112233',
    });
    expect(a.application?.applicantEmail).toBe('ivanov@example.com');
    expect(a.premises?.number).toBe('5');
    expect(a.organization?.kind).toBe('MUNICIPALITY');
    // Five working days from Wednesday 25 November: Thursday 2 December, 18:00 Moscow time.
    expect(a.deadlineAt.toISOString()).toBe('2026-12-02T15:00:00.000Z');
  });

  it('e-mails the client at the address given, in the city’s language, and the office in-app', async () => {
    const mail = await db.prisma.notification.findMany({
      where: { eventId: { not: null }, channel: 'EMAIL', event: { requestId: filedId } },
    });
    const client = mail.filter((n) => n.address === 'ivanov@example.com');
    expect(client).toHaveLength(1);
    expect(client[0]).toMatchObject({ recipientId: null, locale: 'ru', template: 'request.REGISTERED' });
    expect(client[0]!.body).toContain(
      (await db.prisma.request.findUniqueOrThrow({ where: { id: filedId } })).number,
    );
    const sent: OutgoingMessage[] = [];
    await deliverPending(t.deps, { channel: 'EMAIL', send: async (m) => void sent.push(m) });
    expect(sent.map((m) => m.to)).toContain('ivanov@example.com');
  });

  it('files for a building without naming a flat', async () => {
    const a = await fileApplicationOnBehalf(
      t.deps,
      who.notary!,
      await inquiry(building.vakhitovsky!, { premisesNumber: null }),
    );
    expect(a).toMatchObject({ status: 'REGISTERED', premisesId: null, buildingId: building.vakhitovsky });
  });

  it('refuses a district the service is not offered in yet, and files nothing', async () => {
    const before = await db.prisma.request.count();
    await expect(
      fileApplicationOnBehalf(t.deps, who.notary!, await inquiry(building.sovetsky!)),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: [{ field: 'premisesId', code: 'not_offered_here' }] },
    });
    await expect(
      fileApplicationOnBehalf(
        t.deps,
        who.notary!,
        await inquiry(building.vakhitovsky!, { premisesNumber: '999' }),
      ),
    ).rejects.toMatchObject({ details: { issues: [{ field: 'premisesNumber', code: 'invalid_choice' }] } });
    await expect(
      fileApplicationOnBehalf(
        t.deps,
        who.notary!,
        await inquiry(building.vakhitovsky!, { applicantPhone: 'call me' }),
      ),
    ).rejects.toMatchObject({ details: { issues: [{ field: 'applicantPhone', code: 'invalid_phone' }] } });
    expect(await db.prisma.request.count()).toBe(before);
  });

  it('accepts it there once the administrator enables the district, and counts documents per district', async () => {
    const rows = await serviceDistricts(t.deps, who.admin!, 'inquiry_response');
    expect(rows.find((r) => r.districtId === district.vakhitovsky)).toMatchObject({
      enabled: true,
      issued: 0,
    });
    expect(rows.find((r) => r.districtId === district.sovetsky)).toMatchObject({ enabled: false, issued: 0 });
    await expect(
      setServiceDistrict(t.deps, who.kzio!, {
        serviceCode: 'inquiry_response',
        districtId: district.sovetsky!,
        enabled: true,
      }),
    ).rejects.toMatchObject({ code: 'NOT_ALLOWED' });

    const enabled = await setServiceDistrict(t.deps, who.admin!, {
      serviceCode: 'inquiry_response',
      districtId: district.sovetsky!,
      enabled: true,
    });
    expect(enabled.find((r) => r.districtId === district.sovetsky)).toMatchObject({
      enabled: true,
      enabledAt: t.deps.clock(),
    });
    const there = await fileApplicationOnBehalf(t.deps, who.notary!, await inquiry(building.sovetsky!));
    expect(there.status).toBe('REGISTERED');

    await approve(filedId);
    await approve(there.id);
    const counts = await serviceDistricts(t.deps, who.admin!, 'inquiry_response');
    expect(counts.find((r) => r.districtId === district.vakhitovsky)?.issued).toBe(1);
    expect(counts.find((r) => r.districtId === district.sovetsky)?.issued).toBe(1);
    expect(counts.reduce((n, r) => n + r.issued, 0)).toBe(2);

    // Disabled again: no new filings there, the issued ones still count.
    await setServiceDistrict(t.deps, who.admin!, {
      serviceCode: 'inquiry_response',
      districtId: district.sovetsky!,
      enabled: false,
    });
    await expect(
      fileApplicationOnBehalf(t.deps, who.notary!, await inquiry(building.sovetsky!)),
    ).rejects.toMatchObject({ details: { issues: [{ field: 'premisesId', code: 'not_offered_here' }] } });
    expect(
      (await serviceDistricts(t.deps, who.admin!, 'inquiry_response')).find(
        (r) => r.districtId === district.sovetsky,
      ),
    ).toMatchObject({ enabled: false, issued: 1 });
  });

  it('lets the notary follow it and download the certificate, but not decide it', async () => {
    const intake = await listApplications(t.deps, who.notary!, 'intake');
    expect(intake.map((a) => a.id)).toContain(filedId);
    expect(intake.every((a) => a.intakeOrganizationId === who.notary!.organizationId)).toBe(true);
    expect(await listApplications(t.deps, who.notary!, 'queue')).toEqual([]);
    const seen = (await getApplication(t.deps, who.notary!, filedId))!;
    expect(seen.status).toBe('APPROVED');
    const pdf = await issuedDocumentPdf(t.deps, who.notary!, {
      documentId: seen.issuedDocuments[0]!.id,
      publicUrl: 'https://city.example',
    });
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.fileName).toBe(`${seen.issuedDocuments[0]!.number}.pdf`);

    const open = await fileApplicationOnBehalf(t.deps, who.notary!, await inquiry(building.vakhitovsky!));
    for (const action of ['startReview', 'approve', 'refuse', 'invalidate'] as const)
      await expect(
        decideApplication(t.deps, who.notary!, {
          requestId: open.id,
          version: open.version,
          action,
          groundCode: 'unpaidPropertyFees',
          comment: 'x',
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Neither can another organization; the committee can.
    await expect(
      decideApplication(t.deps, who.vodokanal!, {
        requestId: open.id,
        version: open.version,
        action: 'startReview',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await getApplication(t.deps, who.vodokanal!, open.id)).toBeNull();
    expect(await getApplication(t.deps, who.resident!, open.id)).toBeNull();
    const refused = await decideApplication(t.deps, who.kzio!, {
      requestId: open.id,
      version: (
        await decideApplication(t.deps, who.kzio!, {
          requestId: open.id,
          version: open.version,
          action: 'startReview',
        })
      ).version,
      action: 'refuse',
      groundCode: 'unpaidPropertyFees',
    });
    expect(refused.status).toBe('REFUSED');
  });

  it('cannot file a service the citizen must sign, and only notary offices file on behalf', async () => {
    const before = await db.prisma.request.count();
    await expect(
      fileApplicationOnBehalf(t.deps, who.notary!, {
        serviceCode: 'service_housing_waiting_list',
        applicantName: 'Иванов Иван Иванович',
        applicantPhone: '+7 917 111-22-33',
        answers: waitingListAnswers(),
        documents: [
          { kind: 'employmentCertificate', attachmentIds: [await uploadedDocument(db.prisma, who.notary!)] },
        ],
      }),
    ).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    await expect(
      fileApplicationOnBehalf(t.deps, who.kzio!, await inquiry(building.vakhitovsky!)),
    ).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    await expect(
      fileApplicationOnBehalf(t.deps, who.resident!, await inquiry(building.vakhitovsky!)),
    ).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    expect(await db.prisma.request.count()).toBe(before);
  });
});
