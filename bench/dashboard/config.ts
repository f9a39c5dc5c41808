// The benchmark's settings, from the environment, and its progress log (stderr, with elapsed seconds).
import { performance } from 'node:perf_hooks';

export interface BenchConfig {
  /** The server to use, as given; its own database is never written to. */
  serverUrl: string;
  /** The dedicated database the synthetic city lives in. */
  benchDatabase: string;
  benchUrl: string;
  requests: number;
  events: number;
  regenerate: boolean;
  runs: number;
  naiveRuns: number;
  warmupRuns: number;
}

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export function readConfig(): BenchConfig {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.error(
      'bench:dashboard needs DATABASE_URL, e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres\n' +
        '(it creates and fills its own database, citydesk_bench, on that server; the one named in the URL is not touched).',
    );
    process.exit(2);
  }
  const benchDatabase = process.env.BENCH_DATABASE || 'citydesk_bench';
  if (!/^[a-z_][a-z0-9_]*$/.test(benchDatabase))
    throw new Error(`BENCH_DATABASE must be a plain lower-case identifier, got "${benchDatabase}"`);
  const url = new URL(serverUrl);
  if (decodeURIComponent(url.pathname.replace(/^\//, '')) === benchDatabase)
    throw new Error(
      `DATABASE_URL already names ${benchDatabase}; the benchmark drops and recreates that database`,
    );
  url.pathname = `/${benchDatabase}`;
  const requests = positiveInt('BENCH_REQUESTS', 1_000_000);
  return {
    serverUrl,
    benchDatabase,
    benchUrl: url.toString(),
    requests,
    events: requests * 5,
    regenerate: process.env.BENCH_REGENERATE === '1',
    runs: positiveInt('BENCH_RUNS', 200),
    naiveRuns: positiveInt('BENCH_NAIVE_RUNS', 20),
    warmupRuns: 5,
  };
}

const started = performance.now();

/** A progress line on stderr: stdout carries only the JSON results. */
export function log(message: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(7);
  process.stderr.write(`[bench ${seconds}s] ${message}\n`);
}
