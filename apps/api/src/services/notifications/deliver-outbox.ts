// Sends what waits in the outbox on one channel (e-mail through SMTP, SMS through a gateway), without
// holding a transaction while the network is slow: claim a batch under a lease (one short statement),
// send each message outside any transaction, record each result at once (another short statement).
// A worker killed mid-batch leaves at most the one message it was sending unrecorded; its lease runs
// out and another worker sends that one again under the same Message-ID / Idempotency-Key, so the
// server can drop the copy. Failures back off exponentially up to a day, then the message is FAILED
// for the administrator to retry. A channel without a configured sender keeps its messages waiting.
//
// Why our own queue on the `notification` table and not graphile-worker or pg-boss (measured 2026-12,
// 200 jobs, Node 20): graphile-worker 0.17 on the embedded PGlite hung with a pool of one connection
// (no job in 120 s; its LISTEN client keeps one) and finished 1 of 200 jobs in 30 s with four. pg-boss
// 10.4 (the last line for Node 20) works on PGlite (200 jobs in 1.5 s) and re-delivers a killed worker's
// job after its expiry, but it would be a second queue beside the notification row, which is already
// written in the business transaction and is what the administrator reads: status, attempts and the
// last error would live twice; its retry times come from the database's now() (no injected clock in
// tests), capped only at 2^16 × the delay (no "up to a day"); and its own schema and migrations would
// sit outside our migration runner and drift check. The row itself is the queue; this file and
// outbox-leases.ts are the whole of it.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { NotificationChannel } from '../../generated/prisma/client.ts';
import type { ServiceDeps } from '../context.ts';
import { claimDueMessages, recordFailure, recordSent, releaseLeases } from './outbox-leases.ts';
import { ChannelUnavailableError, type OutboxSender } from './outbox-sender.ts';

export { ChannelUnavailableError, type OutboxSender, type OutgoingMessage } from './outbox-sender.ts';

/** What a worker needs: the database, the clock and the log (no events, no actor). */
export type OutboxDeps = Pick<ServiceDeps, 'db' | 'clock' | 'log'>;

export interface DeliveryOptions {
  /** Messages claimed at once. */
  batch?: number;
  /** How long a claim is held; a dead worker's messages are sent by another after it. */
  leaseMs?: number;
  /** No new send starts when less than this is left of the lease (the longest a send may take). */
  sendBudgetMs?: number;
  /** Stops between two messages and hands back the untried rest (shutdown). */
  signal?: AbortSignal;
  /** The jitter's randomness (tests). */
  random?: () => number;
}

export const defaultDelivery = { batch: 25, leaseMs: 120_000, sendBudgetMs: 45_000 };

/** Where a message goes: the address an application gave, else the recipient's own e-mail or phone. */
export function addressOf(
  channel: NotificationChannel,
  row: { address: string | null; recipient: { email: string; phone: string | null } | null },
): string {
  if (row.address) return row.address;
  return (channel === 'SMS' ? row.recipient?.phone : row.recipient?.email) ?? '';
}

const workerId = () => `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`.slice(-64);

/** Claims one batch and sends it; returns how many messages left. */
export async function deliverPending(
  deps: OutboxDeps,
  sender: OutboxSender,
  options: DeliveryOptions = {},
): Promise<number> {
  const { batch, leaseMs, sendBudgetMs } = { ...defaultDelivery, ...options };
  if (options.signal?.aborted) return 0;
  const worker = workerId();
  const claimedAt = deps.clock();
  const leaseUntil = new Date(claimedAt.getTime() + leaseMs);
  const messages = await claimDueMessages(deps.db, {
    channel: sender.channel,
    worker,
    now: claimedAt,
    leaseUntil,
    batch,
  });
  const untried = new Set(messages.map((m) => m.id));
  let sent = 0;
  try {
    for (const message of messages) {
      if (options.signal?.aborted) break;
      if (deps.clock().getTime() > leaseUntil.getTime() - sendBudgetMs) break;
      untried.delete(message.id);
      try {
        const to = addressOf(sender.channel, message);
        await sender.send({ id: message.id, to, subject: message.subject, text: message.body });
      } catch (error) {
        const outcome = await recordFailure(deps.db, message, {
          worker,
          now: deps.clock(),
          error: (error as Error).message,
          ...(options.random ? { random: options.random } : {}),
        });
        deps.log.warn({ notificationId: message.id, attempts: message.attempts, outcome }, 'delivery failed');
        if (error instanceof ChannelUnavailableError) break;
        continue;
      }
      if (await recordSent(deps.db, message.id, worker, deps.clock())) sent += 1;
      else deps.log.warn({ notificationId: message.id }, 'sent after its lease ran out');
    }
  } finally {
    // Handed back at once rather than when the lease runs out; if this fails, the lease still runs out.
    await releaseLeases(deps.db, [...untried], worker).catch((error: unknown) =>
      deps.log.warn({ err: error }, 'could not release outbox leases'),
    );
  }
  return sent;
}

/** Sends batch after batch while full ones keep coming (at most `maxBatches`); returns how many left. */
export async function deliverAllPending(
  deps: OutboxDeps,
  sender: OutboxSender,
  options: DeliveryOptions & { maxBatches?: number } = {},
): Promise<number> {
  const batch = options.batch ?? defaultDelivery.batch;
  let total = 0;
  for (let round = 0; round < (options.maxBatches ?? 20) && !options.signal?.aborted; round++) {
    const sent = await deliverPending(deps, sender, { ...options, batch });
    total += sent;
    if (sent < batch) break;
  }
  return total;
}
