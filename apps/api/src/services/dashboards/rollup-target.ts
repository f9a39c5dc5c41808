// Which rollup answers a filter. The rollups hold the city, each handling organization and each
// contractor, split by kind; a filter narrowed further (a district, a category, or an organization and
// a contractor at once) reads the metric rows themselves, which are few enough by then.
import { Prisma } from '../../generated/prisma/client.ts';
import type { MetricScope } from '../../generated/prisma/enums.ts';
import type { MetricFilter } from './metric-filter.ts';

/** One scope of the rollups, and optionally the one city, organization or contractor within it. */
export interface RollupTarget {
  scope: MetricScope;
  scopeId: string | null;
}

/** The metric row's column a scope groups by. */
export function scopeColumn(scope: MetricScope): Prisma.Sql {
  return Prisma.raw(
    { CITY: 'm."city_id"', ORGANIZATION: 'm."organization_id"', CONTRACTOR: 'm."contractor_id"' }[scope],
  );
}

/** The rollup that holds exactly the requests of `filter`, or null when it is narrower than any. */
export function overviewTarget(filter: MetricFilter): RollupTarget | null {
  if (filter.districtId || filter.categoryId) return null;
  if (filter.organizationId && filter.contractorId) return null;
  if (filter.organizationId) return { scope: 'ORGANIZATION', scopeId: filter.organizationId };
  if (filter.contractorId) return { scope: 'CONTRACTOR', scopeId: filter.contractorId };
  return { scope: 'CITY', scopeId: filter.cityId };
}

/** Rankings read every organization's and contractor's rollup when the filter names only a city and kind. */
export function rankingsFromRollups(filter: MetricFilter): boolean {
  return !filter.districtId && !filter.categoryId && !filter.organizationId && !filter.contractorId;
}

/** The rollup rows of a target in the city, of the filter's kind. */
export function whereRollup(filter: MetricFilter, target: RollupTarget, alias: Prisma.Sql): Prisma.Sql {
  const conditions = [
    Prisma.sql`${alias}."city_id" = ${filter.cityId}::uuid`,
    Prisma.sql`${alias}."scope" = ${target.scope}::"MetricScope"`,
  ];
  if (target.scopeId) conditions.push(Prisma.sql`${alias}."scope_id" = ${target.scopeId}::uuid`);
  if (filter.kind) conditions.push(Prisma.sql`${alias}."kind" = ${filter.kind}::"ServiceKind"`);
  return Prisma.join(conditions, ' AND ');
}

/** The metric rows of a target (the same requests its rollup rows sum up). */
export function whereTargetRows(filter: MetricFilter, target: RollupTarget): Prisma.Sql {
  const column = scopeColumn(target.scope);
  const conditions = [Prisma.sql`m."city_id" = ${filter.cityId}::uuid`];
  conditions.push(
    target.scopeId ? Prisma.sql`${column} = ${target.scopeId}::uuid` : Prisma.sql`${column} IS NOT NULL`,
  );
  if (filter.kind) conditions.push(Prisma.sql`m."kind" = ${filter.kind}::"ServiceKind"`);
  return Prisma.join(conditions, ' AND ');
}
