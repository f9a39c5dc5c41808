// Meters (seed 003): registering a meter through the communal service centre — sealed at once, or
// sealed through a sealing work order that runs the whole repair workflow (in either order with the
// approval) — and the resident's monthly readings in the city's window, on the injected clock.
import { isReadingMissingSoon } from '@citydesk/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { decideApplication } from '../applications/decide-application.ts';
import { orderMeterSealing } from '../applications/order-meter-sealing.ts';
import { submitApplication } from '../applications/submit-application.ts';
import { refusedWithoutChange, uploadedDocument } from '../applications/test-applications.ts';
import type { Actor } from '../context.ts';
import { setMeterReadingJumpMultiple } from '../city/city-settings.ts';
import { listMyMeters, readingWindowFor, submitMeterReading } from './meter-readings.ts';
import { runWorkOrder } from './test-meters.ts';

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
const who: Record<string, Actor> = {};
const DAY = 86_400_000;
let serial = 1000;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  // Tuesday 10 November 2026, 10:00 in Kazan: before this month's reading window (15th–25th).
  t = testDeps(db.prisma, new Date('2026-11-10T07:00:00Z'));
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

async function registerMeter(actor: Actor, sealNumber?: string) {
  const home = await db.prisma.occupancy.findFirstOrThrow({ where: { userId: actor.userId } });
  serial += 1;
  return submitApplication(t.deps, actor, {
    serviceCode: 'meter_registration',
    premisesId: home.premisesId,
    answers: {
      meterKind: 'COLD_WATER',
      serialNumber: `SV-${serial}`,
      verificationDate: '2026-10-01',
      initialReading: '12,5',
      ...(sealNumber ? { sealNumber } : {}),
    },
    documents: [
      { kind: 'meterPassport', attachmentIds: [await uploadedDocument(db.prisma, actor)] },
      ...(sealNumber ? [{ kind: 'sealAct', attachmentIds: [await uploadedDocument(db.prisma, actor)] }] : []),
    ],
  });
}

async function review(a: { id: string; version: number }) {
  return decideApplication(t.deps, who.kcs!, { requestId: a.id, version: a.version, action: 'startReview' });
}

async function approve(a: { id: string }) {
  const current = await db.prisma.request.findUniqueOrThrow({ where: { id: a.id } });
  return decideApplication(t.deps, who.kcs!, {
    requestId: a.id,
    version: current.version,
    action: 'approve',
  });
}

const meterOf = (applicationId: string) => db.prisma.meter.findFirst({ where: { requestId: applicationId } });

const runSealingOrder = (orderId: string, resident: Actor) =>
  runWorkOrder(db.prisma, t.deps, orderId, { dispatcher: who.kcs!, contractor: who.contractor!, resident });

