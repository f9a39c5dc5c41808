// Writes the demo city (prisma/seed/demo-city.ts) into the database. Idempotent: every row is found by
// its natural key and only missing rows are inserted (createMany + skipDuplicates, one statement per
// table, all in one transaction), so a second run creates nothing and never overwrites what people
// changed in the demo since.
import { performance } from 'node:perf_hooks';
import { addDays, addMonths, localDateOf, parseServiceSpec, verificationDueOn } from '@citydesk/domain';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Db, Tx } from '../infra/db/database.ts';
import { hashPassword } from '../services/auth/password.ts';
import {
  DEMO_PASSWORD,
  demoBuildings,
  demoCity,
  demoContracts,
  demoDistricts,
  demoCallCentreLogin,
  demoHouseholdSizes,
  demoMeters,
  demoOrganizations,
  demoUsers,
  demoUtilityAccounts,
  demoVerificationIntervals,
} from '../../../../prisma/seed/demo-city.ts';
import { demoEServices } from '../../../../prisma/seed/e-services.ts';
import { insertStandardCategories } from './standard-categories.ts';

export interface SeedOptions {
  log?: (message: string) => void;
  /** The day the demo's meters and readings are dated from (default: now). */
  now?: Date;
}

export interface SeedResult {
  /** false when the demo city was already complete and nothing was created. */
  seeded: boolean;
}

// Held for the seeding transaction, so two processes seeding at once take turns. (Resident memberships
// have a NULL organization, which a unique index cannot deduplicate.) Prisma's migration lock is 72707369.
const SEED_ADVISORY_LOCK = 72707370;

/** True when no city exists yet: the start-up code seeds the demo city then. */
export async function isDatabaseEmpty(prisma: Db): Promise<boolean> {
  return (await prisma.city.findFirst({ select: { id: true } })) === null;
}

export async function seedDemoCity(prisma: Db, options: SeedOptions = {}): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const demoEmails = demoUsers.map((u) => u.email);

  // argon2 is slow: hash the one demo password once, and only when some demo user is missing. It runs on
  // libuv's thread pool, so it overlaps with the first inserts.
  let passwordHash: Promise<string> | undefined;
  if ((await prisma.user.count({ where: { email: { in: demoEmails } } })) < demoUsers.length) {
    passwordHash = hashPassword(DEMO_PASSWORD);
    passwordHash.catch(() => {}); // awaited below; this only keeps an unused failure from going unhandled
  }
  const getPasswordHash = () => (passwordHash ??= hashPassword(DEMO_PASSWORD));

  const now = options.now ?? new Date();
  const created = await prisma.$transaction((tx) => insertMissing(tx, getPasswordHash, now), {
    maxWait: 30_000,
    timeout: 120_000,
  });

  const total = Object.values(created).reduce((sum, n) => sum + n, 0);
  const ms = Math.round(performance.now() - started);
  const cityName = `${demoCity.name.en} (${demoCity.code})`;
  if (total === 0) {
    log(`Demo city ${cityName} is already seeded; nothing to create (${ms} ms).`);
  } else {
    const parts = Object.entries(created)
      .filter(([, n]) => n > 0)
      .map(([table, n]) => `${table} ${n}`);
    log(`Seeded demo city ${cityName}: ${parts.join(', ')} (${ms} ms).`);
  }
  return { seeded: total > 0 };
}

interface Created {
  cities: number;
  districts: number;
  organizations: number;
  'contractor contracts': number;
  buildings: number;
  premises: number;
  'service categories': number;
  'service providers': number;
  'service districts': number;
  users: number;
  memberships: number;
  occupancies: number;
  'utility accounts': number;
  'household sizes': number;
  'verification intervals': number;
  meters: number;
  'meter readings': number;
}

