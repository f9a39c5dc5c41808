// The meter register (seed 003) beyond registration: a replacement retires the old meter with its final
// reading and registers the new one; a re-verification moves the due date and, for a meter dismantled for
// it, orders its sealing; the resident orders sealing or unsealing of their own meter; the database keeps
// the register's rules. On the injected clock: Monday 16 November 2026, 10:00 in Kazan (the reading window
// of the 15th–25th is open), with the demo city seeded as of that day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { decideApplication, type ReviewerAction } from '../applications/decide-application.ts';
import { orderMeterSealing } from '../applications/order-meter-sealing.ts';
import { submitApplication } from '../applications/submit-application.ts';
import { refusedWithoutChange, uploadedDocument } from '../applications/test-applications.ts';
import type { Actor } from '../context.ts';
import { listMyMeters, submitMeterReading } from './meter-readings.ts';
import { orderSealWork } from './order-seal-work.ts';
import { meterInUse, runWorkOrder } from './test-meters.ts';

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
const who: Record<string, Actor> = {};
const START = new Date('2026-11-16T07:00:00Z');
const day = (date: string) => new Date(`${date}T00:00:00Z`);

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma, { now: START });
  t = testDeps(db.prisma, START);
  for (const [name, email] of Object.entries({
    resident: 'resident@demo.citydesk',
    resident2: 'resident2@demo.citydesk',
    kcs: 'dispatcher.kcs@demo.citydesk',
    vodokanal: 'dispatcher.vodokanal@demo.citydesk',
    contractor: 'contractor@demo.citydesk',
  }))
    who[name] = await actorFor(db.prisma, email);
});
afterAll(async () => {
  await db?.close();
});

const homeOf = async (actor: Actor) =>
  (await db.prisma.occupancy.findFirstOrThrow({ where: { userId: actor.userId } })).premisesId;

async function documents(actor: Actor, kinds: string[]) {
  return Promise.all(
    kinds.map(async (kind) => ({
      kind,
      // The photo of the meters is a photo: JPEG or PNG.
      attachmentIds: [
        await uploadedDocument(db.prisma, actor, kind === 'meterPhoto' ? { mimeType: 'image/jpeg' } : {}),
      ],
    })),
  );
}

async function decide(applicationId: string, action: ReviewerAction, extra: { comment?: string } = {}) {
  const { version } = await db.prisma.request.findUniqueOrThrow({ where: { id: applicationId } });
  return decideApplication(t.deps, who.kcs!, { requestId: applicationId, version, action, ...extra });
}

const runOrder = (orderId: string, resident: Actor) =>
  runWorkOrder(db.prisma, t.deps, orderId, { dispatcher: who.kcs!, contractor: who.contractor!, resident });

const meter = (serialNumber: string) => db.prisma.meter.findFirstOrThrow({ where: { serialNumber } });

