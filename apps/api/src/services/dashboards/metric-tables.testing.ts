// For tests: the metric rows and the rollups' non-empty rows, in a stable order, to compare a database
// kept up by the trigger with the same database rebuilt from scratch.
import type { Db } from '../../infra/db/database.ts';

export async function readMetricTables(db: Db) {
  const [metrics, days, statuses, durations] = await Promise.all([
    db.requestMetric.findMany({ orderBy: { requestId: 'asc' } }),
    db.requestMetricDay.findMany({
      where: { OR: [{ filed: { not: 0 } }, { resolved: { not: 0 } }] },
      orderBy: [{ scope: 'asc' }, { scopeId: 'asc' }, { day: 'asc' }, { kind: 'asc' }],
    }),
    db.requestStatusDay.findMany({
      where: { filed: { not: 0 } },
      orderBy: [{ scope: 'asc' }, { scopeId: 'asc' }, { day: 'asc' }, { kind: 'asc' }, { status: 'asc' }],
    }),
    db.requestDurationMonth.findMany({
      where: { count: { not: 0 } },
      orderBy: [
        { scope: 'asc' },
        { scopeId: 'asc' },
        { measure: 'asc' },
        { month: 'asc' },
        { kind: 'asc' },
        { bucket: 'asc' },
      ],
    }),
  ]);
  return { metrics, days, statuses, durations };
}