describe('registering a meter', () => {
  it('with a seal number: approval registers it ACTIVE', async () => {
    const a = await registerMeter(who.resident!, 'PL-0042');
    expect(a.organization?.name).toBeTruthy();
    expect((await db.prisma.organization.findUniqueOrThrow({ where: { id: a.organizationId! } })).kind).toBe(
      'AGENCY',
    );
    await review(a);
    // Sealed already: no sealing order.
    await refusedWithoutChange(
      db.prisma,
      () => orderMeterSealing(t.deps, who.kcs!, { requestId: a.id }),
      a.id,
      'NOT_ALLOWED',
    );
    const approved = await approve(a);
    expect(approved.status).toBe('APPROVED');
    const meter = await meterOf(a.id);
    expect(meter).toMatchObject({ status: 'ACTIVE', sealNumber: 'PL-0042', kind: 'COLD_WATER' });
    // The figure the form asked for ("12,5") is the meter's initial reading.
    expect(Number(meter!.initialReading)).toBe(12.5);
    expect(approved.issuedDocuments.map((d) => d.kind)).toEqual(['METER_REGISTRATION']);
  });

  it('without one: the sealing order is a repair request routed to the centre, tied to the application', async () => {
    const a = await registerMeter(who.resident!);
    // Only in review, only by the handling organization.
    await refusedWithoutChange(
      db.prisma,
      () => orderMeterSealing(t.deps, who.kcs!, { requestId: a.id }),
      a.id,
      'NOT_ALLOWED',
    );
    await review(a);
    await refusedWithoutChange(
      db.prisma,
      () => orderMeterSealing(t.deps, who.vodokanal!, { requestId: a.id }),
      a.id,
      'NOT_FOUND',
    );
    await refusedWithoutChange(
      db.prisma,
      () => orderMeterSealing(t.deps, who.resident!, { requestId: a.id }),
      a.id,
      'NOT_ALLOWED',
    );
    // Two clicks at once still give one order.
    const results = await Promise.allSettled([
      orderMeterSealing(t.deps, who.kcs!, { requestId: a.id }),
      orderMeterSealing(t.deps, who.kcs!, { requestId: a.id }),
    ]);
    expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    expect(await db.prisma.request.count({ where: { parentRequestId: a.id } })).toBe(1);
    // …and one audit row, the refused click's rolled back with it.
    expect(
      await db.prisma.auditLog.findMany({
        where: { action: 'application.meter_sealing.order', targetId: a.id },
      }),
    ).toMatchObject([{ actorId: who.kcs!.userId, targetType: 'application' }]);
    const ordered = (
      results.find((x) => x.status === 'fulfilled') as PromiseFulfilledResult<
        Awaited<ReturnType<typeof orderMeterSealing>>
      >
    ).value;
    expect(ordered.status).toBe('IN_REVIEW');
    const order = await db.prisma.request.findFirstOrThrow({
      where: { parentRequestId: a.id },
      include: { category: true },
    });
    expect(order).toMatchObject({
      kind: 'REPAIR',
      status: 'ROUTED',
      organizationId: who.kcs!.organizationId,
      residentId: who.resident!.userId,
      premisesId: a.premisesId,
    });
    expect(order.category.code).toBe('meter_sealing');
    const event = await db.prisma.requestEvent.findFirstOrThrow({
      where: { requestId: a.id, type: 'SEALING_ORDERED' },
    });
    expect(event.data).toMatchObject({ childRequestId: order.id, childRequestNumber: order.number });
    // One order per application.
    await refusedWithoutChange(
      db.prisma,
      () => orderMeterSealing(t.deps, who.kcs!, { requestId: a.id }),
      a.id,
      'NOT_ALLOWED',
    );
  });

  it('approved first, then the sealing order closed: the meter waits for its seal, then becomes ACTIVE', async () => {
    const a = await registerMeter(who.resident!);
    await review(a);
    await orderMeterSealing(t.deps, who.kcs!, { requestId: a.id });
    await approve(a);
    expect((await meterOf(a.id))?.status).toBe('AWAITING_SEAL');
    const order = await db.prisma.request.findFirstOrThrow({ where: { parentRequestId: a.id } });
    const closed = await runSealingOrder(order.id, who.resident!);
    expect(closed.closedAt).not.toBeNull();
    expect((await meterOf(a.id))?.status).toBe('ACTIVE');
  });

  it('the sealing order closed first, then approved: the meter is ACTIVE at once', async () => {
    const a = await registerMeter(who.resident!);
    await review(a);
    await orderMeterSealing(t.deps, who.kcs!, { requestId: a.id });
    const order = await db.prisma.request.findFirstOrThrow({ where: { parentRequestId: a.id } });
    await runSealingOrder(order.id, who.resident!);
    expect(await meterOf(a.id)).toBeNull();
    expect((await db.prisma.request.findUniqueOrThrow({ where: { id: a.id } })).status).toBe('IN_REVIEW');
    await approve(a);
    expect((await meterOf(a.id))?.status).toBe('ACTIVE');
  });
});

