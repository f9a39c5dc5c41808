// The filters the benchmark runs, drawn from a seeded PRNG so every run asks the same questions:
// periods of 7 to 365 days ending on a recent day, sometimes narrowed to a district, a handling
// organization or a contractor, a category, a kind.
import type { Db } from '../../apps/api/src/infra/db/database.ts';
import type { MetricFilter } from '../../apps/api/src/services/dashboards/metric-filter.ts';

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FilterChoices {
  cityId: string;
  timeZone: string;
  districts: string[];
  organizations: string[];
  contractors: string[];
  categories: string[];
}

/** The values to choose from, in a stable order (by code or name, not by the random ids). */
export async function loadChoices(db: Db): Promise<FilterChoices> {
  const city = await db.city.findUniqueOrThrow({
    where: { code: 'KZN' },
    select: { id: true, timeZone: true },
  });
  const ids = async (sql: Promise<{ id: string }[]>) => (await sql).map((r) => r.id);
  return {
    cityId: city.id,
    timeZone: city.timeZone,
    districts: await ids(
      db.$queryRaw`SELECT "id" FROM "district" WHERE "city_id" = ${city.id}::uuid ORDER BY "code"`,
    ),
    organizations: await ids(db.$queryRaw`
      SELECT o."id" FROM "organization" o
       WHERE EXISTS (SELECT 1 FROM "request_metric" m WHERE m."organization_id" = o."id") ORDER BY o."name"`),
    contractors: await ids(db.$queryRaw`
      SELECT o."id" FROM "organization" o WHERE o."kind" = 'CONTRACTOR' AND o."city_id" = ${city.id}::uuid ORDER BY o."name"`),
    categories: await ids(db.$queryRaw`SELECT "id" FROM "service_category" ORDER BY "code"`),
  };
}

/** The local calendar day of `at` in `timeZone`, as YYYY-MM-DD. */
export function localDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const periodLengths = [7, 30, 90, 180, 365];

export function drawFilters(
  choices: FilterChoices,
  now: Date,
  count: number,
  seed = 20261125,
): MetricFilter[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const today = localDay(now, choices.timeZone);
  const filters: MetricFilter[] = [];
  for (let i = 0; i < count; i++) {
    const days = pick(periodLengths);
    const to = addDays(today, -Math.floor(random() * 60));
    const filter: MetricFilter = { cityId: choices.cityId, period: { from: addDays(to, 1 - days), to } };
    if (random() < 0.3) filter.districtId = pick(choices.districts);
    const who = random();
    if (who < 0.25) filter.organizationId = pick(choices.organizations);
    else if (who < 0.4) filter.contractorId = pick(choices.contractors);
    if (random() < 0.2) filter.categoryId = pick(choices.categories);
    if (random() < 0.2) filter.kind = random() < 0.7 ? 'REPAIR' : 'E_SERVICE';
    filters.push(filter);
  }
  return filters;
}
