// The city every page shows, and the meter-reading window only its administrator may set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { readingWindowFor } from '../meters/meter-readings.ts';
import { currentCity, setMeterReadingWindow } from './city-settings.ts';

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  t = testDeps(db.prisma, new Date('2026-11-12T09:00:00Z'));
});
afterAll(async () => {
  await db?.close();
});

describe('city settings', () => {
  it('shows the city to anyone, with its time zone and currency', async () => {
    const city = await currentCity(t.deps, null);
    expect(city).toMatchObject({ code: 'KZN', timeZone: 'Europe/Moscow', currency: 'RUB' });
    const resident = await actorFor(db.prisma, 'resident@demo.citydesk');
    expect((await currentCity(t.deps, resident)).id).toBe(city.id);
  });

  it('lets the administrator move the reading window, which the residents’ window follows', async () => {
    const admin = await actorFor(db.prisma, 'admin@demo.citydesk');
    const city = await currentCity(t.deps, admin);
    expect((await readingWindowFor(t.deps, city.id)).open).toBe(false);
    await setMeterReadingWindow(t.deps, admin, { fromDay: 10, toDay: 20 });
    const window = await readingWindowFor(t.deps, city.id);
    expect(window).toMatchObject({ open: true, opensOn: '2026-11-10', closesOn: '2026-11-20' });
  });

  it('refuses a window outside days 1–28 or from anyone else, changing nothing', async () => {
    const admin = await actorFor(db.prisma, 'admin@demo.citydesk');
    const before = await currentCity(t.deps, admin);
    await expect(setMeterReadingWindow(t.deps, admin, { fromDay: 25, toDay: 31 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: [{ field: 'toDay', code: 'too_large' }] },
    });
    for (const email of [
      'resident@demo.citydesk',
      'dispatcher.kcs@demo.citydesk',
      'contractor@demo.citydesk',
    ])
      await expect(
        setMeterReadingWindow(t.deps, await actorFor(db.prisma, email), { fromDay: 1, toDay: 5 }),
      ).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    expect(await currentCity(t.deps, admin)).toEqual(before);
  });
});
