// Keeps `request_metric` true: each transaction that wrote request events recomputes the rows of those
// requests from `request_metric_source` (the definition of every figure over the raw tables) before it
// commits, so a dashboard never counts a change that was rolled back and never misses one that was not.
// The rollups over these rows (`request_metric_day`, `request_status_day`, `request_duration_month`)
// follow in the same statement: a trigger on `request_metric` adds each change's difference to them.
import { Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db/database.ts';

const columns = [
  'request_id',
  'city_id',
  'kind',
  'category_id',
  'district_id',
  'organization_id',
  'contractor_id',
  'status',
  'created_at',
  'created_day',
  'deadline_at',
  'seconds_to_assign',
  'closed_at',
  'closed_day',
  'seconds_to_close',
  'within_sla',
  'confirmed',
  'rework_count',
  'rating',
  'assign_bucket',
  'close_bucket',
] as const;

const list = Prisma.raw(columns.map((c) => `"${c}"`).join(', '));
const updates = Prisma.raw(
  columns
    .filter((c) => c !== 'request_id')
    .map((c) => `"${c}" = EXCLUDED."${c}"`)
    .join(', '),
);

/** Recomputes the metric rows of these requests (inside the caller's transaction). */
export async function refreshRequestMetrics(tx: Tx | Db, requestIds: readonly string[]): Promise<void> {
  const ids = [...new Set(requestIds)];
  if (ids.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "request_metric" (${list})
    SELECT ${list} FROM "request_metric_source" WHERE "request_id" = ANY(${ids}::uuid[])
    ON CONFLICT ("request_id") DO UPDATE SET ${updates}`;
}

/**
 * Recomputes every row and the rollups over them: after a bulk import, or to repair a database whose
 * metrics were written by hand.
 */
export async function rebuildRequestMetrics(db: Db): Promise<number> {
  // Fresh statistics first: right after a bulk load the planner would otherwise walk the timeline by time.
  await db.$executeRaw`ANALYZE "request", "request_event", "application", "building"`;
  const rows = await db.$executeRaw`
    INSERT INTO "request_metric" (${list})
    SELECT ${list} FROM "request_metric_source"
    ON CONFLICT ("request_id") DO UPDATE SET ${updates}`;
  await db.$executeRaw`SELECT "rebuild_request_metric_rollups"()`;
  await db.$executeRaw`ANALYZE "request_metric", "request_metric_day", "request_status_day", "request_duration_month"`;
  return rows;
}
