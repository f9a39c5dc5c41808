// What the simulated users saw: latencies per action, and every answer classified as served, shed on
// purpose (503 / UNAVAILABLE: the server protecting itself) or an error (anything else that failed).
import { percentile } from '../dashboard/measure.ts';

export type Outcome = 'ok' | 'shed' | 'error';

export class Recorder {
  readonly latencies = new Map<string, number[]>();
  readonly outcomes = { ok: 0, shed: 0, error: 0 };
  readonly errorSamples: string[] = [];

  record(action: string, ms: number, outcome: Outcome, detail?: string): void {
    this.outcomes[outcome] += 1;
    if (outcome === 'ok') {
      const list = this.latencies.get(action) ?? [];
      list.push(ms);
      this.latencies.set(action, list);
    }
    if (outcome === 'error' && this.errorSamples.length < 10) this.errorSamples.push(`${action}: ${detail}`);
  }

  summary(action: string) {
    const ms = this.latencies.get(action) ?? [];
    if (ms.length === 0) return { count: 0, p50_ms: null, p99_ms: null };
    const round = (v: number) => Math.round(v * 10) / 10;
    return { count: ms.length, p50_ms: round(percentile(ms, 50)), p99_ms: round(percentile(ms, 99)) };
  }
}

/** Classifies a GraphQL-over-HTTP answer. */
export function outcomeOf(status: number, body: string): { outcome: Outcome; detail: string } {
  if (status === 503) return { outcome: 'shed', detail: 'HTTP 503' };
  if (status >= 400) return { outcome: 'error', detail: `HTTP ${status}: ${body.slice(0, 160)}` };
  const code = /"errors":\[\{.*?"code":"(\w+)"/.exec(body)?.[1];
  if (code === 'UNAVAILABLE') return { outcome: 'shed', detail: code };
  if (code || /"errors":/.test(body)) return { outcome: 'error', detail: body.slice(0, 160) };
  return { outcome: 'ok', detail: '' };
}
