// The benchmark's generator at a small size, in every CI run: it must keep building a valid city, and on
// that city the dashboard queries the API serves (from the rollups, or the metric rows for narrower
// filters) must give exactly what the naive aggregate over the raw tables gives, for the benchmark's own
// mix of filters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricSource } from '../../apps/api/src/services/dashboards/metric-filter.ts';
import { queryOverview, queryRankings } from '../../apps/api/src/services/dashboards/metric-queries.ts';
import { readMetricTables } from '../../apps/api/src/services/dashboards/metric-tables.testing.ts';
import { rebuildRequestMetrics } from '../../apps/api/src/services/dashboards/refresh-metrics.ts';
import { seedDemoCity } from '../../apps/api/src/seed/seed.ts';
import { createTestDatabase, type TestDatabase } from '../../apps/api/src/test/test-database.ts';
import { countRows } from './database.ts';
import { drawFilters, loadChoices } from './filters.ts';
import { generateCity } from './generate.ts';

const requests = 2_000;
const now = new Date('2026-11-30T09:00:00Z');
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  await generateCity(db.prisma, { requests, events: requests * 5, now });
}, 600_000);
afterAll(async () => {
  await db?.close();
});

describe('the dashboard benchmark’s synthetic city, small', () => {
  it('has the requests and events asked for, each request with its metric row', async () => {
    expect(await countRows(db.prisma)).toEqual({ requests, events: requests * 5, metrics: requests });
  });

  it('answers the benchmark’s filters from the rollups exactly as the raw tables count them', async () => {
    const filters = drawFilters(await loadChoices(db.prisma), now, 60);
    const run = (source: MetricSource) =>
      Promise.all(
        filters.map(async (f) => ({
          overview: await queryOverview(db.prisma, f, now, source),
          rankings: await queryRankings(db.prisma, f, now, source),
        })),
      );
    const served = await run('request_metric');
    const direct = await run('request_metric_source');
    for (const [i, filter] of filters.entries()) {
      expect({ filter, ...served[i] }).toEqual({ filter, ...direct[i] });
    }
    // Not an empty comparison: the city's figures for the longest periods have medians and rankings.
    const long = served.find((s, i) => !filters[i]!.districtId && s.rankings.length > 20);
    expect(long?.overview.figures.medianSecondsToClose).toBeGreaterThan(0);
  });

  it('built the rollups in bulk exactly as a rebuild does', async () => {
    const loaded = await readMetricTables(db.prisma);
    await rebuildRequestMetrics(db.prisma);
    expect(await readMetricTables(db.prisma)).toEqual(loaded);
  });
});
