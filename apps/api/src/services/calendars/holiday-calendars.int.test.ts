// Holiday calendars as data, end to end: the migration ships 2026–2027 for every country; a deadline in 2028
// (no calendar yet) skips weekends only and records the gap, which the administrator's overview and /healthz
// show; the administrator adds 2028, and the next deadline skips its holiday and the warning is gone.
import { countryCodes, shippedHolidayYears } from '@citydesk/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { TestClient } from '../../test/graphql-client.ts';
import { startTestApp, type TestApp } from '../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { calendarWarningsOf } from './calendar-warnings.ts';
import { holidayYearOf } from './holiday-calendar-rows.ts';
import { listHolidayCalendars, setHolidayCalendar } from './holiday-calendars.ts';

// Tue 7 March 2028, 10:00 in Kazan (Europe/Moscow). Wed 8 March is Women's Day, a day off in Russia.
const now = new Date('2028-03-07T07:00:00Z');

let db: TestDatabase;
let api: TestApp;
let resident: TestClient;
let admin: TestClient;

const FILE = `mutation ($input: FileRequestInput!) { fileRequest(input: $input) { id deadlineAt } }`;
const OVERVIEW =
  '{ cityOverview { openRequests holidayCalendarWarnings { year countryCode deadlinesAffected } } }';
const SET = `mutation ($input: SetHolidayCalendarInput!) {
  setHolidayCalendar(input: $input) { countryCode year daysOff workingDays source notes }
}`;

async function fileRoofLeak(): Promise<string> {
  const form = await resident.request<{
    myPremises: { id: string }[];
    serviceCategories: { id: string; code: string }[];
  }>('{ myPremises { id } serviceCategories { id code } }');
  const result = await resident.request<{ fileRequest: { deadlineAt: string } }>(FILE, {
    input: {
      categoryId: form.data!.serviceCategories.find((c) => c.code === 'roof_leak')!.id, // 1 working day
      premisesId: form.data!.myPremises[0]!.id,
      description: 'Water is leaking from the roof into the flat',
      contactPhone: '+7 (917) 555-12-34',
    },
  });
  expect(result.errors).toBeUndefined();
  return result.data!.fileRequest.deadlineAt;
}

