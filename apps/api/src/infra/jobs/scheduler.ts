// The embedded job runner: periodic tasks in-process, never overlapping themselves. Several API
// instances may run the same tasks; each task is written to be safe under that (conditional writes,
// leases). Stopping aborts the running round's signal, so a task hands back what it holds (the outbox
// releases its unsent leases), and waits for it to finish.
import type { Logger } from '../../logger.ts';

export interface PeriodicTask {
  name: string;
  /** `signal` is aborted when the scheduler stops: finish the current item, then return. */
  run(signal: AbortSignal): Promise<unknown>;
}

export interface Scheduler {
  /** Runs every task once now (tests, start-up). */
  runAll(): Promise<void>;
  stop(): Promise<void>;
}

export function startScheduler(
  tasks: PeriodicTask[],
  options: { intervalMs: number; log: Logger },
): Scheduler {
  const stopping = new AbortController();
  let running: Promise<void> | null = null;
  const runAll = () =>
    (running ??= (async () => {
      for (const task of tasks) {
        if (stopping.signal.aborted) break;
        try {
          const result = await task.run(stopping.signal);
          if (typeof result === 'number' && result > 0)
            options.log.info({ task: task.name, count: result }, 'job');
        } catch (error) {
          options.log.error({ err: error, task: task.name }, 'job failed');
        }
      }
    })().finally(() => {
      running = null;
    }));
  const timer = options.intervalMs > 0 ? setInterval(() => void runAll(), options.intervalMs) : null;
  timer?.unref();
  return {
    runAll,
    async stop() {
      if (timer) clearInterval(timer);
      stopping.abort();
      await running;
    },
  };
}