describe('monthly readings', () => {
  let meterId: string;
  let unsealedId: string;
  let theirsId: string;

  beforeAll(async () => {
    const sealed = await registerMeter(who.resident!, 'PL-1001');
    await review(sealed);
    await approve(sealed);
    meterId = (await meterOf(sealed.id))!.id;
    const unsealed = await registerMeter(who.resident!);
    await review(unsealed);
    await approve(unsealed);
    unsealedId = (await meterOf(unsealed.id))!.id;
    const theirs = await registerMeter(who.resident2!, 'PL-2002');
    await review(theirs);
    await approve(theirs);
    theirsId = (await meterOf(theirs.id))!.id;
  });

  it('refuses before the 15th, stores within the window, and a second one corrects the first', async () => {
    expect(t.deps.clock().toISOString()).toBe('2026-11-10T07:00:00.000Z');
    const cityId = (await db.prisma.city.findFirstOrThrow()).id;
    expect(await readingWindowFor(t.deps, cityId)).toMatchObject({
      today: '2026-11-10',
      open: false,
      opensOn: '2026-11-15',
      closesOn: '2026-11-25',
    });
    await expect(submitMeterReading(t.deps, who.resident!, { meterId, value: '100' })).rejects.toMatchObject({
      code: 'READING_WINDOW_CLOSED',
      details: { params: { from: 15, to: 25 } },
    });
    expect(await db.prisma.meterReading.count({ where: { meterId } })).toBe(0);

    // 00:30 on 15 November in Kazan (still the 14th in UTC): the window is open.
    t.advance(4 * DAY + 14.5 * 3_600_000);
    expect(t.deps.clock().toISOString()).toBe('2026-11-14T21:30:00.000Z');
    const first = await submitMeterReading(t.deps, who.resident!, { meterId, value: '100,25' });
    expect(first.readings.map((r) => [r.period.toISOString().slice(0, 10), Number(r.value)])).toEqual([
      ['2026-11-01', 100.25],
    ]);
    t.advance(DAY);
    const corrected = await submitMeterReading(t.deps, who.resident!, { meterId, value: 101 });
    expect(corrected.readings.map((r) => Number(r.value))).toEqual([101]);
    expect(await db.prisma.meterReading.count({ where: { meterId } })).toBe(1);
  });

  it('refuses a reading lower than last month’s, and takes a higher one', async () => {
    // 00:30 on 17 December 2026 in Kazan.
    t.advance(31 * DAY);
    await expect(submitMeterReading(t.deps, who.resident!, { meterId, value: '99' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: [{ field: 'value', code: 'too_small' }] },
    });
    await expect(submitMeterReading(t.deps, who.resident!, { meterId, value: 'abc' })).rejects.toMatchObject({
      details: { issues: [{ field: 'value', code: 'invalid_number' }] },
    });
    expect(await db.prisma.meterReading.count({ where: { meterId } })).toBe(1);
    const december = await submitMeterReading(t.deps, who.resident!, { meterId, value: '107.5' });
    expect(december.readings.map((r) => Number(r.value))).toEqual([107.5, 101]);
  });

  it('refuses a meter awaiting its seal, and another resident’s meter is not found', async () => {
    await expect(
      submitMeterReading(t.deps, who.resident!, { meterId: unsealedId, value: '1' }),
    ).rejects.toMatchObject({ code: 'METER_NOT_SEALED' });
    for (const id of [theirsId, '00000000-0000-4000-8000-000000000000', 'not-a-uuid'])
      await expect(
        submitMeterReading(t.deps, who.resident!, { meterId: id, value: '1' }),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    await expect(submitMeterReading(t.deps, who.kcs!, { meterId, value: '200' })).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
    });
    expect(await db.prisma.meterReading.count({ where: { meterId: { in: [unsealedId, theirsId] } } })).toBe(
      0,
    );
    const mine = (await listMyMeters(t.deps, who.resident!)).map((m) => m.id);
    expect(mine).toContain(meterId);
    expect(mine).not.toContain(theirsId);
  });

  it('warns on the 23rd about a meter without this month’s reading, not about one with it', async () => {
    // 00:30 on 23 December 2026 in Kazan (the 22nd in UTC): the window closes on the 25th.
    t.advance(6 * DAY);
    expect(t.deps.clock().toISOString()).toBe('2026-12-22T21:30:00.000Z');
    const cityId = (await db.prisma.city.findFirstOrThrow()).id;
    const window = await readingWindowFor(t.deps, cityId);
    expect(window).toMatchObject({ today: '2026-12-23', open: true, daysLeft: 3, period: '2026-12-01' });
    const days = { fromDay: window.fromDay, toDay: window.toDay };
    const meters = await listMyMeters(t.deps, who.resident!);
    const hasReading = (id: string) =>
      meters
        .find((m) => m.id === id)!
        .readings.some((r) => r.period.toISOString().slice(0, 10) === window.period);
    // The sealed meter has December's reading; a second active meter of the resident has none.
    expect(isReadingMissingSoon(window.today, days, hasReading(meterId))).toBe(false);
    // (One registered by this file: the demo seed's own meters have readings dated from the real today.)
    const other = meters.find((m) => m.status === 'ACTIVE' && m.id !== meterId && m.requestId !== null)!;
    expect(isReadingMissingSoon(window.today, days, hasReading(other.id))).toBe(true);
    // Two days earlier it was not yet "soon".
    expect(isReadingMissingSoon('2026-12-21', days, false)).toBe(false);
  });
});

