// What the meter desk page and the resident's history read over GraphQL: the register data and the reading
// window on the desk's meter, and on both sides whether the call centre took a reading.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../../seed/seed.ts';
import { TestClient } from '../../../test/graphql-client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';

let db: TestDatabase;
let api: TestApp;
let meterId: string;
const as: Record<'kcs' | 'resident', TestClient> = {} as never;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  // 10:00 on 16 November 2026 in Kazan: this month's window (15th–25th) is open.
  api = await startTestApp({ databaseUrl: db.url, clock: () => new Date('2026-11-16T07:00:00Z') });
  for (const [name, email] of [
    ['kcs', 'dispatcher.kcs@demo.citydesk'],
    ['resident', 'resident@demo.citydesk'],
  ] as const) {
    as[name] = new TestClient(api.url, 'en');
    await as[name].login(email);
  }
  const residentId = (await db.prisma.user.findUniqueOrThrow({ where: { email: 'resident@demo.citydesk' } }))
    .id;
  const home = await db.prisma.occupancy.findFirstOrThrow({ where: { userId: residentId } });
  meterId = (
    await db.prisma.meter.create({
      data: {
        premisesId: home.premisesId,
        kind: 'COLD_WATER',
        serialNumber: 'CW-7001',
        sealNumber: 'PL-7001',
        status: 'ACTIVE',
        verifiedOn: new Date('2026-09-01T00:00:00Z'),
        verificationDueOn: new Date('2032-09-01T00:00:00Z'),
        initialReading: 10,
        registeredAt: new Date('2026-10-05T09:00:00Z'),
      },
    })
  ).id;
}, 60_000);
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('the meter desk’s fields', () => {
  it('give the register data, the flat apart from the building and the city’s reading window', async () => {
    const found = await as.kcs.request<{ deskMeters: Record<string, unknown>[] }>(
      `{ deskMeters(search: "Баумана 7 12") { id sealNumber buildingAddress premisesNumber subscriberCodes } }`,
    );
    expect(found.errors).toBeUndefined();
    expect(found.data?.deskMeters.find((m) => m.id === meterId)).toEqual({
      id: meterId,
      sealNumber: 'PL-7001',
      buildingAddress: 'ул. Баумана, 7',
      premisesNumber: '12',
      subscriberCodes: ['100000000001'],
    });
    const one = await as.kcs.request<{ deskMeter: { readingWindow: Record<string, unknown> } }>(
      `query ($id: ID!) { deskMeter(id: $id) { readingWindow { period opensOn closesOn open today } } }`,
      { id: meterId },
    );
    expect(one.data?.deskMeter.readingWindow).toEqual({
      period: '2026-11-01',
      opensOn: '2026-11-15',
      closesOn: '2026-11-25',
      open: true,
      today: '2026-11-16',
    });
  });

  it('mark a reading the call centre took, for the desk (with who) and for the resident', async () => {
    const taken = await as.kcs.request<{
      takeMeterReading: { readings: { takenByCallCentre: boolean; submittedByName: string }[] };
    }>(
      `mutation ($id: ID!) { takeMeterReading(meterId: $id, value: "12.5") { readings { takenByCallCentre submittedByName } } }`,
      { id: meterId },
    );
    expect(taken.errors).toBeUndefined();
    const kcsName = (
      await db.prisma.user.findUniqueOrThrow({ where: { email: 'dispatcher.kcs@demo.citydesk' } })
    ).displayName;
    expect(taken.data?.takeMeterReading.readings).toEqual([
      { takenByCallCentre: true, submittedByName: kcsName },
    ]);

    const mine = await as.resident.request<{
      myMeters: { id: string; readings: { value: number; takenByCallCentre: boolean }[] }[];
    }>('{ myMeters { id readings { value takenByCallCentre } } }');
    expect(mine.data?.myMeters.find((m) => m.id === meterId)?.readings).toEqual([
      { value: 12.5, takenByCallCentre: true },
    ]);
  });
});
