// The public transparency page (seed 002: "companies get a documented record of their work"): for each
// management company and each contractor, how it handled residents' repair requests in a period and a
// district. Organizations' names and figures only; nothing about any resident or request.
import type { ServiceDeps } from '../context.ts';
import { rankedOrganizations } from './dashboard-figures.ts';
import { dashboardFilter } from './dashboard-filter.ts';

export async function transparencyReport(
  deps: ServiceDeps,
  input: { from?: string | null; to?: string | null; districtId?: string | null },
) {
  const filter = await dashboardFilter(deps, null, input);
  const rows = (await rankedOrganizations(deps, filter))
    .filter((r) => r.figures.filed > 0 || r.figures.resolved > 0)
    .sort((a, b) => a.organization.name.localeCompare(b.organization.name));
  const entries = (kind: 'MANAGEMENT_COMPANY' | 'CONTRACTOR', group: 'HANDLING' | 'CONTRACTOR') =>
    rows
      .filter((r) => r.organization.kind === kind && r.group === group)
      .map((r) => ({ organizationId: r.organizationId, name: r.organization.name, figures: r.figures }));
  return {
    period: filter.period,
    managementCompanies: entries('MANAGEMENT_COMPANY', 'HANDLING'),
    contractors: entries('CONTRACTOR', 'CONTRACTOR'),
  };
}
