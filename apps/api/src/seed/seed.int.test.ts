import { performance } from 'node:perf_hooks';
import { addMonths, localDateOf, verificationState } from '@citydesk/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoCity, demoLogins } from '../../../../prisma/seed/demo-city.ts';
import type { Db } from '../infra/db/database.ts';
import { verifyPassword } from '../services/auth/password.ts';
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts';
import { isDatabaseEmpty, seedDemoCity, type SeedResult } from './seed.ts';

const languages = ['az', 'fa', 'ru', 'kk', 'en'] as const;

function expectAllLanguages(name: unknown): void {
  expect(name).toBeTypeOf('object');
  for (const language of languages) {
    const value = (name as Record<string, unknown>)[language];
    expect(value, language).toBeTypeOf('string');
    expect((value as string).trim(), language).not.toBe('');
  }
}

async function countRows(prisma: Db) {
  return {
    cities: await prisma.city.count(),
    districts: await prisma.district.count(),
    organizations: await prisma.organization.count(),
    contracts: await prisma.contractorContract.count(),
    buildings: await prisma.building.count(),
    premises: await prisma.premises.count(),
    categories: await prisma.serviceCategory.count(),
    users: await prisma.user.count(),
    memberships: await prisma.membership.count(),
    occupancies: await prisma.occupancy.count(),
    meters: await prisma.meter.count(),
    readings: await prisma.meterReading.count(),
  };
}