async function health(): Promise<Record<string, unknown>> {
  const response = await fetch(`${api.url}/healthz`);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  api = await startTestApp({ databaseUrl: db.url, clock: () => now });
  resident = new TestClient(api.url, 'en');
  await resident.login('resident@demo.citydesk');
  admin = new TestClient(api.url, 'ru');
  await admin.login('admin@demo.citydesk');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('holiday calendars', () => {
  it('has the shipped years of every country from the migration, equal to the domain’s lists', async () => {
    const rows = await db.prisma.holidayCalendar.findMany({
      orderBy: [{ countryCode: 'asc' }, { year: 'asc' }],
    });
    for (const code of countryCodes)
      expect(rows.filter((r) => r.countryCode === code).map(holidayYearOf), code).toEqual(
        shippedHolidayYears(code),
      );
    expect(rows).toHaveLength(countryCodes.length * 2);
    for (const row of rows) expect(row.source.length, `${row.countryCode} ${row.year}`).toBeGreaterThan(0);
  });

  it('warns about nothing while this year and the next have calendars', async () => {
    expect(await calendarWarningsOf(db.prisma, new Date('2026-11-12T09:00:00Z'))).toEqual([]);
  });

  it('warns before any deadline when this year or the next has no calendar', async () => {
    expect(await calendarWarningsOf(db.prisma, new Date('2027-06-01T09:00:00Z'))).toEqual([
      { year: 2028, deadlinesAffected: false, cityCode: 'KZN', countryCode: 'RU' },
    ]);
  });

  it('counts a 2028 deadline on weekends only, records the gap and shows it on the overview and /healthz', async () => {
    expect(await fileRoofLeak()).toBe('2028-03-08T15:00:00.000Z'); // Wed 8 March 18:00: the holiday is unknown
    const city = await db.prisma.city.findUniqueOrThrow({ where: { code: 'KZN' } });
    expect(await db.prisma.calendarGap.findMany({ select: { cityId: true, year: true } })).toEqual([
      { cityId: city.id, year: 2028 },
    ]);

    // A second deadline in the same year records nothing new.
    await fileRoofLeak();
    expect(await db.prisma.calendarGap.count()).toBe(1);

    const overview = await admin.request(OVERVIEW);
    expect(overview.errors).toBeUndefined();
    expect(overview.data!.cityOverview.holidayCalendarWarnings).toEqual([
      { year: 2028, countryCode: 'RU', deadlinesAffected: true },
      { year: 2029, countryCode: 'RU', deadlinesAffected: false },
    ]);

    const body = await health();
    expect(body).toMatchObject({ status: 'ok', database: expect.any(String), events: expect.any(String) });
    expect(body.warnings).toEqual([
      { code: 'NO_HOLIDAY_CALENDAR', city: 'KZN', country: 'RU', year: 2028, deadlinesAffected: true },
      { code: 'NO_HOLIDAY_CALENDAR', city: 'KZN', country: 'RU', year: 2029, deadlinesAffected: false },
    ]);
  });

  it('refuses a calendar with dates outside the year, repeated or malformed, in the caller’s language', async () => {
    const before = await db.prisma.holidayCalendar.count();
    const result = await admin.request(SET, {
      input: {
        year: 2028,
        daysOff: ['2028-03-08', '2027-12-31', '2028-03-08', '8 March'],
        workingDays: ['2028-03-07'],
        source: ' ',
      },
    });
    expect(result.data).toBeNull();
    expect(result.errors![0]!.extensions).toEqual({
      code: 'INVALID_INPUT',
      issues: [
        { field: 'daysOff.1', code: 'outside_year' },
        { field: 'daysOff.2', code: 'duplicate_date' },
        { field: 'daysOff.3', code: 'invalid_date' },
        { field: 'workingDays.0', code: 'not_weekend_day' },
        { field: 'source', code: 'required' },
      ],
    });
    expect(result.errors![0]!.message).toMatch(/[а-я]/i); // the administrator reads Russian
    expect(await db.prisma.holidayCalendar.count()).toBe(before);
  });

  it('lets only the administrator set a calendar, changing nothing otherwise', async () => {
    const before = await db.prisma.holidayCalendar.findMany();
    for (const email of ['resident@demo.citydesk', 'dispatcher@demo.citydesk', 'contractor@demo.citydesk']) {
      const actor = await actorFor(db.prisma, email);
      await expect(
        setHolidayCalendar(testDeps(db.prisma, now).deps, actor, {
          year: 2028,
          daysOff: ['2028-03-08'],
          workingDays: [],
          source: 'x',
        }),
      ).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
      await expect(listHolidayCalendars(testDeps(db.prisma, now).deps, actor)).rejects.toMatchObject({
        code: 'NOT_ALLOWED',
      });
    }
    expect(await db.prisma.holidayCalendar.findMany()).toEqual(before);
  });

  it('adds 2028: the next deadline skips its holiday and the warning is gone', async () => {
    const set = await admin.request(SET, {
      input: {
        year: 2028,
        daysOff: ['2028-05-01', '2028-03-08', '2028-01-01'],
        workingDays: ['2028-03-04'],
        source: 'Government decree (test)',
        notes: '  ',
      },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setHolidayCalendar).toEqual({
      countryCode: 'RU',
      year: 2028,
      daysOff: ['2028-01-01', '2028-03-08', '2028-05-01'],
      workingDays: ['2028-03-04'],
      source: 'Government decree (test)',
      notes: null,
    });
    const row = await db.prisma.holidayCalendar.findUniqueOrThrow({
      where: { countryCode_year: { countryCode: 'RU', year: 2028 } },
    });
    expect(row.updatedById).toBe((await actorFor(db.prisma, 'admin@demo.citydesk')).userId);
    expect(row.updatedAt).toEqual(now);

    expect(await fileRoofLeak()).toBe('2028-03-09T15:00:00.000Z'); // Thu 9 March: 8 March is off now

    const overview = await admin.request(OVERVIEW);
    expect(overview.data!.cityOverview.holidayCalendarWarnings).toEqual([
      { year: 2029, countryCode: 'RU', deadlinesAffected: false },
    ]);
    expect((await health()).warnings).toEqual([
      { code: 'NO_HOLIDAY_CALENDAR', city: 'KZN', country: 'RU', year: 2029, deadlinesAffected: false },
    ]);

    const listed = await admin.request('{ holidayCalendars { year } }');
    expect(listed.data!.holidayCalendars.map((c: { year: number }) => c.year)).toEqual([2026, 2027, 2028]);
  });

  it('replaces a year as a whole', async () => {
    const set = await admin.request(SET, {
      input: { year: 2028, daysOff: ['2028-01-02'], source: 'Corrected decree (test)' },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setHolidayCalendar).toMatchObject({ daysOff: ['2028-01-02'], workingDays: [] });
    expect(await db.prisma.holidayCalendar.count({ where: { countryCode: 'RU', year: 2028 } })).toBe(1);
    expect(await fileRoofLeak()).toBe('2028-03-08T15:00:00.000Z');
  });
});