describe('replacing a meter', () => {
  const replacementDocs = ['dismantlingAct', 'installationAct', 'meterPassport', 'sealAct', 'meterPhoto'];
  const answers = (over: Record<string, unknown> = {}) => ({
    meterKind: 'COLD_WATER',
    oldSerialNumber: 'SV-120701',
    finalReading: '145,3',
    serialNumber: 'SV-230001',
    verificationDate: '2026-10-01',
    sealNumber: 'PL-230001',
    initialReading: '0,012',
    ...over,
  });
  const file = async (actor: Actor, over: Record<string, unknown> = {}) =>
    submitApplication(t.deps, actor, {
      serviceCode: 'meter_replacement',
      premisesId: await homeOf(actor),
      answers: answers(over),
      documents: await documents(actor, replacementDocs),
    });
  const refusedAtFiling = async (
    actor: Actor,
    over: Record<string, unknown>,
    field: string,
    code: string,
  ) => {
    const before = await db.prisma.request.count();
    await expect(file(actor, over)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: [{ field: `answers.${field}`, code }] },
    });
    expect(await db.prisma.request.count()).toBe(before);
  };

  it('is refused at filing when the old meter, the new serial, the final reading or the date do not fit', async () => {
    await refusedAtFiling(
      who.resident!,
      { oldSerialNumber: 'SV-999999' },
      'oldSerialNumber',
      'unknown_meter',
    );
    // The hot-water meter is not a cold-water one; another resident's premises have no such meter.
    await refusedAtFiling(
      who.resident!,
      { oldSerialNumber: 'GV-120702' },
      'oldSerialNumber',
      'unknown_meter',
    );
    await refusedAtFiling(who.resident2!, {}, 'oldSerialNumber', 'unknown_meter');
    await refusedAtFiling(
      who.resident!,
      { serialNumber: 'SV-120701' },
      'serialNumber',
      'meter_already_registered',
    );
    // October's reading was 141.1.
    await refusedAtFiling(who.resident!, { finalReading: '141' }, 'finalReading', 'too_small');
    await refusedAtFiling(who.resident!, { verificationDate: '2026-11-17' }, 'verificationDate', 'too_large');
  });

  it('replacement updates the register: the old meter retired with its final reading, the new one active', async () => {
    const old = await meter('SV-120701');
    const a = await file(who.resident!);
    expect((await db.prisma.request.findUniqueOrThrow({ where: { id: a.id } })).meterId).toBe(old.id);
    await decide(a.id, 'startReview');
    // Sealed already (the seal act is required): no sealing order.
    await refusedWithoutChange(
      db.prisma,
      () => orderMeterSealing(t.deps, who.kcs!, { requestId: a.id }),
      a.id,
      'NOT_ALLOWED',
    );
    const approved = await decide(a.id, 'approve');
    expect(approved.status).toBe('APPROVED');

    const retired = await meter('SV-120701');
    expect(retired).toMatchObject({ status: 'RETIRED', retiredAt: START });
    expect(Number(retired.finalReading)).toBe(145.3);
    const added = await meter('SV-230001');
    expect(added).toMatchObject({
      status: 'ACTIVE',
      kind: 'COLD_WATER',
      sealNumber: 'PL-230001',
      premisesId: old.premisesId,
      requestId: a.id,
      verifiedOn: day('2026-10-01'),
      // Cold water: 6 years.
      verificationDueOn: day('2032-10-01'),
    });
    expect(Number(added.initialReading)).toBe(0.012);

    expect(approved.issuedDocuments.map((d) => d.kind)).toEqual(['METER_REPLACEMENT']);
    const document = await db.prisma.issuedDocument.findFirstOrThrow({ where: { requestId: a.id } });
    const facts = (document.payload as { facts: { label: { en: string }; value: unknown }[] }).facts;
    const fact = (label: string) => facts.find((f) => f.label.en === label)?.value;
    expect(fact('Serial number of the removed meter')).toEqual({ text: 'SV-120701' });
    expect(fact('Final reading of the removed meter')).toEqual({ number: 145.3 });
    expect(fact('Serial number')).toEqual({ text: 'SV-230001' });
    expect(fact('Next verification due')).toEqual({ date: '2032-10-01' });

    // The resident's page lists the new meter, not the old one; the old one takes no more readings.
    const mine = (await listMyMeters(t.deps, who.resident!)).map((m) => m.serialNumber);
    expect(mine).toContain('SV-230001');
    expect(mine).not.toContain('SV-120701');
    await expect(
      submitMeterReading(t.deps, who.resident!, { meterId: retired.id, value: '150' }),
    ).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    // The new meter's readings are checked against its own initial figure, not the old meter's history.
    await expect(
      submitMeterReading(t.deps, who.resident!, { meterId: added.id, value: '0,011' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: [{ field: 'value', code: 'too_small' }] },
    });
    const first = await submitMeterReading(t.deps, who.resident!, { meterId: added.id, value: '3,5' });
    expect(first.readings.map((r) => Number(r.value))).toEqual([3.5]);
  });

  it('a second replacement of the retired meter is refused at approval, writing nothing', async () => {
    // Filed while the old meter was on the register, approved after the first replacement retired it.
    const old = await meter('SV-230001');
    const first = await file(who.resident!, {
      oldSerialNumber: 'SV-230001',
      finalReading: '4',
      serialNumber: 'SV-230002',
      sealNumber: 'PL-230002',
    });
    const second = await file(who.resident!, {
      oldSerialNumber: 'SV-230001',
      finalReading: '4',
      serialNumber: 'SV-230003',
      sealNumber: 'PL-230003',
    });
    await decide(first.id, 'startReview');
    await decide(second.id, 'startReview');
    await decide(first.id, 'approve');
    const { version } = await db.prisma.request.findUniqueOrThrow({ where: { id: second.id } });
    await refusedWithoutChange(
      db.prisma,
      () => decideApplication(t.deps, who.kcs!, { requestId: second.id, version, action: 'approve' }),
      second.id,
      'METER_RETIRED',
    );
    expect(await db.prisma.meter.count({ where: { serialNumber: 'SV-230003' } })).toBe(0);
    expect((await meter('SV-230001')).status).toBe('RETIRED');

    // Declared invalid later (false acts): the register is put back — the old meter in use again, the
    // new one retired.
    await decide(first.id, 'invalidate', { comment: 'The dismantling act is forged' });
    expect(await meter('SV-230001')).toMatchObject({
      status: old.status,
      retiredAt: null,
      finalReading: null,
    });
    expect((await meter('SV-230002')).status).toBe('RETIRED');
  });
});

