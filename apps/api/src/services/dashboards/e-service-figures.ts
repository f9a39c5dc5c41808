// E-service figures for a period (seed 001 counts certificates per district): documents issued per
// service and district, refusals per legal ground, and payments received — scoped like every dashboard.
import { addDays, serviceSpecSchema, startOfLocalDay } from '@citydesk/domain';
import { Prisma } from '../../generated/prisma/client.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { dashboardFilter, type DashboardInput } from './dashboard-filter.ts';
import { whereMetric } from './metric-filter.ts';

export async function eServiceFigures(deps: ServiceDeps, actor: Actor, input: DashboardInput) {
  const filter = { ...(await dashboardFilter(deps, actor, input)), kind: 'E_SERVICE' as const };
  const start = startOfLocalDay(filter.period.from, filter.timeZone);
  const end = startOfLocalDay(addDays(filter.period.to, 1), filter.timeZone);
  const inPeriod = (column: Prisma.Sql) => Prisma.sql`${column} >= ${start} AND ${column} < ${end}`;
  const where = whereMetric(filter);

  const [issued, refusals, payments, services, districts] = await Promise.all([
    deps.db.$queryRaw<{ category_id: string; district_id: string | null; count: bigint }[]>`
      SELECT m."category_id", m."district_id", count(*) AS count
        FROM "issued_document" d JOIN "request_metric" m ON m."request_id" = d."request_id"
       WHERE ${where} AND ${inPeriod(Prisma.sql`d."issued_at"`)}
       GROUP BY 1, 2`,
    deps.db.$queryRaw<{ category_id: string; reason_code: string | null; count: bigint }[]>`
      SELECT m."category_id", e."reason_code", count(*) AS count
        FROM "request_event" e JOIN "request_metric" m ON m."request_id" = e."request_id"
       WHERE ${where} AND e."type" = 'REFUSED' AND ${inPeriod(Prisma.sql`e."created_at"`)}
       GROUP BY 1, 2`,
    deps.db.$queryRaw<{ category_id: string; currency: string; count: bigint; amount: bigint }[]>`
      SELECT m."category_id", p."currency", count(*) AS count, sum(p."amount") AS amount
        FROM "payment" p JOIN "request_metric" m ON m."request_id" = p."request_id"
       WHERE ${where} AND p."status" = 'SUCCEEDED' AND ${inPeriod(Prisma.sql`p."settled_at"`)}
       GROUP BY 1, 2`,
    deps.db.serviceCategory.findMany({ where: { kind: 'E_SERVICE' } }),
    deps.db.district.findMany({ where: { cityId: filter.cityId } }),
  ]);
  const service = (id: string) => services.find((s) => s.id === id);
  const groundLabel = (categoryId: string, code: string | null) => {
    const spec = serviceSpecSchema.safeParse(service(categoryId)?.definition);
    return spec.success ? (spec.data.refusalGrounds.find((g) => g.code === code)?.label ?? null) : null;
  };
  return {
    period: filter.period,
    issued: issued.map((r) => ({
      service: service(r.category_id)!,
      district: districts.find((d) => d.id === r.district_id) ?? null,
      count: Number(r.count),
    })),
    refusals: refusals.map((r) => ({
      service: service(r.category_id)!,
      ground: r.reason_code,
      groundLabel: groundLabel(r.category_id, r.reason_code),
      count: Number(r.count),
    })),
    payments: payments.map((r) => ({
      service: service(r.category_id)!,
      currency: r.currency,
      count: Number(r.count),
      amount: Number(r.amount),
    })),
  };
}
