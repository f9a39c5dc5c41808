// Timing: run a query once per filter, one at a time, and summarize the wall-clock times.
import { performance } from 'node:perf_hooks';

export interface Timing<R> {
  ms: number[];
  results: R[];
}

export async function timeRuns<F, R>(
  inputs: readonly F[],
  run: (input: F) => Promise<R>,
): Promise<Timing<R>> {
  const ms: number[] = [];
  const results: R[] = [];
  for (const input of inputs) {
    const t0 = performance.now();
    results.push(await run(input));
    ms.push(performance.now() - t0);
  }
  return { ms, results };
}

/** Nearest-rank percentile (p in 0–100) of the samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export const round1 = (ms: number) => Math.round(ms * 10) / 10;

export interface Summary {
  runs: number;
  p50_ms: number;
  p95_ms: number;
}

export function summarize(ms: readonly number[]): Summary {
  return { runs: ms.length, p50_ms: round1(percentile(ms, 50)), p95_ms: round1(percentile(ms, 95)) };
}
