// The dashboard figures read from the rollups instead of a period's worth of metric rows: sums over the
// day rows, the statuses of the filing days, the trend, and the exact medians; only what is open now
// (a small set, and its "overdue" depends on the clock) is counted on the metric rows themselves.
import { openStatuses, overdueCountingStatuses } from '@citydesk/domain';
import { Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db/database.ts';
import { durationMedians } from './duration-medians.ts';
import type { FigureRow } from './figure-columns.ts';
import type { MetricFilter } from './metric-filter.ts';
import { scopeColumn, whereRollup, whereTargetRows, type RollupTarget } from './rollup-target.ts';

type Reader = Db | Tx;
const rollup = Prisma.raw('d');

function inPeriod(filter: MetricFilter): Prisma.Sql {
  return Prisma.sql`d."day" BETWEEN ${filter.period.from}::date AND ${filter.period.to}::date`;
}

type Sums = Omit<
  FigureRow,
  'open_now' | 'overdue_now' | 'median_assign' | 'median_close' | 'closed_unconfirmed'
>;

async function sumDays(db: Reader, filter: MetricFilter, target: RollupTarget) {
  const rows = await db.$queryRaw<(Sums & { scope_id: string })[]>`
    SELECT d."scope_id", sum(d."filed") AS filed, sum(d."resolved") AS resolved,
           sum(d."within_sla") AS within_sla, sum(d."closed_repairs") AS closed_repairs,
           sum(d."confirmed") AS confirmed, sum(d."reworked") AS reworked, sum(d."rated") AS rated,
           sum(d."rating_sum") AS rating_sum
      FROM "request_metric_day" d
     WHERE ${whereRollup(filter, target, rollup)} AND ${inPeriod(filter)}
     GROUP BY 1
    HAVING sum(d."filed") > 0 OR sum(d."resolved") > 0`;
  return new Map(rows.map(({ scope_id, ...sums }) => [scope_id, sums]));
}

async function countOpen(db: Reader, filter: MetricFilter, target: RollupTarget, now: Date) {
  const rows = await db.$queryRaw<{ g: string; open_now: bigint; overdue_now: bigint }[]>`
    SELECT ${scopeColumn(target.scope)} AS g, count(*) AS open_now,
           count(*) FILTER (WHERE m."status" = ANY(${[...overdueCountingStatuses]}::"RequestStatus"[])
                              AND m."deadline_at" < ${now}) AS overdue_now
      FROM "request_metric" m
     WHERE ${whereTargetRows(filter, target)} AND m."status" = ANY(${[...openStatuses]}::"RequestStatus"[])
     GROUP BY 1`;
  return new Map(rows.map((r) => [r.g, r]));
}

/**
 * The figure rows of every city, organization or contractor of `target` with anything to show in the
 * period (filed or resolved in it, or open now) — what `figureColumns` computes over the metric rows.
 */
export async function rollupFigureRows(
  db: Reader,
  filter: MetricFilter,
  target: RollupTarget,
  now: Date,
): Promise<Map<string, FigureRow>> {
  const [sums, open, assign, close] = await Promise.all([
    sumDays(db, filter, target),
    countOpen(db, filter, target, now),
    durationMedians(db, filter, target, 'ASSIGN'),
    durationMedians(db, filter, target, 'CLOSE'),
  ]);
  const zero = BigInt(0);
  const figures = new Map<string, FigureRow>();
  for (const id of new Set([...sums.keys(), ...open.keys()])) {
    const s = sums.get(id);
    figures.set(id, {
      filed: s?.filed ?? zero,
      resolved: s?.resolved ?? zero,
      open_now: open.get(id)?.open_now ?? zero,
      overdue_now: open.get(id)?.overdue_now ?? zero,
      within_sla: s?.within_sla ?? zero,
      closed_repairs: s?.closed_repairs ?? zero,
      confirmed: s?.confirmed ?? zero,
      // A closed repair is either confirmed (CLOSED) or closed without confirmation (CLOSED_UNCONFIRMED): the
      // metric view's definition of `confirmed`, which the comparison with the raw tables checks.
      closed_unconfirmed: (s?.closed_repairs ?? zero) - (s?.confirmed ?? zero),
      reworked: s?.reworked ?? zero,
      rated: s?.rated ?? zero,
      rating_sum: s?.rating_sum ?? null,
      median_assign: assign.get(id) ?? null,
      median_close: close.get(id) ?? null,
    });
  }
  return figures;
}

export async function rollupStatusCounts(db: Reader, filter: MetricFilter, target: RollupTarget) {
  const rows = await db.$queryRaw<{ kind: 'REPAIR' | 'E_SERVICE'; status: string; count: bigint }[]>`
    SELECT d."kind", d."status", sum(d."filed") AS count
      FROM "request_status_day" d
     WHERE ${whereRollup(filter, target, rollup)} AND ${inPeriod(filter)}
     GROUP BY 1, 2
    HAVING sum(d."filed") <> 0
     ORDER BY 1, 2`;
  return rows.map((r) => ({ kind: r.kind, status: r.status, count: Number(r.count) }));
}

/** Filed and resolved per trend bucket (`unit`: 'day' or 'month'), only the buckets with any. */
export async function rollupTrendRows(
  db: Reader,
  filter: MetricFilter,
  target: RollupTarget,
  unit: Prisma.Sql,
) {
  return db.$queryRaw<{ day: string; opened: bigint; closed: bigint }[]>`
    SELECT to_char(date_trunc(${unit}, d."day")::date, 'YYYY-MM-DD') AS day,
           sum(d."filed") AS opened, sum(d."resolved") AS closed
      FROM "request_metric_day" d
     WHERE ${whereRollup(filter, target, rollup)} AND ${inPeriod(filter)}
     GROUP BY 1`;
}
