// `pnpm bench:load`: 200 simulated users (residents filing and watching live, dispatchers working
// queues) for 60 s against citydesk on PostgreSQL + Redis, then the same scenario against a baseline
// written by hand on the bare stack (node:http + pg + ws) in the same run. Progress goes to stderr;
// stdout gets one JSON line per case: latencies beside the baseline's (as ratios), the error rate
// outside deliberate 503s, /healthz p99, live events missed, and the server's RSS before and after.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createPrismaClient } from '../../apps/api/src/infra/db/database.ts';
import { migrateDatabase } from '../../apps/api/src/infra/db/migrate.ts';
import { seedDemoCity } from '../../apps/api/src/seed/seed.ts';
import { freePort } from '../../apps/api/src/test/free-port.ts';
import { baselineTarget } from './baseline-target.ts';
import { startChild } from './child-server.ts';
import { citydeskTarget } from './citydesk-target.ts';
import { log, readLoadConfig } from './config.ts';
import { runScenario, type ScenarioResult } from './scenario.ts';

const config = readLoadConfig();
const root = path.resolve(import.meta.dirname, '../..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function recreateDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: config.serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${config.benchDatabase} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${config.benchDatabase}`);
  await admin.end();
  await migrateDatabase(config.benchUrl);
  const db = createPrismaClient(config.benchUrl, 2);
  try {
    await seedDemoCity(db);
  } finally {
    await db.$disconnect();
  }
}

async function accounts() {
  const client = new pg.Client({ connectionString: config.benchUrl });
  await client.connect();
  try {
    const residents = await client.query<{ email: string }>(
      `SELECT DISTINCT u.email FROM app_user u JOIN occupancy o ON o.user_id = u.id ORDER BY u.email`,
    );
    const dispatchers = await client.query<{ email: string }>(
      `SELECT DISTINCT u.email FROM app_user u JOIN membership m ON m.user_id = u.id
       JOIN organization o ON o.id = m.organization_id
       WHERE m.role = 'DISPATCHER' AND o.kind = 'MANAGEMENT_COMPANY' ORDER BY u.email`,
    );
    return {
      residents: residents.rows.map((r) => r.email),
      dispatchers: dispatchers.rows.map((r) => r.email),
    };
  } finally {
    await client.end();
  }
}

function report(
  name: string,
  result: ScenarioResult,
  baseline: ScenarioResult | null,
  extra: Record<string, unknown> = {},
) {
  const lines: Record<string, unknown>[] = [];
  for (const action of ['file_request', 'my_requests', 'dispatcher_queue', 'dispatcher_open', 'healthz']) {
    const ours = result.recorder.summary(action);
    const theirs = baseline?.recorder.summary(action);
    const ratio = (a: number | null, b: number | null | undefined) =>
      a !== null && b ? Math.round((a / b) * 10) / 10 : null;
    lines.push({
      bench: 'load',
      case: action,
      target: name,
      ...ours,
      ...(theirs
        ? {
            baseline_p50_ms: theirs.p50_ms,
            baseline_p99_ms: theirs.p99_ms,
            ratio_p50: ratio(ours.p50_ms, theirs.p50_ms),
            ratio_p99: ratio(ours.p99_ms, theirs.p99_ms),
          }
        : {}),
      ...(action === 'healthz' ? { goal_p99_ms: 50 } : {}),
    });
  }
  const { ok, shed, error } = result.recorder.outcomes;
  const answered = ok + shed + error;
  lines.push({
    bench: 'load',
    case: 'errors',
    target: name,
    answered,
    shed_503: shed,
    errors: error,
    error_rate: answered - shed > 0 ? Math.round((error / (answered - shed)) * 100_000) / 100_000 : 0,
    goal_error_rate: 0.001,
    samples: result.recorder.errorSamples.slice(0, 3),
  });
  lines.push({
    bench: 'load',
    case: 'live_events',
    target: name,
    acknowledged: result.acknowledged,
    missed: result.missedLiveEvents,
    ...extra,
  });
  for (const line of lines) console.log(JSON.stringify(line));
}

log(`preparing ${config.benchDatabase} (migrate, demo city)`);
await recreateDatabase();
const people = await accounts();
log(
  `${people.residents.length} resident and ${people.dispatchers.length} dispatcher accounts; ${config.users} simulated users`,
);

// citydesk as `pnpm start` runs it, on PostgreSQL + Redis.
const apiPort = await freePort();
const api = await startChild(['--import', 'tsx', 'src/main.ts'], {
  cwd: path.join(root, 'apps', 'api'),
  port: apiPort,
  readyPath: '/readyz',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    DATABASE_URL: config.benchUrl,
    REDIS_URL: config.redisUrl,
    SEED_DEMO: 'never',
    LOG_LEVEL: 'warn',
    // The admission targets README recommends for a server on a machine of its own (the defaults are
    // lenient, for a laptop where a browser shares the cores).
    MAX_EVENT_LOOP_DELAY_MS: process.env.MAX_EVENT_LOOP_DELAY_MS ?? '20',
    MAX_EVENT_LOOP_UTILIZATION: process.env.MAX_EVENT_LOOP_UTILIZATION ?? '0.8',
    WEB_DIST_DIR: '/nonexistent',
    PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'citydesk-bench-load-')),
  },
});
const citydesk = citydeskTarget(api, people);
log('warming up citydesk (10 users, 5 s)');
await runScenario(citydesk, { users: 10, dispatcherShare: 0.2, seconds: 5, thinkMs: config.thinkMs });
const rssBefore = await citydesk.rssMb();
log(`citydesk: ${config.users} users for ${config.seconds} s (RSS ${rssBefore} MB)`);
const ours = await runScenario(citydesk, config);
// The crowd is gone: V8 gives the grown heap back once its memory reducer sees the process idle, which
// takes tens of seconds; sample the RSS every second for the settle time and report where it ends,
// beside the value 15 s after the run (before the reducer usually runs).
const settled: number[] = [];
for (let s = 1; s <= config.settleSeconds; s += 1) {
  await sleep(1_000);
  settled.push(await citydesk.rssMb());
}
const rssAfter = settled.at(-1) ?? (await citydesk.rssMb());
await citydesk.close();

log('baseline: node:http + pg + ws, same scenario');
const baselinePort = await freePort();
const baselineServer = await startChild(['--import', 'tsx', 'bench/load/baseline-server.ts'], {
  cwd: root,
  port: baselinePort,
  readyPath: '/healthz',
  env: { ...process.env, PORT: String(baselinePort), BASELINE_DATABASE_URL: config.benchUrl },
});
const baseline = baselineTarget(baselineServer);
await runScenario(baseline, { users: 10, dispatcherShare: 0.2, seconds: 3, thinkMs: config.thinkMs });
const theirs = await runScenario(baseline, { ...config, seconds: config.baselineSeconds });
await baseline.close();

report('citydesk', ours, theirs);
report('baseline', theirs, null);
console.log(
  JSON.stringify({
    bench: 'load',
    case: 'rss',
    target: 'citydesk',
    before_mb: rssBefore,
    after_15s_mb: settled[14] ?? null,
    after_mb: rssAfter,
    settle_s: config.settleSeconds,
    ratio: Math.round((rssAfter / rssBefore) * 100) / 100,
    goal_ratio: 1.2,
  }),
);
