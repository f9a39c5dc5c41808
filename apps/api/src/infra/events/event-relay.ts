// Live events through Redis that survive Redis going away: no live update lost, none delivered
// twice, each request's in order, and a request never fails or waits because Redis is down.
//
// The source of truth is the request_event table: every event is written there in the transaction
// that makes the change, and gets a position (a sequence) at INSERT. Redis is the fast path only.
//
// Publishing (relay-queue.ts): after commit, `publish` appends the message to this instance's
// in-memory queue and returns. The queue sends one message at a time, in commit order, and retries
// the head with exponential backoff while Redis is away (waking at once when it returns). A message
// whose acknowledgement was lost may be sent twice; receivers drop the repeat. A full queue drops its
// oldest message: the sweep below still delivers it.
//
// Receiving (this file + delivery-ledger.ts): each instance subscribes to one channel and delivers
// every message to its own subscribers, unless its ledger says the event was delivered already
// (dedupe by event id). Each instance also sweeps the table: every few seconds while Redis is up
// (catching what a publisher could not relay: a crash after commit, a dropped queue entry, a partial
// outage), every second while it is away (so live updates keep flowing from the database), and at
// once when it returns. A sweep reads the ids after its floor, loads only those it has not delivered
// and delivers them in position order.
//
// The pitfall: positions are assigned at INSERT, so transactions can commit out of position order,
// and "everything after the last position seen" would skip an event that commits late with a lower
// position. So the floor lags: it only moves past a position once every transaction that could
// still commit below it has ended (lagMs, well beyond Prisma's 5 s transaction timeout), and sweeps
// re-read the window above it; the ledger remembers what it delivered above the floor, so re-reading
// never repeats a delivery, and forgets it once the floor passes.
//
// Order per request: one request's events are written by transactions that lock its row, so their
// positions follow their commits. Redis keeps each publisher's order and sweeps deliver in position
// order; during and after an outage the table (sweeps) delivers first and the late relayed copies
// are dropped as repeats.
//
// Without REDIS_URL none of this runs: event-bus.ts delivers in process, as before.
import type { Db } from '../db/database.ts';
import type { Logger } from '../../logger.ts';
import type { EventBus, RequestEventMessage } from './event-bus.ts';
import { createDeliveryLedger, type DeliveryLedger } from './delivery-ledger.ts';
import { createLocalDelivery, type LocalDelivery } from './local-delivery.ts';
import { connectRedisLink } from './redis-link.ts';
import { createRelayQueue } from './relay-queue.ts';
import { eventMessages, latestPosition, positionsAfter } from './table-catch-up.ts';

export interface RedisEventBusOptions {
  redisUrl: string;
  db: Db;
  log: Logger;
  channel?: string;
  /** Longer than any transaction that writes events may stay open. */
  lagMs?: number;
  sweepEveryMs?: number;
  /** While Redis is away the table is the live path. */
  sweepWhileDownEveryMs?: number;
  now?: () => number;
}

const pageSize = 500;

export async function createRedisEventBus(options: RedisEventBusOptions): Promise<EventBus> {
  const { db, log } = options;
  const now = options.now ?? (() => performance.now());
  const local = createLocalDelivery();
  const ledger = createDeliveryLedger({
    startPosition: await latestPosition(db),
    lagMs: options.lagMs ?? 30_000,
  });

  const link = connectRedisLink({
    url: options.redisUrl,
    channel: options.channel ?? 'citydesk:request-events',
    log,
    onMessage: (payload) => {
      const message = parseMessage(payload);
      if (message && ledger.admit(message.eventId, BigInt(message.position))) local.deliver(message);
    },
  });
  const relay = createRelayQueue({ send: (payload) => link.publish(payload), log });
  const sweeper = startSweeper({
    db,
    log,
    ledger,
    local,
    now,
    everyMs: () => (link.isUp() ? (options.sweepEveryMs ?? 5_000) : (options.sweepWhileDownEveryMs ?? 1_000)),
  });
  link.onChange((up) => {
    if (up) relay.wake();
    sweeper.soon();
  });
  // Give Redis a moment, so the first requests take the fast path; start degraded if it is not there.
  await link.whenUp(2_000);

  return {
    engine: 'redis',
    publish(message) {
      try {
        relay.push(JSON.stringify(message));
      } catch (error) {
        log.error({ err: error, eventId: message.eventId }, 'live event not queued (the sweep delivers it)');
      }
    },
    subscribe: local.subscribe,
    activeSubscriptions: local.activeSubscriptions,
    degraded: () =>
      link.isUp()
        ? []
        : [{ component: 'redis', reason: link.reason() ?? 'unavailable', pendingEvents: relay.pending() }],
    pendingRelay: () => relay.pending(),
    async close() {
      await sweeper.stop();
      await relay.close(1_000);
      link.close();
    },
  };
}

function startSweeper(deps: {
  db: Db;
  log: Logger;
  ledger: DeliveryLedger;
  local: LocalDelivery;
  now: () => number;
  everyMs: () => number;
}) {
  const { db, ledger, local } = deps;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let failing = false;

  async function sweep() {
    const startedAt = deps.now();
    let after = ledger.floor();
    for (;;) {
      const rows = await positionsAfter(db, after, pageSize);
      const missed = rows.filter((r) => !ledger.has(r.id, r.position));
      if (missed.length > 0 && local.activeSubscriptions() === 0)
        // Nobody here to tell: remember them so their relayed copies are not delivered later either.
        for (const r of missed) ledger.admit(r.id, r.position);
      else if (missed.length > 0)
        for (const message of await eventMessages(
          db,
          missed.map((r) => r.id),
        ))
          if (ledger.admit(message.eventId, BigInt(message.position))) local.deliver(message);
      if (rows.length > 0) after = rows.at(-1)!.position;
      if (rows.length < pageSize) break;
    }
    ledger.swept(startedAt, after);
  }
  function run() {
    if (stopped) return;
    clearTimeout(timer);
    if (running) {
      again = true;
      return;
    }
    running = sweep()
      .then(
        () => {
          if (failing) deps.log.info('live event sweep works again');
          failing = false;
        },
        (error: unknown) => {
          if (!failing) deps.log.warn({ err: error }, 'live event sweep failed; retrying');
          failing = true;
        },
      )
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          run();
        } else schedule();
      });
  }
  function schedule() {
    if (stopped) return;
    timer = setTimeout(run, deps.everyMs());
    timer.unref();
  }
  schedule();
  return {
    /** Sweeps now (after the one running, if any). */
    soon: run,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

function parseMessage(payload: string): RequestEventMessage | null {
  try {
    const message = JSON.parse(payload) as RequestEventMessage;
    return typeof message?.eventId === 'string' && /^\d+$/.test(String(message.position)) ? message : null;
  } catch {
    return null;
  }
}
