// The communal service centre's call centre (seed 003: "по телефону call-центра (044) 247-40-40") files the
// household-size change and the meter applications for a caller, and orders a meter's sealing or unsealing:
// only the provider's own staff, only for premises of its city; the filer organization is recorded, and a
// caller who is a registered resident of the premises sees the application in their cabinet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import type { Actor } from '../context.ts';
import { orderSealWorkForCaller } from '../meters/order-seal-work.ts';
import { meterInUse } from '../meters/test-meters.ts';
import { fileApplicationOnBehalf, type FileOnBehalfInput } from './file-application-on-behalf.ts';
import { listApplications } from './list-applications.ts';
import { householdAnswers, uploadedDocument } from './test-applications.ts';

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
const who: Record<string, Actor> = {};
const START = new Date('2026-11-16T07:00:00Z');
// resident2@ lives at ул. Гвардейская 33, кв. 21.
let gvardeyskaya: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma, { now: START });
  t = testDeps(db.prisma, START);
  for (const [name, email] of Object.entries({
    kcs: 'dispatcher.kcs@demo.citydesk',
    vodokanal: 'dispatcher.vodokanal@demo.citydesk',
    notary: 'notary@demo.citydesk',
    resident: 'resident@demo.citydesk',
    resident2: 'resident2@demo.citydesk',
  }))
    who[name] = await actorFor(db.prisma, email);
  gvardeyskaya = (
    await db.prisma.building.findFirstOrThrow({ where: { street: 'ул. Гвардейская', houseNumber: '33' } })
  ).id;
});
afterAll(async () => {
  await db?.close();
});

async function householdCall(
  actor: Actor,
  extra: Partial<FileOnBehalfInput> = {},
): Promise<FileOnBehalfInput> {
  return {
    serviceCode: 'household_size_change',
    applicantName: 'Ринат Хабибуллин',
    applicantPhone: '8 (917) 234-56-02',
    buildingId: gvardeyskaya,
    premisesNumber: '21',
    answers: householdAnswers(4),
    documents: [{ kind: 'supportingDocuments', attachmentIds: [await uploadedDocument(db.prisma, actor)] }],
    ...extra,
  };
}

