// The aggregates every dashboard shows, as one SQL select list over `request_metric` rows `m`, and their
// reading into numbers. Filed-in-period figures count by filing day, resolution figures by the day the
// request was resolved, and the "now" figures count what is open at this moment whatever the period.
import { overdueCountingStatuses, openStatuses, share } from '@citydesk/domain';
import { Prisma } from '../../generated/prisma/client.ts';
import type { MetricFilter } from './metric-filter.ts';

/** One set of figures, for the city, an organization or a contractor. */
export interface Figures {
  /** Filed in the period. */
  filed: number;
  /** Resolved (closed or decided) in the period. */
  resolved: number;
  /** Open now, and of those past their deadline. */
  openNow: number;
  overdueNow: number;
  /** Of the resolved: finished by the SLA deadline. */
  withinSla: number;
  withinSlaShare: number | null;
  /**
   * Repairs closed in the period; of those, confirmed by the resident, closed without their confirmation (the
   * platform's auto-close: never counted as confirmed), and sent back at least once.
   */
  closedRepairs: number;
  confirmed: number;
  confirmedShare: number | null;
  closedUnconfirmed: number;
  closedUnconfirmedShare: number | null;
  reworked: number;
  reworkShare: number | null;
  /** Ratings given on requests resolved in the period. */
  rated: number;
  averageRating: number | null;
  /** Medians (the lower middle value) in seconds: filing to first assignment, filing to resolution. */
  medianSecondsToAssign: number | null;
  medianSecondsToClose: number | null;
}

export interface FigureRow {
  filed: bigint;
  resolved: bigint;
  open_now: bigint;
  overdue_now: bigint;
  within_sla: bigint;
  closed_repairs: bigint;
  confirmed: bigint;
  closed_unconfirmed: bigint;
  reworked: bigint;
  rated: bigint;
  rating_sum: bigint | null;
  median_assign: number | null;
  median_close: number | null;
}

const open = Prisma.sql`m."status" = ANY(${[...openStatuses]}::"RequestStatus"[])`;

export function figureColumns(filter: MetricFilter, now: Date): Prisma.Sql {
  const { from, to } = filter.period;
  const filed = Prisma.sql`m."created_day" BETWEEN ${from}::date AND ${to}::date`;
  const resolved = Prisma.sql`m."closed_day" BETWEEN ${from}::date AND ${to}::date`;
  const closedRepair = Prisma.sql`${resolved} AND m."kind" = 'REPAIR'`;
  return Prisma.sql`
    count(*) FILTER (WHERE ${filed}) AS filed,
    count(*) FILTER (WHERE ${resolved}) AS resolved,
    count(*) FILTER (WHERE ${open}) AS open_now,
    count(*) FILTER (WHERE m."status" = ANY(${[...overdueCountingStatuses]}::"RequestStatus"[])
                       AND m."deadline_at" < ${now}) AS overdue_now,
    count(*) FILTER (WHERE ${resolved} AND m."within_sla") AS within_sla,
    count(*) FILTER (WHERE ${closedRepair}) AS closed_repairs,
    count(*) FILTER (WHERE ${closedRepair} AND m."confirmed") AS confirmed,
    count(*) FILTER (WHERE ${closedRepair} AND m."status" = 'CLOSED_UNCONFIRMED') AS closed_unconfirmed,
    count(*) FILTER (WHERE ${closedRepair} AND m."rework_count" > 0) AS reworked,
    count(m."rating") FILTER (WHERE ${resolved}) AS rated,
    sum(m."rating") FILTER (WHERE ${resolved}) AS rating_sum,
    percentile_disc(0.5) WITHIN GROUP (ORDER BY m."seconds_to_assign") FILTER (WHERE ${filed}) AS median_assign,
    percentile_disc(0.5) WITHIN GROUP (ORDER BY m."seconds_to_close") FILTER (WHERE ${resolved}) AS median_close`;
}

/** The rows worth reading for `figureColumns`: filed or resolved in the period, or open now. */
export function relevantRows(filter: MetricFilter): Prisma.Sql {
  const { from, to } = filter.period;
  return Prisma.sql`(m."created_day" BETWEEN ${from}::date AND ${to}::date
      OR m."closed_day" BETWEEN ${from}::date AND ${to}::date
      OR ${open})`;
}

export function readFigures(row: FigureRow | undefined): Figures {
  const n = (v: bigint | number | null | undefined) => Number(v ?? 0);
  const resolved = n(row?.resolved);
  const closedRepairs = n(row?.closed_repairs);
  const rated = n(row?.rated);
  return {
    filed: n(row?.filed),
    resolved,
    openNow: n(row?.open_now),
    overdueNow: n(row?.overdue_now),
    withinSla: n(row?.within_sla),
    withinSlaShare: share(n(row?.within_sla), resolved),
    closedRepairs,
    confirmed: n(row?.confirmed),
    confirmedShare: share(n(row?.confirmed), closedRepairs),
    closedUnconfirmed: n(row?.closed_unconfirmed),
    closedUnconfirmedShare: share(n(row?.closed_unconfirmed), closedRepairs),
    reworked: n(row?.reworked),
    reworkShare: share(n(row?.reworked), closedRepairs),
    rated,
    averageRating: rated === 0 ? null : n(row?.rating_sum) / rated,
    medianSecondsToAssign: row?.median_assign ?? null,
    medianSecondsToClose: row?.median_close ?? null,
  };
}
