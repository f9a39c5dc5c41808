// What a simulated user does, against either citydesk or the baseline (raw node:http + pg + ws doing the
// same writes and reads by hand): the scenario is the same, only the server differs.
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
  health(): Promise<Answer>;
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

/** /healthz timed, the process's RSS and stopping it: the same for every server the scenario runs against. */
export function serverProbes(server: ChildServer): Pick<Target, 'health' | 'rssMb' | 'close'> {
  return {
    async health() {
      const r = await timed(() =>
        fetch(`${server.url}/healthz`).then(
          (res) => res.status,
          () => 0,
        ),
      );
      return { ms: r.ms, outcome: r.value === 200 ? 'ok' : 'error', detail: `healthz ${r.value}` };
    },
    rssMb: () => rssOf(server.child.pid!),
    close: () => server.stop(),
  };
}
