// Exact medians of the two durations without sorting a period's worth of rows. Durations are counted
// per logarithmic bucket in `request_duration_month`; the whole months of the period are read from
// there and the days around them from the metric rows. The running count over the buckets finds the
// one holding the median and its rank inside it, and only that bucket's rows are then read, in order,
// through an index. The answer is `percentile_disc(0.5)`'s: the ceil(n / 2)-th smallest duration.
import { splitAtMonths } from '@citydesk/domain';
import { Prisma } from '../../generated/prisma/client.ts';
import type { DurationMeasure } from '../../generated/prisma/enums.ts';
import type { Db, Tx } from '../../infra/db/database.ts';
import type { MetricFilter } from './metric-filter.ts';
import { scopeColumn, whereRollup, whereTargetRows, type RollupTarget } from './rollup-target.ts';

/** Each measure's day (filing or resolution), bucket and value columns of `request_metric`. */
const columns: Record<DurationMeasure, { day: Prisma.Sql; bucket: Prisma.Sql; value: Prisma.Sql }> = {
  ASSIGN: {
    day: Prisma.raw('m."created_day"'),
    bucket: Prisma.raw('m."assign_bucket"'),
    value: Prisma.raw('m."seconds_to_assign"'),
  },
  CLOSE: {
    day: Prisma.raw('m."closed_day"'),
    bucket: Prisma.raw('m."close_bucket"'),
    value: Prisma.raw('m."seconds_to_close"'),
  },
};

/** The median duration (seconds) of each city, organization or contractor of `target` that has any. */
export async function durationMedians(
  db: Db | Tx,
  filter: MetricFilter,
  target: RollupTarget,
  measure: DurationMeasure,
): Promise<Map<string, number>> {
  const { day, bucket, value } = columns[measure];
  const group = scopeColumn(target.scope);
  const { months, edges } = splitAtMonths(filter.period);
  const counts: Prisma.Sql[] = [];
  if (months)
    counts.push(Prisma.sql`
      SELECT h."scope_id" AS g, h."bucket", h."count"::bigint AS n
        FROM "request_duration_month" h
       WHERE ${whereRollup(filter, target, Prisma.raw('h'))}
         AND h."measure" = ${measure}::"DurationMeasure"
         AND h."month" BETWEEN ${months.from}::date AND ${months.to}::date`);
  if (edges.length > 0)
    counts.push(Prisma.sql`
      SELECT ${group} AS g, ${bucket} AS bucket, count(*) AS n
        FROM "request_metric" m
       WHERE ${whereTargetRows(filter, target)} AND ${bucket} IS NOT NULL
         AND (${Prisma.join(
           edges.map((e) => Prisma.sql`${day} BETWEEN ${e.from}::date AND ${e.to}::date`),
           ' OR ',
         )})
       GROUP BY 1, 2`);
  const kind = filter.kind ? Prisma.sql`AND m."kind" = ${filter.kind}::"ServiceKind"` : Prisma.empty;
  const rows = await db.$queryRaw<{ g: string; median: number }[]>`
    WITH counted AS (
      SELECT c.g, c.bucket, sum(c.n) AS n FROM (${Prisma.join(counts, ' UNION ALL ')}) c GROUP BY 1, 2
    ), running AS (
      SELECT g, bucket, n, sum(n) OVER (PARTITION BY g ORDER BY bucket) AS upto,
             ceil(sum(n) OVER (PARTITION BY g) / 2.0) AS k
        FROM counted
    ), located AS (
      SELECT g, bucket, (k - (upto - n))::integer AS rank FROM running WHERE upto >= k AND upto - n < k
    )
    SELECT l.g, v.median
      FROM located l
     CROSS JOIN LATERAL (
       SELECT ${value} AS median FROM "request_metric" m
        WHERE ${group} = l.g AND ${bucket} = l.bucket
          AND ${day} BETWEEN ${filter.period.from}::date AND ${filter.period.to}::date ${kind}
        ORDER BY ${value} OFFSET l.rank - 1 LIMIT 1
     ) v`;
  return new Map(rows.map((r) => [r.g, Number(r.median)]));
}
