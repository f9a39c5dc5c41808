// The drill-down under a figure: the requests the filter counts (filed or resolved in the period, or
// open now), newest first, with the facts each figure is made of.
import { Prisma } from '../../generated/prisma/client.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { dashboardFilter, type DashboardInput } from './dashboard-filter.ts';
import { relevantRows } from './figure-columns.ts';
import { whereMetric } from './metric-filter.ts';

export const dashboardRequestsMaxPage = 5000;

interface Row {
  request_id: string;
  number: string;
  kind: 'REPAIR' | 'E_SERVICE';
  status: string;
  category_id: string;
  district_id: string | null;
  organization_id: string | null;
  contractor_id: string | null;
  created_at: Date;
  deadline_at: Date;
  closed_at: Date | null;
  seconds_to_close: number | null;
  within_sla: boolean | null;
  confirmed: boolean | null;
  rework_count: number;
  rating: number | null;
}

export async function dashboardRequests(
  deps: ServiceDeps,
  actor: Actor,
  input: DashboardInput & { offset?: number | null; limit?: number | null },
) {
  const filter = await dashboardFilter(deps, actor, input);
  const limit = Math.min(Math.max(input.limit ?? 50, 1), dashboardRequestsMaxPage);
  const offset = Math.max(input.offset ?? 0, 0);
  const where = Prisma.sql`${whereMetric(filter)} AND ${relevantRows(filter)}`;
  const [rows, total] = await Promise.all([
    deps.db.$queryRaw<Row[]>`
      SELECT m.*, r."number"
        FROM "request_metric" m JOIN "request" r ON r."id" = m."request_id"
       WHERE ${where}
       ORDER BY m."created_at" DESC, m."request_id"
       LIMIT ${limit} OFFSET ${offset}`,
    deps.db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM "request_metric" m WHERE ${where}`,
  ]);
  const [categories, districts, organizations] = await Promise.all([
    deps.db.serviceCategory.findMany({ select: { id: true, name: true } }),
    deps.db.district.findMany({ where: { cityId: filter.cityId }, select: { id: true, name: true } }),
    deps.db.organization.findMany({ where: { cityId: filter.cityId }, select: { id: true, name: true } }),
  ]);
  const name = <T extends { id: string }>(list: T[], id: string | null) =>
    list.find((x) => x.id === id) ?? null;
  return {
    total: Number(total[0]?.count ?? 0),
    items: rows.map((r) => ({
      id: r.request_id,
      number: r.number,
      kind: r.kind,
      status: r.status,
      category: name(categories, r.category_id),
      district: name(districts, r.district_id),
      organization: name(organizations, r.organization_id),
      contractor: name(organizations, r.contractor_id),
      createdAt: r.created_at,
      deadlineAt: r.deadline_at,
      closedAt: r.closed_at,
      secondsToClose: r.seconds_to_close,
      withinSla: r.within_sla,
      confirmed: r.confirmed,
      reworkCount: r.rework_count,
      rating: r.rating,
    })),
  };
}
