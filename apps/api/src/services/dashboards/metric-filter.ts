// What a dashboard query counts: one city, a period of local days, and optionally one district, one
// handling organization (management company, utility, office), one contractor, one category and one
// kind. `whereMetric` turns it into the SQL condition over `request_metric` (or its source view).
import { Prisma } from '../../generated/prisma/client.ts';
import type { DashboardPeriod } from '@citydesk/domain';

export interface MetricFilter {
  cityId: string;
  period: DashboardPeriod;
  districtId?: string | null;
  /** The handling organization (`organization_id`). */
  organizationId?: string | null;
  /** The contractor doing the work (`contractor_id`). */
  contractorId?: string | null;
  categoryId?: string | null;
  kind?: 'REPAIR' | 'E_SERVICE' | null;
}

/**
 * Where the figures are read from: the maintained table, or the view that computes the same rows from the
 * raw tables (the direct count the tests and the benchmark compare with).
 */
export type MetricSource = 'request_metric' | 'request_metric_source';

export function sourceTable(source: MetricSource): Prisma.Sql {
  return Prisma.raw(source === 'request_metric' ? '"request_metric"' : '"request_metric_source"');
}

/** The filter's dimensions (not the period: each figure applies it to its own date). */
export function whereMetric(filter: MetricFilter): Prisma.Sql {
  const conditions = [Prisma.sql`m."city_id" = ${filter.cityId}::uuid`];
  if (filter.districtId) conditions.push(Prisma.sql`m."district_id" = ${filter.districtId}::uuid`);
  if (filter.organizationId)
    conditions.push(Prisma.sql`m."organization_id" = ${filter.organizationId}::uuid`);
  if (filter.contractorId) conditions.push(Prisma.sql`m."contractor_id" = ${filter.contractorId}::uuid`);
  if (filter.categoryId) conditions.push(Prisma.sql`m."category_id" = ${filter.categoryId}::uuid`);
  if (filter.kind) conditions.push(Prisma.sql`m."kind" = ${filter.kind}::"ServiceKind"`);
  return Prisma.join(conditions, ' AND ');
}
