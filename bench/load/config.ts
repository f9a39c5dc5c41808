// The load benchmark's settings, from the environment.
export interface LoadConfig {
  /** The PostgreSQL server; the benchmark works in its own database there. */
  serverUrl: string;
  benchDatabase: string;
  benchUrl: string;
  redisUrl: string;
  users: number;
  /** Share of the users who are dispatchers (the rest are residents). */
  dispatcherShare: number;
  seconds: number;
  baselineSeconds: number;
  /** Mean pause between one user's actions (uniform between half and one and a half of it). */
  thinkMs: number;
  /** How long the API idles after the run before its RSS is read again. */
  settleSeconds: number;
}

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
}

export function readLoadConfig(): LoadConfig {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.error(
      'bench:load needs DATABASE_URL (a PostgreSQL server; it creates its own database citydesk_bench_load there)\n' +
        'e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379 pnpm bench:load',
    );
    process.exit(2);
  }
  const benchDatabase = process.env.BENCH_DATABASE || 'citydesk_bench_load';
  if (!/^[a-z_][a-z0-9_]*$/.test(benchDatabase))
    throw new Error(`BENCH_DATABASE must be a plain lower-case identifier, got "${benchDatabase}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${benchDatabase}`;
  const seconds = positive('BENCH_SECONDS', 60);
  return {
    serverUrl,
    benchDatabase,
    benchUrl: url.toString(),
    redisUrl: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    users: Math.round(positive('BENCH_USERS', 200)),
    dispatcherShare: positive('BENCH_DISPATCHER_SHARE', 0.2),
    seconds,
    baselineSeconds: positive('BENCH_BASELINE_SECONDS', seconds),
    thinkMs: positive('BENCH_THINK_MS', 1000),
    settleSeconds: Math.round(positive('BENCH_SETTLE_SECONDS', 60)),
  };
}

const started = performance.now();
export const log = (message: string) =>
  console.error(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${message}`);