describe('reading rules', () => {
  let meterId: string;

  beforeAll(async () => {
    const a = await registerMeter(who.resident2!, 'PL-3003');
    await review(a);
    await approve(a);
    meterId = (await meterOf(a.id))!.id;
  });

  const submit = (value: string, confirm?: boolean) =>
    submitMeterReading(t.deps, who.resident2!, { meterId, value, confirm });

  it('refuses a first reading below the initial one (12.5) and takes one equal to it', async () => {
    // 23 December 2026 in Kazan, the month the meter was registered in: the window is open.
    expect(t.deps.clock().toISOString()).toBe('2026-12-22T21:30:00.000Z');
    await expect(submit('12.4')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: [{ field: 'value', code: 'too_small' }] },
    });
    expect(await db.prisma.meterReading.count({ where: { meterId } })).toBe(0);
    expect((await submit('12.5')).readings.map((r) => Number(r.value))).toEqual([12.5]);
    // Nothing to average over yet (all in the registration month): a rise is not questioned.
    expect((await submit('40')).readings.map((r) => Number(r.value))).toEqual([40]);
    t.advance(31 * DAY);
    expect((await submit('67.5')).readings.map((r) => Number(r.value))).toEqual([67.5, 40]);
  });

  it('asks to confirm a jump above 3× the average monthly consumption, then takes it confirmed', async () => {
    // February 2027: 55 a month on average (12.5 in December → 67.5 in January); 3× allows up to 232.5.
    t.advance(31 * DAY);
    expect((await readingWindowFor(t.deps, (await db.prisma.city.findFirstOrThrow()).id)).period).toBe(
      '2027-02-01',
    );
    await expect(submit('232.6')).rejects.toMatchObject({
      code: 'READING_NEEDS_CONFIRMATION',
      details: { params: { average: 55, jump: 165.1 } },
    });
    expect(await db.prisma.meterReading.count({ where: { meterId } })).toBe(2);
    const confirmed = await submit('232.6', true);
    expect(confirmed.readings.map((r) => Number(r.value))).toEqual([232.6, 67.5, 40]);
  });

  it('follows the administrator’s multiple', async () => {
    const admin = await actorFor(db.prisma, 'admin@demo.citydesk');
    await expect(setMeterReadingJumpMultiple(t.deps, admin, { multiple: 1 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(setMeterReadingJumpMultiple(t.deps, who.kcs!, { multiple: 5 })).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
    });
    // March: (232.6 − 12.5) / 2 = 110.05 a month. A jump of 767.4 needs confirming at 3×, not at 10×.
    t.advance(28 * DAY);
    await expect(submit('1000')).rejects.toMatchObject({ code: 'READING_NEEDS_CONFIRMATION' });
    await setMeterReadingJumpMultiple(t.deps, admin, { multiple: 10 });
    try {
      expect((await submit('1000')).readings.map((r) => Number(r.value))[0]).toBe(1000);
    } finally {
      await setMeterReadingJumpMultiple(t.deps, admin, { multiple: 3 });
    }
  });

  it('keeps the last reading a floor when submissions race', async () => {
    // April 2027: three submissions at once, two below March's 1000 and one above it.
    t.advance(31 * DAY);
    const results = await Promise.allSettled([submit('999'), submit('1050'), submit('998')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'rejected']);
    const readings = await db.prisma.meterReading.findMany({
      where: { meterId },
      orderBy: { period: 'desc' },
    });
    expect(readings.map((r) => Number(r.value))).toEqual([1050, 1000, 232.6, 67.5, 40]);
  });
});