async function insertMissing(tx: Tx, getPasswordHash: () => Promise<string>, now: Date): Promise<Created> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_ADVISORY_LOCK}::bigint)`;

  const cities = await tx.city.createMany({
    data: [
      {
        code: demoCity.code,
        name: demoCity.name,
        countryCode: demoCity.countryCode,
        timeZone: demoCity.timeZone,
        currency: demoCity.currency,
        demo: true,
      },
    ],
    skipDuplicates: true,
  });
  // A demo city seeded before cities carried the flag gets it on the next seed (`pnpm db:seed`).
  await tx.city.updateMany({ where: { code: demoCity.code, demo: false }, data: { demo: true } });
  const city = await tx.city.findUniqueOrThrow({ where: { code: demoCity.code }, select: { id: true } });

  const districts = await tx.district.createMany({
    data: demoDistricts.map((d) => ({ cityId: city.id, code: d.code, name: d.name })),
    skipDuplicates: true,
  });
  const districtIds = new Map(
    (await tx.district.findMany({ where: { cityId: city.id }, select: { id: true, code: true } })).map(
      (d) => [d.code, d.id],
    ),
  );

  const organizations = await tx.organization.createMany({
    data: demoOrganizations.map((o) => ({
      cityId: city.id,
      kind: o.kind,
      name: o.name,
      phone: o.phone,
      email: o.email,
    })),
    skipDuplicates: true,
  });
  const organizationIdsByName = new Map(
    (
      await tx.organization.findMany({
        where: { cityId: city.id, name: { in: demoOrganizations.map((o) => o.name) } },
        select: { id: true, name: true },
      })
    ).map((o) => [o.name, o.id]),
  );
  const organizationIds = new Map(
    demoOrganizations.map((o) => [o.slug, required(organizationIdsByName, o.name, 'organization')]),
  );

  const contracts = await tx.contractorContract.createMany({
    data: demoContracts.map(([organization, contractor]) => ({
      organizationId: required(organizationIds, organization, 'organization'),
      contractorOrganizationId: required(organizationIds, contractor, 'organization'),
    })),
    skipDuplicates: true,
  });

  const buildings = await tx.building.createMany({
    data: demoBuildings.map((b) => ({
      districtId: required(districtIds, b.district, 'district'),
      managingOrganizationId: b.managedBy ? required(organizationIds, b.managedBy, 'organization') : null,
      street: b.street,
      houseNumber: b.houseNumber,
      floors: b.floors,
    })),
    skipDuplicates: true,
  });
  const buildingIds = new Map(
    (
      await tx.building.findMany({
        where: { districtId: { in: [...districtIds.values()] } },
        select: { id: true, districtId: true, street: true, houseNumber: true },
      })
    ).map((b) => [addressKey(b.districtId, b.street, b.houseNumber), b.id]),
  );
  const buildingId = (b: { district: string; street: string; houseNumber: string }) =>
    required(
      buildingIds,
      addressKey(required(districtIds, b.district, 'district'), b.street, b.houseNumber),
      'building',
    );

  const premises = await tx.premises.createMany({
    data: demoBuildings.flatMap((b) => {
      const id = buildingId(b);
      return Array.from({ length: b.apartments }, (_, i) => ({ buildingId: id, number: String(i + 1) }));
    }),
    skipDuplicates: true,
  });

  const serviceCategories = await insertStandardCategories(tx);

  // E-services: the definition is checked (and its defaults filled in) before it is stored, so a broken
  // catalogue fails the seed rather than the first applicant.
  const organizationKinds = new Map(demoOrganizations.map((o) => [o.slug, o.kind]));
  const eServiceCategories = await tx.serviceCategory.createMany({
    data: demoEServices.map((e) => ({
      code: e.code,
      kind: 'E_SERVICE' as const,
      name: e.name,
      handlingOrganizationKind: required(organizationKinds, e.handlingOrganization, 'organization'),
      slaUnit: e.slaUnit,
      slaAmount: e.slaAmount,
      sortOrder: e.sortOrder,
      definition: parseServiceSpec(e.spec) as Prisma.InputJsonValue,
    })),
    skipDuplicates: true,
  });
  const eServiceIds = new Map(
    (
      await tx.serviceCategory.findMany({
        where: { code: { in: demoEServices.map((e) => e.code) } },
        select: { id: true, code: true },
      })
    ).map((c) => [c.code, c.id]),
  );
  const serviceProviders = await tx.serviceProvider.createMany({
    data: demoEServices.map((e) => ({
      categoryId: required(eServiceIds, e.code, 'e-service'),
      organizationId: required(organizationIds, e.handlingOrganization, 'organization'),
    })),
    skipDuplicates: true,
  });
  const serviceDistricts = await tx.serviceDistrict.createMany({
    data: demoEServices.flatMap((e) =>
      (e.enabledDistricts ?? []).map((district) => ({
        categoryId: required(eServiceIds, e.code, 'e-service'),
        districtId: required(districtIds, district, 'district'),
      })),
    ),
    skipDuplicates: true,
  });

  const demoEmails = demoUsers.map((u) => u.email);
  const existingEmails = new Set(
    (await tx.user.findMany({ where: { email: { in: demoEmails } }, select: { email: true } })).map(
      (u) => u.email,
    ),
  );
  const newUsers = demoUsers.filter((u) => !existingEmails.has(u.email));
  let users = 0;
  if (newUsers.length > 0) {
    const passwordHash = await getPasswordHash();
    ({ count: users } = await tx.user.createMany({
      data: newUsers.map((u) => ({
        email: u.email,
        passwordHash,
        displayName: u.displayName,
        phone: u.phone,
        locale: u.locale,
      })),
      skipDuplicates: true,
    }));
  }
  const userIds = new Map(
    (await tx.user.findMany({ where: { email: { in: demoEmails } }, select: { id: true, email: true } })).map(
      (u) => [u.email, u.id],
    ),
  );

  const membershipKey = (m: { userId: string; role: string; organizationId: string | null }) =>
    `${m.userId}|${m.role}|${m.organizationId ?? ''}`;
  const existingMemberships = new Set(
    (
      await tx.membership.findMany({
        where: { userId: { in: [...userIds.values()] } },
        select: { userId: true, role: true, organizationId: true },
      })
    ).map(membershipKey),
  );
  const memberships = await tx.membership.createMany({
    data: demoUsers
      .map((u) => ({
        userId: required(userIds, u.email, 'user'),
        role: u.role,
        organizationId: u.organization ? required(organizationIds, u.organization, 'organization') : null,
      }))
      .filter((m) => !existingMemberships.has(membershipKey(m))),
    skipDuplicates: true,
  });

  const residents = demoUsers.flatMap((u) => (u.home ? [{ email: u.email, home: u.home }] : []));
  const homes = residents.map(({ email, home }) => {
    const building = demoBuildings.find(
      (b) => b.street === home.street && b.houseNumber === home.houseNumber,
    );
    if (!building)
      throw new Error(`Demo seed: ${email} lives at an unknown address ${home.street} ${home.houseNumber}`);
    return {
      email,
      userId: required(userIds, email, 'user'),
      buildingId: buildingId(building),
      number: String(home.apartment),
    };
  });
  const premisesIds = new Map(
    (
      await tx.premises.findMany({
        where: {
          buildingId: { in: homes.map((h) => h.buildingId) },
          number: { in: homes.map((h) => h.number) },
        },
        select: { id: true, buildingId: true, number: true },
      })
    ).map((p) => [`${p.buildingId}|${p.number}`, p.id]),
  );
  const occupancies = await tx.occupancy.createMany({
    data: homes.map((h) => ({
      userId: h.userId,
      premisesId: required(premisesIds, `${h.buildingId}|${h.number}`, 'apartment'),
    })),
    skipDuplicates: true,
  });

  // Each resident's home flat: a water account (unique per utility and subscriber code) and its
  // initial number of registered residents, written only for flats that have no record at all.
  const homePremisesIds = new Map(
    homes.map((h) => [h.email, required(premisesIds, `${h.buildingId}|${h.number}`, 'apartment')]),
  );
  const utilityAccounts = await tx.utilityAccount.createMany({
    data: demoUtilityAccounts.map((a) => ({
      organizationId: required(organizationIds, a.organization, 'organization'),
      subscriberCode: a.subscriberCode,
      premisesId: required(homePremisesIds, a.residentEmail, 'home of'),
      holderName: a.holderName,
      debt: a.debt,
    })),
    skipDuplicates: true,
  });
  const householdPremises = demoHouseholdSizes.map((h) => ({
    ...h,
    premisesId: required(homePremisesIds, h.residentEmail, 'home of'),
  }));
  const premisesWithSize = new Set(
    (
      await tx.householdSizeRecord.findMany({
        where: { premisesId: { in: householdPremises.map((h) => h.premisesId) } },
        select: { premisesId: true },
        distinct: ['premisesId'],
      })
    ).map((r) => r.premisesId),
  );
  const householdSizes = await tx.householdSizeRecord.createMany({
    data: householdPremises
      .filter((h) => !premisesWithSize.has(h.premisesId))
      .map((h) => ({
        premisesId: h.premisesId,
        size: h.size,
        effectiveFrom: new Date(`${h.effectiveFrom}T00:00:00Z`),
      })),
  });

  const verificationIntervals = await tx.meterVerificationInterval.createMany({
    data: Object.entries(demoVerificationIntervals).map(([kind, months]) => ({
      cityId: city.id,
      kind: kind as keyof typeof demoVerificationIntervals,
      months,
    })),
    skipDuplicates: true,
  });
  const meters = await insertDemoMeters(tx, {
    now,
    timeZone: demoCity.timeZone,
    homePremisesIds,
    userIds,
  });

  return {
    cities: cities.count,
    districts: districts.count,
    organizations: organizations.count,
    'contractor contracts': contracts.count,
    buildings: buildings.count,
    premises: premises.count,
    'service categories': serviceCategories + eServiceCategories.count,
    'service providers': serviceProviders.count,
    'service districts': serviceDistricts.count,
    users,
    memberships: memberships.count,
    occupancies: occupancies.count,
    'utility accounts': utilityAccounts.count,
    'household sizes': householdSizes.count,
    'verification intervals': verificationIntervals.count,
    ...meters,
  };
}

/**
 * The demo meters with their readings, dated from `now` in the city's calendar. Only meters missing from the
 * register are created, and readings only for those: a second seed in a later month adds nothing to meters
 * people have used since.
 */
async function insertDemoMeters(
  tx: Tx,
  input: {
    now: Date;
    timeZone: string;
    homePremisesIds: ReadonlyMap<string, string>;
    userIds: ReadonlyMap<string, string>;
  },
): Promise<{ meters: number; 'meter readings': number }> {
  const today = localDateOf(input.now.getTime(), input.timeZone);
  const month = `${today.slice(0, 7)}-01`;
  const existing = new Set(
    (
      await tx.meter.findMany({
        where: { OR: demoMeters.map((m) => ({ kind: m.kind, serialNumber: m.serialNumber })) },
        select: { serialNumber: true },
      })
    ).map((m) => m.serialNumber),
  );
  const missing = demoMeters.filter((m) => !existing.has(m.serialNumber));
  const day = (date: string) => new Date(`${date}T00:00:00Z`);
  const meters = await tx.meter.createMany({
    data: missing.map((m) => {
      const months = demoVerificationIntervals[m.kind];
      const verifiedOn =
        'monthsAgo' in m.verification
          ? addMonths(today, -m.verification.monthsAgo)
          : addMonths(addDays(today, m.verification.dueInDays), -months);
      return {
        premisesId: required(input.homePremisesIds, m.residentEmail, 'home of'),
        kind: m.kind,
        serialNumber: m.serialNumber,
        sealNumber: m.sealNumber,
        status: 'ACTIVE' as const,
        verifiedOn: day(verifiedOn),
        verificationDueOn: day(verificationDueOn(verifiedOn, months)),
        initialReading: m.initialReading,
        registeredAt: new Date(`${addMonths(month, -m.registeredMonthsAgo).slice(0, 8)}03T09:00:00Z`),
      };
    }),
    skipDuplicates: true,
  });
  const ids = new Map(
    (
      await tx.meter.findMany({
        where: { serialNumber: { in: missing.map((m) => m.serialNumber) } },
        select: { id: true, serialNumber: true },
      })
    ).map((m) => [m.serialNumber, m.id]),
  );
  const callCentre = required(input.userIds, demoCallCentreLogin, 'user');
  const readings = await tx.meterReading.createMany({
    data: missing.flatMap((m) =>
      m.readings.map((r, i) => {
        // The oldest of n readings is n months back; each was submitted on the 20th of its month.
        const period = addMonths(month, i - m.readings.length);
        return {
          meterId: required(ids, m.serialNumber, 'meter'),
          period: day(period),
          value: r.value,
          source: r.source,
          submittedAt: new Date(`${period.slice(0, 8)}20T10:00:00Z`),
          submittedById:
            r.source === 'CALL_CENTRE' ? callCentre : required(input.userIds, m.residentEmail, 'user'),
        };
      }),
    ),
    skipDuplicates: true,
  });
  return { meters: meters.count, 'meter readings': readings.count };
}

function addressKey(districtId: string, street: string, houseNumber: string): string {
  return `${districtId}|${street}|${houseNumber}`;
}

function required<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo seed: no ${what} ${String(key)}`);
  return value;
}
