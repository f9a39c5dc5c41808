// What a simulated user does, against either citydesk or the baseline (raw node:http + pg + ws doing the
// same writes and reads by hand): the scenario is the same, only the server differs.
import path from 'node:path';
import type { ChildServer } from './child-server.ts';
import type { Outcome } from './recorder.ts';

export interface Answer {
  ms: number;
  outcome: Outcome;
  detail: string;
}

export interface ResidentSession {
  /** Files a request; `id` once acknowledged. */
  file(description: string): Promise<Answer & { id?: string }>;
  listMine(): Promise<Answer>;
  /** Ids of the requests whose live events this resident received. */
  readonly eventsFor: Set<string>;
  close(): Promise<void>;
}

export interface DispatcherSession {
  /** The queue; the id of a request in it, if any. */
  queue(): Promise<Answer & { firstId?: string }>;
  open(id: string): Promise<Answer>;
  close(): Promise<void>;
}

export interface Target {
  name: string;
  openResident(index: number): Promise<ResidentSession>;
  openDispatcher(index: number): Promise<DispatcherSession>;
  /** /healthz asked five times a second for `seconds`, from a process of its own. */
  probeHealth(seconds: number): Promise<Answer[]>;
  /** Resident set size of the server process, in MB. */
  rssMb(): Promise<number>;
  close(): Promise<void>;
}

export async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await run();
  return { ms: performance.now() - t0, value };
}

/** RSS of a process from /proc (Linux), in MB. */
export async function rssOf(pid: number): Promise<number> {
  const { readFileSync } = await import('node:fs');
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 102.4) / 10;
}

/** /healthz probed, the process's RSS and stopping it: the same for every server the scenario runs against. */
export function serverProbes(server: ChildServer): Pick<Target, 'probeHealth' | 'rssMb' | 'close'> {
  return {
    async probeHealth(seconds) {
      const { execFile } = await import('node:child_process');
      const prober = path.join(import.meta.dirname, 'health-prober.ts');
      const stdout = await new Promise<string>((resolve, reject) =>
        execFile(process.execPath, ['--import', 'tsx', prober, server.url, String(seconds)], (error, out) =>
          error ? reject(error) : resolve(out),
        ),
      );
      return (JSON.parse(stdout) as { ms: number; status: number }[]).map(({ ms, status }) => ({
        ms,
        outcome: status === 200 ? 'ok' : 'error',
        detail: `healthz ${status}`,
      }));
    },
    rssMb: () => rssOf(server.child.pid!),
    close: () => server.stop(),
  };
}