describe('the call centre files for a caller', () => {
  it('a household-size change: by phone, routed to the centre, in the resident’s cabinet', async () => {
    const a = await fileApplicationOnBehalf(
      t.deps,
      who.kcs!,
      await householdCall(who.kcs!, { residentId: who.resident2!.userId }),
    );
    expect(a).toMatchObject({
      status: 'REGISTERED',
      channel: 'PHONE',
      intakeOrganizationId: who.kcs!.organizationId,
      organizationId: who.kcs!.organizationId,
      residentId: who.resident2!.userId,
      filedById: who.kcs!.userId,
      contactName: 'Ринат Хабибуллин',
      contactPhone: '+79172345602',
    });
    expect(a.premises?.number).toBe('21');
    const mine = await listApplications(t.deps, who.resident2!, 'mine');
    expect(mine.map((x) => x.id)).toContain(a.id);
    // The centre finds it among what it filed as well as in its queue.
    expect((await listApplications(t.deps, who.kcs!, 'intake')).map((x) => x.id)).toContain(a.id);
    // A caller without an account: the application is the centre's to follow.
    const anonymous = await fileApplicationOnBehalf(t.deps, who.kcs!, await householdCall(who.kcs!));
    expect(anonymous).toMatchObject({ channel: 'PHONE', residentId: null });
  });

  it('a meter application, checked against the premises’ register like the resident’s own', async () => {
    await meterInUse(db.prisma, who.resident2!, { serialNumber: 'SV-880001' });
    const documents = await Promise.all(
      ['verificationCertificate', 'meterPhoto'].map(async (kind) => ({
        kind,
        attachmentIds: [await uploadedDocument(db.prisma, who.kcs!, { mimeType: 'image/png' })],
      })),
    );
    const call = {
      serviceCode: 'meter_reverification',
      applicantName: 'Ринат Хабибуллин',
      applicantPhone: '+7 917 234-56-02',
      buildingId: gvardeyskaya,
      premisesNumber: '21',
      answers: {
        meterKind: 'COLD_WATER',
        serialNumber: 'SV-880001',
        verificationDate: '2026-11-12',
        currentReading: '15',
      },
      documents,
    };
    await expect(
      fileApplicationOnBehalf(t.deps, who.kcs!, { ...call, premisesNumber: '22' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: [{ field: 'answers.serialNumber', code: 'unknown_meter' }] },
    });
    const a = await fileApplicationOnBehalf(t.deps, who.kcs!, call);
    expect(a).toMatchObject({ channel: 'PHONE', intakeOrganizationId: who.kcs!.organizationId });
    expect((await db.prisma.request.findUniqueOrThrow({ where: { id: a.id } })).meterId).not.toBeNull();
  });

  it('refuses other organizations’ staff, services the centre does not provide, and premises of another city', async () => {
    const before = await db.prisma.request.count();
    await expect(
      fileApplicationOnBehalf(t.deps, who.vodokanal!, await householdCall(who.vodokanal!)),
    ).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    await expect(
      fileApplicationOnBehalf(t.deps, who.kcs!, {
        ...(await householdCall(who.kcs!)),
        serviceCode: 'no_debt_certificate',
      }),
    ).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    await expect(
      fileApplicationOnBehalf(t.deps, who.resident!, await householdCall(who.resident!)),
    ).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    // A caller named as a resident must live in the premises.
    await expect(
      fileApplicationOnBehalf(
        t.deps,
        who.kcs!,
        await householdCall(who.kcs!, { residentId: who.resident!.userId }),
      ),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', details: { issues: [{ field: 'residentId' }] } });
    // Another city's building is not the centre's.
    const elsewhere = await db.prisma.city.create({
      data: {
        code: 'TST',
        name: { az: 'Test', fa: 'تست', ru: 'Тест', kk: 'Тест', en: 'Test' },
        countryCode: 'RU',
        timeZone: 'Europe/Moscow',
        districts: {
          create: {
            code: 'centre',
            name: { az: 'Mərkəz', fa: 'مرکز', ru: 'Центр', kk: 'Орталық', en: 'Centre' },
            buildings: {
              create: {
                street: 'ул. Ленина',
                houseNumber: '1',
                floors: 5,
                premises: { create: { number: '21' } },
              },
            },
          },
        },
      },
      include: { districts: { include: { buildings: true } } },
    });
    await expect(
      fileApplicationOnBehalf(
        t.deps,
        who.kcs!,
        await householdCall(who.kcs!, { buildingId: elsewhere.districts[0]!.buildings[0]!.id }),
      ),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', details: { issues: [{ field: 'buildingId' }] } });
    expect(await db.prisma.request.count()).toBe(before);
    // A notary office still files what it files for its clients.
    const notarised = await fileApplicationOnBehalf(t.deps, who.notary!, await householdCall(who.notary!));
    expect(notarised).toMatchObject({ channel: 'OFFICE', intakeOrganizationId: who.notary!.organizationId });
  });
});

describe('the call centre orders sealing or unsealing for a caller', () => {
  let meterId: string;
  beforeAll(async () => {
    meterId = (await meterInUse(db.prisma, who.resident2!, { serialNumber: 'SV-880002' })).id;
  });
  const call = (extra: Record<string, unknown> = {}) => ({
    meterId,
    work: 'UNSEAL' as const,
    callerName: 'Ринат Хабибуллин',
    callerPhone: '8 917 234-56-02',
    ...extra,
  });

  it('checks the caller and the organization first', async () => {
    const before = await db.prisma.request.count();
    await expect(orderSealWorkForCaller(t.deps, who.kcs!, call({ callerPhone: '12' }))).rejects.toMatchObject(
      {
        code: 'INVALID_INPUT',
        details: { issues: [{ field: 'callerPhone', code: 'invalid_phone' }] },
      },
    );
    await expect(
      orderSealWorkForCaller(t.deps, who.kcs!, call({ residentId: who.resident!.userId })),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', details: { issues: [{ field: 'residentId' }] } });
    for (const actor of [who.vodokanal!, who.resident2!, who.notary!])
      await expect(orderSealWorkForCaller(t.deps, actor, call())).rejects.toMatchObject({
        code: 'NOT_ALLOWED',
      });
    expect(await db.prisma.request.count()).toBe(before);
    expect(await db.prisma.auditLog.count({ where: { action: 'meter.seal_work.order' } })).toBe(0);
  });

  it('files the work order by phone for the resident who called; one at a time', async () => {
    const desk = await orderSealWorkForCaller(t.deps, who.kcs!, call({ residentId: who.resident2!.userId }));
    const [open] = desk.workRequests;
    const order = await db.prisma.request.findUniqueOrThrow({ where: { id: open!.id } });
    expect(order).toMatchObject({
      channel: 'PHONE',
      meterId,
      residentId: who.resident2!.userId,
      filedById: who.kcs!.userId,
      organizationId: who.kcs!.organizationId,
      contactPhone: '+79172345602',
    });
    await expect(orderSealWorkForCaller(t.deps, who.kcs!, call())).rejects.toMatchObject({
      code: 'METER_WORK_OPEN',
    });
    // One audit row: the call centre ordered work on this meter.
    expect(await db.prisma.auditLog.findMany({ where: { action: 'meter.seal_work.order' } })).toMatchObject([
      {
        actorId: who.kcs!.userId,
        organizationId: who.kcs!.organizationId,
        targetType: 'meter',
        targetId: meterId,
        details: { number: order.number, channel: 'PHONE', residentId: who.resident2!.userId },
      },
    ]);
  });
});
