// The dashboard queries. Each takes its source: over `request_metric` (what the API serves) a filter
// that a rollup holds is answered from the rollups, any narrower one from the metric rows; over the view
// of the raw tables (`request_metric_source`) the same SQL gives the direct count to compare with.
import { trendBucketOf, trendBuckets, type TrendBucket } from '@citydesk/domain';
import { Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db/database.ts';
import { figureColumns, readFigures, relevantRows, type FigureRow, type Figures } from './figure-columns.ts';
import { sourceTable, whereMetric, type MetricFilter, type MetricSource } from './metric-filter.ts';
import { rollupFigureRows, rollupStatusCounts, rollupTrendRows } from './rollup-queries.ts';
import { overviewTarget, rankingsFromRollups, type RollupTarget } from './rollup-target.ts';

type Reader = Db | Tx;

export interface StatusCount {
  kind: 'REPAIR' | 'E_SERVICE';
  status: string;
  count: number;
}

export interface TrendPoint {
  /** The bucket's first day. */
  day: string;
  opened: number;
  closed: number;
}

export interface Overview {
  figures: Figures;
  /** Requests and applications filed in the period, by their status now. */
  byStatus: StatusCount[];
  trendBucket: TrendBucket;
  trend: TrendPoint[];
}

export type RankingGroup = 'HANDLING' | 'CONTRACTOR';

export interface RankingRow {
  group: RankingGroup;
  organizationId: string;
  figures: Figures;
}

/** The rollup that answers `filter`, when the source is the maintained table and one does. */
function rollupFor(filter: MetricFilter, source: MetricSource): RollupTarget | null {
  return source === 'request_metric' ? overviewTarget(filter) : null;
}

export async function queryFigures(db: Reader, filter: MetricFilter, now: Date, source: MetricSource) {
  const target = rollupFor(filter, source);
  if (target) {
    const rows = await rollupFigureRows(db, filter, target, now);
    return readFigures(rows.get(target.scopeId!));
  }
  const rows = await db.$queryRaw<FigureRow[]>`
    SELECT ${figureColumns(filter, now)}
      FROM ${sourceTable(source)} m
     WHERE ${whereMetric(filter)} AND ${relevantRows(filter)}`;
  return readFigures(rows[0]);
}

export async function queryStatusCounts(db: Reader, filter: MetricFilter, source: MetricSource) {
  const target = rollupFor(filter, source);
  if (target) return rollupStatusCounts(db, filter, target);
  const { from, to } = filter.period;
  const rows = await db.$queryRaw<{ kind: StatusCount['kind']; status: string; count: bigint }[]>`
    SELECT m."kind", m."status", count(*) AS count
      FROM ${sourceTable(source)} m
     WHERE ${whereMetric(filter)} AND m."created_day" BETWEEN ${from}::date AND ${to}::date
     GROUP BY m."kind", m."status"
     ORDER BY m."kind", m."status"`;
  return rows.map((r) => ({ kind: r.kind, status: r.status, count: Number(r.count) }));
}

export async function queryTrend(db: Reader, filter: MetricFilter, source: MetricSource) {
  const { from, to } = filter.period;
  const bucket = trendBucketOf(filter.period);
  const unit = Prisma.raw(bucket === 'DAY' ? `'day'` : `'month'`);
  const target = rollupFor(filter, source);
  const rows = target
    ? await rollupTrendRows(db, filter, target, unit)
    : await db.$queryRaw<{ day: string; opened: bigint; closed: bigint }[]>`
    SELECT to_char(t.day, 'YYYY-MM-DD') AS day, sum(t.opened) AS opened, sum(t.closed) AS closed
      FROM (SELECT date_trunc(${unit}, m."created_day")::date AS day, count(*) AS opened, 0 AS closed
              FROM ${sourceTable(source)} m
             WHERE ${whereMetric(filter)} AND m."created_day" BETWEEN ${from}::date AND ${to}::date
             GROUP BY 1
            UNION ALL
            SELECT date_trunc(${unit}, m."closed_day")::date, 0, count(*)
              FROM ${sourceTable(source)} m
             WHERE ${whereMetric(filter)} AND m."closed_day" BETWEEN ${from}::date AND ${to}::date
             GROUP BY 1) t
     GROUP BY t.day`;
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const trend = trendBuckets(filter.period, bucket).map((day) => ({
    day,
    opened: Number(byDay.get(day)?.opened ?? 0),
    closed: Number(byDay.get(day)?.closed ?? 0),
  }));
  return { bucket, trend };
}

export async function queryOverview(
  db: Reader,
  filter: MetricFilter,
  now: Date,
  source: MetricSource = 'request_metric',
): Promise<Overview> {
  const [figures, byStatus, { bucket, trend }] = await Promise.all([
    queryFigures(db, filter, now, source),
    queryStatusCounts(db, filter, source),
    queryTrend(db, filter, source),
  ]);
  return { figures, byStatus, trendBucket: bucket, trend };
}

/** The same figures per handling organization and per contractor (from the rollups, or in one pass over the rows). */
export async function queryRankings(
  db: Reader,
  filter: MetricFilter,
  now: Date,
  source: MetricSource = 'request_metric',
): Promise<RankingRow[]> {
  if (source === 'request_metric' && rankingsFromRollups(filter)) {
    const scopes = [
      ['HANDLING', 'ORGANIZATION'],
      ['CONTRACTOR', 'CONTRACTOR'],
    ] as const;
    const groups = await Promise.all(
      scopes.map(([, scope]) => rollupFigureRows(db, filter, { scope, scopeId: null }, now)),
    );
    return inRankingOrder(
      scopes.flatMap(([group], i) =>
        [...groups[i]!].map(([organizationId, row]) => ({
          group,
          organizationId,
          figures: readFigures(row),
        })),
      ),
    );
  }
  const rows = await db.$queryRaw<
    (FigureRow & { organization_id: string | null; contractor_id: string | null; by_contractor: number })[]
  >`
    SELECT m."organization_id", m."contractor_id", GROUPING(m."organization_id") AS by_contractor,
           ${figureColumns(filter, now)}
      FROM ${sourceTable(source)} m
     WHERE ${whereMetric(filter)} AND ${relevantRows(filter)}
     GROUP BY GROUPING SETS ((m."organization_id"), (m."contractor_id"))`;
  const ranked: RankingRow[] = [];
  for (const row of rows) {
    const group: RankingGroup = Number(row.by_contractor) === 1 ? 'CONTRACTOR' : 'HANDLING';
    const organizationId = group === 'CONTRACTOR' ? row.contractor_id : row.organization_id;
    if (organizationId) ranked.push({ group, organizationId, figures: readFigures(row) });
  }
  return inRankingOrder(ranked);
}

/** By group (contractors, then handling organizations), then by id: the same order whatever the plan. */
function inRankingOrder(rows: RankingRow[]): RankingRow[] {
  return rows.sort(
    (a, b) => a.group.localeCompare(b.group) || a.organizationId.localeCompare(b.organizationId),
  );
}
