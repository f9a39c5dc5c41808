// The meter desk (seed 003): the communal service centre's staff find meters by address or subscriber code,
// read their history and its CSV, and the call centre takes a reading for a caller under the resident's rules.
// Staff of other organizations and residents are refused; the injected clock puts us in the window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import type { Actor } from '../context.ts';
import { submitMeterReading } from './meter-readings.ts';
import { readingsCsv } from './readings-csv.ts';
import { deskMeter, providesMeterService, searchDeskMeters, takeMeterReading } from './staff-meters.ts';

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
const who: Record<string, Actor> = {};
let meterId: string;
const DAY = 86_400_000;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  // 10:00 on 16 November 2026 in Kazan: this month's window (15th–25th) is open.
  t = testDeps(db.prisma, new Date('2026-11-16T07:00:00Z'));
  for (const [name, email] of Object.entries({
    resident: 'resident@demo.citydesk',
    resident2: 'resident2@demo.citydesk',
    kcs: 'dispatcher.kcs@demo.citydesk',
    vodokanal: 'dispatcher.vodokanal@demo.citydesk',
    admin: 'admin@demo.citydesk',
  }))
    who[name] = await actorFor(db.prisma, email);
  // resident@ lives at ул. Баумана 7, кв. 12 (subscriber code 100000000001); a meter registered in October.
  const home = await db.prisma.occupancy.findFirstOrThrow({ where: { userId: who.resident!.userId } });
  const meter = await db.prisma.meter.create({
    data: {
      premisesId: home.premisesId,
      kind: 'HOT_WATER',
      serialNumber: 'HW-5501',
      sealNumber: 'PL-5501',
      status: 'ACTIVE',
      verifiedOn: new Date('2026-09-01T00:00:00Z'),
      verificationDueOn: new Date('2030-09-01T00:00:00Z'),
      initialReading: 50,
      registeredAt: new Date('2026-10-05T09:00:00Z'),
    },
  });
  meterId = meter.id;
});
afterAll(async () => {
  await db?.close();
});

describe('the meter desk', () => {
  it('is the communal service centre’s: it finds the meter by address or subscriber code', async () => {
    expect(await providesMeterService(t.deps, who.kcs!)).toBe(true);
    expect(await providesMeterService(t.deps, who.vodokanal!)).toBe(false);
    for (const search of ['Баумана 7 12', 'ул. Баумана, 7', '10000000000'])
      expect(
        (await searchDeskMeters(t.deps, who.kcs!, search)).map((m) => m.id),
        search,
      ).toContain(meterId);
    expect((await searchDeskMeters(t.deps, who.kcs!, 'Баумана 7 13')).map((m) => m.id)).not.toContain(
      meterId,
    );
    expect(await searchDeskMeters(t.deps, who.kcs!, ' ')).toEqual([]);
    expect((await deskMeter(t.deps, who.kcs!, meterId)).premises.accounts[0]?.subscriberCode).toBe(
      '100000000001',
    );
  });

  it('refuses other organizations’ staff, residents and the administrator, and unknown meters', async () => {
    for (const name of ['vodokanal', 'resident', 'admin']) {
      await expect(searchDeskMeters(t.deps, who[name]!, 'Баумана')).rejects.toMatchObject({
        code: 'NOT_ALLOWED',
      });
      await expect(deskMeter(t.deps, who[name]!, meterId)).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
      await expect(takeMeterReading(t.deps, who[name]!, { meterId, value: '60' })).rejects.toMatchObject({
        code: 'NOT_ALLOWED',
      });
    }
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid'])
      await expect(deskMeter(t.deps, who.kcs!, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.prisma.meterReading.count({ where: { meterId } })).toBe(0);
  });

  it('the call centre takes a reading for the caller under the same rules, marked as its own', async () => {
    await expect(takeMeterReading(t.deps, who.kcs!, { meterId, value: '49' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: [{ field: 'value', code: 'too_small' }] },
    });
    const taken = await takeMeterReading(t.deps, who.kcs!, { meterId, value: '58,5' });
    // Recorded once, as the call centre's (the refused value above left no row).
    expect(await db.prisma.auditLog.findMany({ where: { action: 'meter.reading.take' } })).toMatchObject([
      {
        actorId: who.kcs!.userId,
        targetType: 'meter',
        targetId: meterId,
        details: {
          serialNumber: 'HW-5501',
          period: '2026-11-01',
          before: { value: null },
          after: { value: '58.5' },
        },
      },
    ]);
    expect(taken.readings).toHaveLength(1);
    expect(taken.readings[0]).toMatchObject({ source: 'CALL_CENTRE', submittedById: who.kcs!.userId });
    expect(Number(taken.readings[0]!.value)).toBe(58.5);
    // The resident sees it in the cabinet and may still correct it in the window.
    const mine = await submitMeterReading(t.deps, who.resident!, { meterId, value: '59' });
    expect(mine.readings.map((r) => [Number(r.value), r.source])).toEqual([[59, 'CABINET']]);
    // December: 50 → 59 over a month, so 3× allows 27 more; the call centre must confirm more than that too.
    t.advance(30 * DAY);
    await expect(takeMeterReading(t.deps, who.kcs!, { meterId, value: '90' })).rejects.toMatchObject({
      code: 'READING_NEEDS_CONFIRMATION',
      details: { params: { average: 9, jump: 31 } },
    });
    const confirmed = await takeMeterReading(t.deps, who.kcs!, { meterId, value: '90', confirm: true });
    expect(
      (
        await db.prisma.auditLog.findFirstOrThrow({
          where: { action: 'meter.reading.take' },
          orderBy: { position: 'desc' },
        })
      ).details,
    ).toMatchObject({
      period: '2026-12-01',
      before: { value: null },
      after: { value: '90' },
      confirmedJump: true,
    });
    expect(confirmed.readings.map((r) => [Number(r.value), r.source])).toEqual([
      [90, 'CALL_CENTRE'],
      [59, 'CABINET'],
    ]);
    // Outside the window it is refused with the window's days.
    t.advance(10 * DAY);
    await expect(takeMeterReading(t.deps, who.kcs!, { meterId, value: '95' })).rejects.toMatchObject({
      code: 'READING_WINDOW_CLOSED',
      details: { params: { from: 15, to: 25 } },
    });
  });

  it('gives the history as CSV with headers in the viewer’s language', async () => {
    const meter = await deskMeter(t.deps, who.kcs!, meterId);
    const ru = readingsCsv(meter, 'ru')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(ru[0]).toBe('Месяц,Показания,Расход,Когда передано,Кем передано,Способ');
    expect(ru[1]).toMatch(/^2026-12,90,31,2026-12-\d\dT[\d:.]+Z,Татьяна Ефимова,Принято call-центром$/);
    expect(ru[2]).toMatch(/^2026-11,59,9,.*,В личном кабинете$/);
    expect(ru[3]).toBe('');
    expect(readingsCsv(meter, 'en').split('\r\n')[0]).toBe(
      '\uFEFFMonth,Reading,Consumption,Submitted at,Submitted by,How',
    );
  });
});
