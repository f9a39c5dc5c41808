// `pnpm bench:dashboard`: builds (or reuses) the synthetic city in its own database, then times the
// administrator dashboard's overview and ranking queries over `request_metric`, and the same queries
// over the `request_metric_source` view (the naive aggregate over the raw tables) as the baseline.
// Progress goes to stderr; stdout ends with one JSON line per query, the two required ones last.
import { isDeepStrictEqual } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createPrismaClient } from '../../apps/api/src/infra/db/database.ts';
import { migrateDatabase } from '../../apps/api/src/infra/db/migrate.ts';
import type { MetricFilter, MetricSource } from '../../apps/api/src/services/dashboards/metric-filter.ts';
import { queryOverview, queryRankings } from '../../apps/api/src/services/dashboards/metric-queries.ts';
import { log, readConfig } from './config.ts';
import { countRows, readMarker, recreateBenchDatabase, writeMarker } from './database.ts';
import { drawFilters, loadChoices } from './filters.ts';
import { generateCity } from './generate.ts';
import { round1, summarize, timeRuns } from './measure.ts';

const config = readConfig();

async function prepare(): Promise<Date> {
  const marker = await readMarker(config);
  if (
    marker &&
    !config.regenerate &&
    marker.requests === config.requests &&
    marker.events === config.events
  ) {
    log(
      `reusing ${config.benchDatabase} (generated with now = ${marker.now}); BENCH_REGENERATE=1 rebuilds it`,
    );
    // Migrations added since it was generated fill their own tables from the data that is there.
    const applied = await migrateDatabase(config.benchUrl, { log });
    if (applied.length > 0) log(`applied ${applied.length} newer migration(s): ${applied.join(', ')}`);
    return new Date(marker.now);
  }
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const t0 = performance.now();
  await recreateBenchDatabase(config);
  const db = createPrismaClient(config.benchUrl, 1);
  try {
    await generateCity(db, { requests: config.requests, events: config.events, now });
    await writeMarker(db, config, {
      bench: 'dashboard',
      requests: config.requests,
      events: config.events,
      now: now.toISOString(),
    });
  } finally {
    await db.$disconnect();
  }
  log(`generated the synthetic city in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return now;
}

const now = await prepare();
// The API's pool size: the overview runs its three queries in parallel, as it does when served.
const db = createPrismaClient(config.benchUrl);
try {
  const counts = await countRows(db);
  if (counts.metrics !== counts.requests)
    throw new Error(
      `request_metric has ${counts.metrics} rows for ${counts.requests} requests; BENCH_REGENERATE=1`,
    );
  log(`${counts.requests} requests, ${counts.events} events`);

  const filters = drawFilters(await loadChoices(db), now, config.runs);
  const overview = (source: MetricSource) => (f: MetricFilter) => queryOverview(db, f, now, source);
  const ranking = (source: MetricSource) => (f: MetricFilter) => queryRankings(db, f, now, source);

  log(`warming up (${config.warmupRuns} runs each)`);
  await timeRuns(filters.slice(-config.warmupRuns), overview('request_metric'));
  await timeRuns(filters.slice(-config.warmupRuns), ranking('request_metric'));

  log(`overview over request_metric, ${filters.length} runs`);
  const fastOverview = await timeRuns(filters, overview('request_metric'));
  log(`ranking over request_metric, ${filters.length} runs`);
  const fastRanking = await timeRuns(filters, ranking('request_metric'));

  for (const [name, timing] of [
    ['overview', fastOverview],
    ['ranking', fastRanking],
  ] as const) {
    const slowest = timing.ms
      .map((ms, i) => ({ ms, filter: filters[i] }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3);
    for (const { ms, filter } of slowest)
      log(`slowest ${name}: ${round1(ms)} ms for ${JSON.stringify(filter)}`);
  }

  const naiveFilters = filters.slice(0, config.naiveRuns);
  log(`overview over request_metric_source (naive), ${naiveFilters.length} runs`);
  const naiveOverview = await timeRuns(naiveFilters, overview('request_metric_source'));
  log(`ranking over request_metric_source (naive), ${naiveFilters.length} runs`);
  const naiveRanking = await timeRuns(naiveFilters, ranking('request_metric_source'));

  // The exact-count guarantee: the maintained rows answer exactly what the raw tables do (ranking rows
  // come in one order whatever the plan).
  naiveFilters.forEach((filter, i) => {
    if (!isDeepStrictEqual(naiveOverview.results[i], fastOverview.results[i]))
      throw new Error(`overview differs between the sources for filter ${JSON.stringify(filter)}`);
    if (!isDeepStrictEqual(naiveRanking.results[i], fastRanking.results[i]))
      throw new Error(`ranking differs between the sources for filter ${JSON.stringify(filter)}`);
  });
  log(`the ${naiveFilters.length} naive results equal the request_metric ones`);

  const base = { bench: 'dashboard', rows: counts.requests, events: counts.events };
  const lines = [
    { ...base, query: 'overview_naive', ...summarize(naiveOverview.ms) },
    { ...base, query: 'ranking_naive', ...summarize(naiveRanking.ms) },
  ];
  const [overviewNaive, rankingNaive] = lines as [(typeof lines)[0], (typeof lines)[0]];
  for (const [query, timing, naive] of [
    ['overview', fastOverview, overviewNaive],
    ['ranking', fastRanking, rankingNaive],
  ] as const) {
    const summary = summarize(timing.ms);
    lines.push({
      ...base,
      query,
      ...summary,
      baseline_p95_ms: naive.p95_ms,
      speedup_p95: round1(naive.p95_ms / summary.p95_ms),
    } as (typeof lines)[0]);
  }
  for (const line of lines) {
    log(`${line.query}: p50 ${line.p50_ms} ms, p95 ${line.p95_ms} ms over ${line.runs} runs`);
  }
  // Field order as documented: bench, query, rows, events, runs, p50, p95[, baseline, speedup].
  for (const { bench, query, rows, events, ...rest } of lines) {
    process.stdout.write(`${JSON.stringify({ bench, query, rows, events, ...rest })}\n`);
  }
} finally {
  await db.$disconnect();
}