describe('re-verifying a meter', () => {
  const docs = ['verificationCertificate', 'meterPhoto'];
  const file = async (over: Record<string, unknown>, extraDocs: string[] = []) =>
    submitApplication(t.deps, who.resident!, {
      serviceCode: 'meter_reverification',
      premisesId: await homeOf(who.resident!),
      answers: { meterKind: 'HOT_WATER', serialNumber: 'GV-120702', currentReading: '80', ...over },
      documents: await documents(who.resident!, [...docs, ...extraDocs]),
    });

  it('is refused at filing with a date not after the recorded one, a future date, or an unknown meter', async () => {
    const hot = await meter('GV-120702');
    // The demo's hot-water meter falls due in 20 days (4 years after its last verification).
    expect(hot.verificationDueOn).toEqual(day('2026-12-06'));
    const recorded = hot.verifiedOn.toISOString().slice(0, 10);
    for (const [over, field, code] of [
      [{ verificationDate: recorded }, 'verificationDate', 'too_small'],
      [{ verificationDate: '2026-11-17' }, 'verificationDate', 'too_large'],
      [{ verificationDate: '2026-11-10', serialNumber: 'GV-000000' }, 'serialNumber', 'unknown_meter'],
    ] as const)
      await expect(file(over), field).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        details: { issues: [{ field: `answers.${field}`, code }] },
      });
  });

  it('records the new verification date and due date; a meter verified in place keeps its seal', async () => {
    const a = await file({ verificationDate: '2026-11-10' });
    await decide(a.id, 'startReview');
    await expect(orderMeterSealing(t.deps, who.kcs!, { requestId: a.id })).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
    });
    const approved = await decide(a.id, 'approve');
    expect(approved.issuedDocuments.map((d) => d.kind)).toEqual(['METER_REVERIFICATION']);
    expect(await meter('GV-120702')).toMatchObject({
      status: 'ACTIVE',
      sealNumber: 'PL-120702',
      verifiedOn: day('2026-11-10'),
      verificationDueOn: day('2030-11-10'),
    });
  });

  it('dismantled for it and not sealed again: the reviewer orders the sealing, readings wait for it', async () => {
    const hot = await meter('GV-120702');
    const a = await file({ verificationDate: '2026-11-13', removedForVerification: true }, [
      'dismantlingAct',
      'installationAct',
      'unsealAct',
    ]);
    await decide(a.id, 'startReview');
    await orderMeterSealing(t.deps, who.kcs!, { requestId: a.id });
    const order = await db.prisma.request.findFirstOrThrow({
      where: { parentRequestId: a.id },
      include: { category: true },
    });
    expect(order).toMatchObject({ kind: 'REPAIR', meterId: hot.id, organizationId: who.kcs!.organizationId });
    expect(order.category.code).toBe('meter_sealing');
    expect(order.description).toContain('GV-120702');
    // The resident cannot order a second sealing of the meter meanwhile.
    await expect(
      orderSealWork(t.deps, who.resident!, { meterId: hot.id, work: 'UNSEAL' }),
    ).rejects.toMatchObject({ code: 'METER_WORK_OPEN', details: { params: { number: order.number } } });

    await decide(a.id, 'approve');
    expect(await meter('GV-120702')).toMatchObject({
      status: 'AWAITING_SEAL',
      sealNumber: null,
      verifiedOn: day('2026-11-13'),
      verificationDueOn: day('2030-11-13'),
    });
    await expect(
      submitMeterReading(t.deps, who.resident!, { meterId: hot.id, value: '80' }),
    ).rejects.toMatchObject({
      code: 'METER_NOT_SEALED',
    });
    await runOrder(order.id, who.resident!);
    expect((await meter('GV-120702')).status).toBe('ACTIVE');
    const taken = await submitMeterReading(t.deps, who.resident!, { meterId: hot.id, value: '80' });
    expect(taken.readings.map((r) => Number(r.value))[0]).toBe(80);
  });
});

