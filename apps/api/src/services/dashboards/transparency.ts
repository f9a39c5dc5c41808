// The public transparency page (seed 002: "companies get a documented record of their work"): for each
// management company and each contractor, how it handled residents' repair requests in a period and a
// district. Organizations' names and figures only; nothing about any resident or request.
import type { ServiceDeps } from '../context.ts';
import { dashboardFilter } from './dashboard-filter.ts';
import { queryRankings } from './metric-queries.ts';

export async function transparencyReport(
  deps: ServiceDeps,
  input: { from?: string | null; to?: string | null; districtId?: string | null },
) {
  const filter = await dashboardFilter(deps, null, input);
  const [rows, organizations] = await Promise.all([
    queryRankings(deps.db, filter, deps.clock()),
    deps.db.organization.findMany({
      where: { cityId: filter.cityId, kind: { in: ['MANAGEMENT_COMPANY', 'CONTRACTOR'] } },
      select: { id: true, name: true, kind: true },
      orderBy: { name: 'asc' },
    }),
  ]);
  const entry = (o: (typeof organizations)[number]) => {
    const row = rows.find(
      (r) => r.organizationId === o.id && r.group === (o.kind === 'CONTRACTOR' ? 'CONTRACTOR' : 'HANDLING'),
    );
    return row && (row.figures.filed > 0 || row.figures.resolved > 0)
      ? [{ organizationId: o.id, name: o.name, figures: row.figures }]
      : [];
  };
  return {
    period: filter.period,
    managementCompanies: organizations.filter((o) => o.kind === 'MANAGEMENT_COMPANY').flatMap(entry),
    contractors: organizations.filter((o) => o.kind === 'CONTRACTOR').flatMap(entry),
  };
}