describe('seedDemoCity', () => {
  let db: TestDatabase;
  let prisma: Db;
  let wasEmpty: boolean;
  let firstRun: SeedResult;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = db.prisma;
    wasEmpty = await isDatabaseEmpty(prisma);
    const started = performance.now();
    firstRun = await seedDemoCity(prisma, { log: (m) => console.log(`[${db.engine}] ${m}`) });
    console.log(`[${db.engine}] first seed took ${Math.round(performance.now() - started)} ms`);
  });

  afterAll(async () => {
    await db?.close();
  });

  it('seeds an empty database and reports it', async () => {
    expect(wasEmpty).toBe(true);
    expect(firstRun).toEqual({ seeded: true });
    expect(await isDatabaseEmpty(prisma)).toBe(false);
  });

  it('creates Kazan with at least two districts, all named in five languages', async () => {
    const city = await prisma.city.findUniqueOrThrow({
      where: { code: 'KZN' },
      include: { districts: true },
    });
    expect(city).toMatchObject({ countryCode: 'RU', timeZone: 'Europe/Moscow', demo: true });
    expect(city.name).toEqual(demoCity.name);
    expectAllLanguages(city.name);
    expect(city.districts.length).toBeGreaterThanOrEqual(2);
    for (const district of city.districts) expectAllLanguages(district.name);
  });

  it('creates management companies, contractors and one city administration', async () => {
    const byKind = await prisma.organization.groupBy({ by: ['kind'], _count: { _all: true } });
    const count = (kind: string) => byKind.find((g) => g.kind === kind)?._count._all ?? 0;
    expect(count('MANAGEMENT_COMPANY')).toBeGreaterThanOrEqual(3);
    expect(count('CONTRACTOR')).toBeGreaterThanOrEqual(3);
    expect(count('CITY_ADMINISTRATION')).toBe(1);
  });

  it('gives every building apartments, and all but exactly two a management company', async () => {
    const buildings = await prisma.building.findMany({
      include: { managingOrganization: true, _count: { select: { premises: true } } },
    });
    expect(buildings.length).toBeGreaterThanOrEqual(30);
    for (const building of buildings) {
      expect(building._count.premises, `${building.street} ${building.houseNumber}`).toBeGreaterThanOrEqual(
        6,
      );
      expect(building._count.premises).toBeLessThanOrEqual(40);
      if (building.managingOrganization)
        expect(building.managingOrganization.kind).toBe('MANAGEMENT_COMPANY');
    }
    expect(buildings.filter((b) => b.managingOrganizationId === null)).toHaveLength(2);
    const companies = await prisma.organization.findMany({
      where: { kind: 'MANAGEMENT_COMPANY' },
      include: { _count: { select: { managedBuildings: true } } },
    });
    for (const company of companies) expect(company._count.managedBuildings, company.name).toBeGreaterThan(0);
  });

  it('staffs every management company with a dispatcher and every contractor with workers', async () => {
    const organizations = await prisma.organization.findMany({
      where: { kind: { in: ['MANAGEMENT_COMPANY', 'CONTRACTOR'] } },
      include: { memberships: true },
    });
    for (const organization of organizations) {
      const role = organization.kind === 'MANAGEMENT_COMPANY' ? 'DISPATCHER' : 'CONTRACTOR';
      const staff = organization.memberships.filter((m) => m.role === role);
      expect(staff.length, organization.name).toBeGreaterThanOrEqual(
        organization.kind === 'CONTRACTOR' ? 2 : 1,
      );
      expect(
        organization.memberships.every((m) => m.role === role),
        organization.name,
      ).toBe(true);
    }
  });

  it('gives every management company contractors to assign, and contracts only contractors', async () => {
    const companies = await prisma.organization.findMany({
      where: { kind: 'MANAGEMENT_COMPANY' },
      include: { contractors: { include: { contractorOrganization: true } } },
    });
    for (const company of companies) {
      expect(company.contractors.length, company.name).toBeGreaterThan(0);
      for (const c of company.contractors) expect(c.contractorOrganization.kind).toBe('CONTRACTOR');
    }
    // Not every company contracts every contractor: the row-level rule has something to show in the demo.
    const contractors = await prisma.organization.count({ where: { kind: 'CONTRACTOR' } });
    expect(companies.some((c) => c.contractors.length < contractors)).toBe(true);
  });

  it('houses residents in apartments, and has exactly one administrator', async () => {
    const residents = await prisma.user.findMany({
      where: { memberships: { some: { role: 'RESIDENT' } } },
      include: { occupancies: true },
    });
    expect(residents.length).toBeGreaterThanOrEqual(20);
    for (const resident of residents) expect(resident.occupancies, resident.email).toHaveLength(1);
    const administrators = await prisma.membership.findMany({
      where: { role: 'ADMINISTRATOR' },
      include: { organization: true },
    });
    expect(administrators).toHaveLength(1);
    expect(administrators[0]?.organization?.kind).toBe('CITY_ADMINISTRATION');
  });

  it('lets the demo logins in with demo12345, each in its role, every role among them', async () => {
    expect([...new Set(demoLogins.map((l) => l.role))].sort()).toEqual([
      'ADMINISTRATOR',
      'CONTRACTOR',
      'DISPATCHER',
      'RESIDENT',
    ]);
    for (const login of demoLogins) {
      expect(login.password).toBe(DEMO_PASSWORD);
      const user = await prisma.user.findUniqueOrThrow({
        where: { email: login.email },
        include: { memberships: { include: { organization: true } } },
      });
      expect(user.memberships.map((m) => m.role)).toEqual([login.role]);
      expect(await verifyPassword(user.passwordHash, 'demo12345')).toBe(true);
      expect(await verifyPassword(user.passwordHash, 'demo123456')).toBe(false);
    }
    const contractor = await prisma.membership.findFirstOrThrow({
      where: { user: { email: 'contractor@demo.citydesk' } },
      include: { organization: true },
    });
    expect(contractor.organization?.kind).toBe('CONTRACTOR');
  });

  it("puts resident@ in the dispatcher@'s company's building and resident2@ in another company's", async () => {
    const dispatcher = await prisma.membership.findFirstOrThrow({
      where: { role: 'DISPATCHER', user: { email: 'dispatcher@demo.citydesk' } },
      include: { organization: true },
    });
    expect(dispatcher.organization?.name).toBe('УК Жилсервис Вахитовский');
    const managerOf = async (email: string) => {
      const occupancy = await prisma.occupancy.findFirstOrThrow({
        where: { user: { email } },
        include: { premises: { include: { building: true } } },
      });
      return occupancy.premises.building.managingOrganizationId;
    };
    expect(await managerOf('resident@demo.citydesk')).toBe(dispatcher.organizationId);
    const otherCompany = await managerOf('resident2@demo.citydesk');
    expect(otherCompany).not.toBeNull();
    expect(otherCompany).not.toBe(dispatcher.organizationId);
    const resident = await prisma.user.findUniqueOrThrow({ where: { email: 'resident@demo.citydesk' } });
    expect(resident).toMatchObject({ displayName: 'Алия Сафина', locale: 'ru' });
    expect(resident.phone).toMatch(/^\+7\d{10}$/);
  });

  it('names the twelve repair categories in five languages, emergencies with deadlines in hours', async () => {
    // Repair categories only: the e-services share the catalogue table (kind E_SERVICE), and the
    // meter_sealing / meter_unsealing work orders (seed 003) are ordered for a meter, not filed as repairs.
    const categories = await prisma.serviceCategory.findMany({
      where: { kind: 'REPAIR', code: { notIn: ['meter_sealing', 'meter_unsealing'] } },
      orderBy: { sortOrder: 'asc' },
    });
    expect(categories).toHaveLength(12);
    for (const category of categories) expectAllLanguages(category.name);
    const sla = Object.fromEntries(categories.map((c) => [c.code, [c.slaUnit, c.slaAmount, c.isEmergency]]));
    expect(sla).toMatchObject({
      burst_pipe: ['HOURS', 1, true],
      gas_smell: ['HOURS', 1, true],
      sewer_blockage: ['HOURS', 2, true],
      no_electricity: ['HOURS', 2, true],
      roof_leak: ['WORKING_DAYS', 1, false],
      downpipe: ['WORKING_DAYS', 5, false],
      entrance_lighting: ['WORKING_DAYS', 3, false],
      yard_cleaning: ['CALENDAR_DAYS', 3, false],
      other: ['CALENDAR_DAYS', 7, false],
    });
    for (const code of ['meter_sealing', 'meter_unsealing']) {
      const work = await prisma.serviceCategory.findUniqueOrThrow({ where: { code } });
      expect([work.kind, work.handlingOrganizationKind], code).toEqual(['REPAIR', 'AGENCY']);
    }
    expect(await prisma.serviceCategory.count({ where: { kind: 'E_SERVICE' } })).toBe(8);
  });

  it('gives resident@ a cold- and a hot-water meter with months of readings, one due for verification soon', async () => {
    const meters = await prisma.meter.findMany({
      where: { premises: { occupants: { some: { user: { email: 'resident@demo.citydesk' } } } } },
      include: { readings: { orderBy: { period: 'asc' }, include: { submittedBy: true } } },
      orderBy: { kind: 'asc' },
    });
    expect(meters.map((m) => [m.kind, m.status])).toEqual([
      ['COLD_WATER', 'ACTIVE'],
      ['HOT_WATER', 'ACTIVE'],
    ]);
    const today = localDateOf(Date.now(), demoCity.timeZone);
    const thisMonth = `${today.slice(0, 7)}-01`;
    for (const meter of meters) {
      // Months before this one (this month's reading is the resident's to submit), rising from the initial.
      expect(meter.readings.length, meter.kind).toBeGreaterThanOrEqual(3);
      const values = meter.readings.map((r) => Number(r.value));
      expect(values[0]).toBeGreaterThanOrEqual(Number(meter.initialReading));
      expect([...values].sort((a, b) => a - b)).toEqual(values);
      for (const r of meter.readings) expect(r.period.toISOString().slice(0, 10) < thisMonth).toBe(true);
      expect(meter.readings.at(-1)!.period.toISOString().slice(0, 10)).toBe(addMonths(thisMonth, -1));
    }
    // Some taken in the cabinet, one by the call centre's staff.
    const sources = meters.flatMap((m) => m.readings.map((r) => [r.source, r.submittedBy.email]));
    expect(sources.filter(([s]) => s === 'CALL_CENTRE')).toEqual([
      ['CALL_CENTRE', 'dispatcher.kcs@demo.citydesk'],
    ]);
    expect(sources.filter(([s]) => s === 'CABINET').every(([, e]) => e === 'resident@demo.citydesk')).toBe(
      true,
    );
    const due = meters.map((m) => verificationState(today, m.verificationDueOn.toISOString().slice(0, 10)));
    expect(due).toEqual(['VALID', 'DUE_SOON']);
    // The city's verification intervals are data.
    expect(await prisma.meterVerificationInterval.count()).toBe(5);
  });

  it('creates nothing and changes nothing when run again', async () => {
    const before = await countRows(prisma);
    const hashBefore = (await prisma.user.findUniqueOrThrow({ where: { email: 'admin@demo.citydesk' } }))
      .passwordHash;
    const started = performance.now();
    expect(await seedDemoCity(prisma)).toEqual({ seeded: false });
    console.log(`[${db.engine}] second seed took ${Math.round(performance.now() - started)} ms`);
    expect(await countRows(prisma)).toEqual(before);
    const hashAfter = (await prisma.user.findUniqueOrThrow({ where: { email: 'admin@demo.citydesk' } }))
      .passwordHash;
    expect(hashAfter).toBe(hashBefore);
  });

  it('fills in only what is missing', async () => {
    const before = await countRows(prisma);
    await prisma.user.delete({ where: { email: 'resident3@demo.citydesk' } }); // cascades to membership, occupancy
    expect(await seedDemoCity(prisma)).toEqual({ seeded: true });
    expect(await countRows(prisma)).toEqual(before);
  });
});

// Two API instances starting on one empty database both seed; the advisory lock makes them take turns.
describe.skipIf(!process.env.DATABASE_URL)('seedDemoCity run concurrently (PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('seeds once', async () => {
    const results = await Promise.all([seedDemoCity(db.prisma), seedDemoCity(db.prisma)]);
    expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
    const counts = await countRows(db.prisma);
    expect(counts.cities).toBe(1);
    expect(counts.memberships).toBe(counts.users);
  });
});