describe('sealing and unsealing ordered by the resident', () => {
  let meterId: string;
  let kcsOrganizationId: string;
  beforeAll(async () => {
    meterId = (await meterInUse(db.prisma, who.resident2!, { serialNumber: 'SV-770001' })).id;
    kcsOrganizationId = who.kcs!.organizationId!;
  });

  it('only for a meter of the resident’s own premises, by the resident, in a state the work fits', async () => {
    const before = await db.prisma.request.count();
    // Another resident's meter does not exist for them.
    await expect(orderSealWork(t.deps, who.resident!, { meterId, work: 'UNSEAL' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid'])
      await expect(
        orderSealWork(t.deps, who.resident2!, { meterId: id, work: 'UNSEAL' }),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    await expect(orderSealWork(t.deps, who.kcs!, { meterId, work: 'UNSEAL' })).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
    });
    // A meter in use is sealed already.
    await expect(orderSealWork(t.deps, who.resident2!, { meterId, work: 'SEAL' })).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
    });
    expect(await db.prisma.request.count()).toBe(before);
  });

  it('unsealing is a work order to the meter organization; closed, the meter takes no readings', async () => {
    // Two orders at once: one work order.
    const results = await Promise.allSettled([
      orderSealWork(t.deps, who.resident2!, { meterId, work: 'UNSEAL' }),
      orderSealWork(t.deps, who.resident2!, { meterId, work: 'UNSEAL' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({
      code: 'METER_WORK_OPEN',
    });
    const orders = await db.prisma.request.findMany({ where: { meterId }, include: { category: true } });
    expect(orders).toHaveLength(1);
    const order = orders[0]!;
    expect(order).toMatchObject({
      kind: 'REPAIR',
      status: 'ROUTED',
      organizationId: kcsOrganizationId,
      residentId: who.resident2!.userId,
      channel: 'WEB',
      premisesId: await homeOf(who.resident2!),
    });
    expect(order.category.code).toBe('meter_unsealing');
    expect(order.description).toBe('Снятие пломбы со счётчика: Холодная вода, № SV-770001.');
    const shown = (await listMyMeters(t.deps, who.resident2!)).find((m) => m.id === meterId)!;
    expect(shown.workRequests.map((w) => w.number)).toEqual([order.number]);

    // Still in use until the work is done and confirmed.
    expect((await db.prisma.meter.findUniqueOrThrow({ where: { id: meterId } })).status).toBe('ACTIVE');
    await runOrder(order.id, who.resident2!);
    expect(await db.prisma.meter.findUniqueOrThrow({ where: { id: meterId } })).toMatchObject({
      status: 'UNSEALED',
      sealNumber: null,
    });
    await expect(submitMeterReading(t.deps, who.resident2!, { meterId, value: '20' })).rejects.toMatchObject({
      code: 'METER_NOT_SEALED',
    });
    expect(await db.prisma.meterReading.count({ where: { meterId } })).toBe(0);
  });

  it('sealing it again puts it back into use', async () => {
    await expect(orderSealWork(t.deps, who.resident2!, { meterId, work: 'UNSEAL' })).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
    });
    const ordered = await orderSealWork(t.deps, who.resident2!, { meterId, work: 'SEAL' });
    const order = await db.prisma.request.findUniqueOrThrow({
      where: { id: ordered.workRequests[0]!.id },
      include: { category: true },
    });
    expect(order.category.code).toBe('meter_sealing');
    await runOrder(order.id, who.resident2!);
    expect((await db.prisma.meter.findUniqueOrThrow({ where: { id: meterId } })).status).toBe('ACTIVE');
    const taken = await submitMeterReading(t.deps, who.resident2!, { meterId, value: '20' });
    expect(taken.readings.map((r) => Number(r.value))).toEqual([20]);
  });
});

describe('the register’s rules in the database', () => {
  it('refuses a retired meter without its retirement time, a final reading on one in use, a due date not after the verification', async () => {
    const m = await meterInUse(db.prisma, who.resident2!, { serialNumber: 'SV-770002' });
    const refused = (data: Parameters<typeof db.prisma.meter.update>[0]['data']) =>
      expect(db.prisma.meter.update({ where: { id: m.id }, data })).rejects.toThrow(/check|constraint/i);
    await refused({ status: 'RETIRED' });
    await refused({ retiredAt: START });
    await refused({ finalReading: 20 });
    await refused({ status: 'RETIRED', retiredAt: START, finalReading: 5 });
    await refused({ verificationDueOn: m.verifiedOn });
    await expect(db.prisma.meterVerificationInterval.updateMany({ data: { months: 6 } })).rejects.toThrow(
      /check|constraint/i,
    );
    // Retired properly: with the time and a final reading not below the initial one.
    await db.prisma.meter.update({
      where: { id: m.id },
      data: { status: 'RETIRED', retiredAt: START, finalReading: 10 },
    });
  });
});
