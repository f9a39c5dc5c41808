// The publishing side of the relay (see event-relay.ts): this instance's committed events that Redis
// has not acknowledged yet, sent one at a time in commit order, the head retried with exponential
// backoff (with jitter) until it goes through. Never throws into the caller of `push`.
import type { Logger } from '../../logger.ts';

export interface RelayQueue {
  /** Queues a payload behind the ones before it; returns at once. */
  push(payload: string): void;
  /** Cuts the current backoff short (the connection is back). */
  wake(): void;
  /** Payloads not yet acknowledged. */
  pending(): number;
  /** Tries to send what is queued for up to `flushWithinMs`, then stops for good. */
  close(flushWithinMs?: number): Promise<void>;
}

export interface RelayQueueOptions {
  send: (payload: string) => Promise<unknown>;
  log: Logger;
  /** Beyond this the oldest is dropped: the receivers' table sweeps still deliver it, a little later. */
  maxPending?: number;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  random?: () => number;
}

export function createRelayQueue(options: RelayQueueOptions): RelayQueue {
  const maxPending = options.maxPending ?? 10_000;
  const initialMs = options.initialBackoffMs ?? 100;
  const maxMs = options.maxBackoffMs ?? 5_000;
  const random = options.random ?? Math.random;
  const queue: string[] = [];
  let running: Promise<void> | null = null;
  let closed = false;
  let dropped = 0;
  let wakeUp: (() => void) | null = null;

  // Half the exponential step plus a random half: retries of many instances spread out.
  const backoff = (failures: number) => {
    const step = Math.min(maxMs, initialMs * 2 ** Math.min(failures - 1, 20));
    return step / 2 + random() * (step / 2);
  };
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      timer.unref();
      function done() {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      }
      wakeUp = done;
    });

  async function drain() {
    let failures = 0;
    while (queue.length > 0 && !closed) {
      try {
        await options.send(queue[0]!);
        queue.shift();
        failures = 0;
      } catch (error) {
        failures += 1;
        if (failures === 1)
          options.log.debug({ err: error, pending: queue.length }, 'live event relay waits');
        await pause(backoff(failures));
      }
    }
  }
  function start() {
    running ??= drain().finally(() => {
      running = null;
      if (queue.length > 0 && !closed) start();
    });
  }

  return {
    push(payload) {
      if (closed) return;
      if (queue.length >= maxPending) {
        // Not the head while it is being sent: its success would then take the next one off unsent.
        queue.splice(running ? 1 : 0, 1);
        if (dropped++ === 0)
          options.log.warn(
            { maxPending },
            'live event relay backlog full: the oldest are left to the table sweep',
          );
      } else if (dropped > 0 && queue.length < maxPending / 2) dropped = 0;
      queue.push(payload);
      start();
    },
    wake: () => wakeUp?.(),
    pending: () => queue.length,
    async close(flushWithinMs = 0) {
      if (running && flushWithinMs > 0) {
        wakeUp?.();
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([running, new Promise((r) => (timer = setTimeout(r, flushWithinMs)))]);
        clearTimeout(timer);
      }
      // A send still in flight ends when the connection is closed after this.
      closed = true;
      wakeUp?.();
    },
  };
}
