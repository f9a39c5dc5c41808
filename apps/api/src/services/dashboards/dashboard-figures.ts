// The console's figures for a viewer: the overview and the side-by-side rankings, scoped by role.
import type { Actor, ServiceDeps } from '../context.ts';
import { dashboardFilter, type DashboardInput } from './dashboard-filter.ts';
import type { MetricFilter } from './metric-filter.ts';
import { queryOverview, queryRankings } from './metric-queries.ts';
import { assertCan } from '../authorization/assert-can.ts';

export async function dashboardOverview(deps: ServiceDeps, actor: Actor, input: DashboardInput) {
  const filter = await dashboardFilter(deps, actor, input);
  return { period: filter.period, ...(await queryOverview(deps.db, filter, deps.clock())) };
}

/** Management companies, contractors and utilities side by side (the administrator's view of the city). */
export async function dashboardRankings(deps: ServiceDeps, actor: Actor, input: DashboardInput) {
  assertCan(actor, 'dashboard:readRankings');
  return rankedOrganizations(deps, await dashboardFilter(deps, actor, input));
}

/** Each organization's ranking rows with its name and kind, most requests filed first. */
export async function rankedOrganizations(deps: ServiceDeps, filter: MetricFilter) {
  const [rows, organizations] = await Promise.all([
    queryRankings(deps.db, filter, deps.clock()),
    deps.db.organization.findMany({
      where: { cityId: filter.cityId },
      select: { id: true, name: true, kind: true },
    }),
  ]);
  const byId = new Map(organizations.map((o) => [o.id, o]));
  return rows
    .flatMap((row) => {
      const organization = byId.get(row.organizationId);
      return organization ? [{ ...row, organization }] : [];
    })
    .sort(
      (a, b) => b.figures.filed - a.figures.filed || a.organization.name.localeCompare(b.organization.name),
    );
}
