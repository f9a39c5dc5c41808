// The outbox's bookkeeping, each step one short statement (its own transaction): claim due messages
// under a lease, record what became of each, hand back what a worker will not send after all.
import type { NotificationChannel } from '../../generated/prisma/client.ts';
import type { Db } from '../../infra/db/database.ts';
import { retryDelayMs } from './retry-schedule.ts';

/**
 * Leases up to `batch` due messages of `channel` to `worker` until `leaseUntil` and counts the attempt.
 * FOR UPDATE SKIP LOCKED lets several workers claim at once without taking the same rows; a lease that
 * ran out (its worker died) is free again. First come first served by the time each became due, so a
 * message retried while its channel is down does not keep the never-tried ones waiting. Returns the
 * claimed messages in that order.
 */
export async function claimDueMessages(
  db: Db,
  claim: { channel: NotificationChannel; worker: string; now: Date; leaseUntil: Date; batch: number },
) {
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE notification AS n
    SET leased_by = ${claim.worker}, leased_until = ${claim.leaseUntil}, attempts = n.attempts + 1
    FROM (
      SELECT id FROM notification
      WHERE channel = ${claim.channel}::"NotificationChannel" AND status = 'PENDING'
        AND (next_attempt_at IS NULL OR next_attempt_at <= ${claim.now})
        AND (leased_until IS NULL OR leased_until <= ${claim.now})
      ORDER BY COALESCE(next_attempt_at, created_at)
      LIMIT ${claim.batch}
      FOR UPDATE SKIP LOCKED
    ) AS due
    WHERE n.id = due.id
    RETURNING n.id`;
  if (claimed.length === 0) return [];
  const messages = await db.notification.findMany({
    where: { id: { in: claimed.map((r) => r.id) } },
    include: { recipient: { select: { email: true, phone: true } } },
  });
  const dueAt = (m: (typeof messages)[number]) => (m.nextAttemptAt ?? m.createdAt).getTime();
  return messages.sort((a, b) => dueAt(a) - dueAt(b));
}

const stillLeased = (id: string, worker: string) => ({ id, leasedBy: worker, status: 'PENDING' as const });
const noLease = { leasedBy: null, leasedUntil: null };

/** Marks a message sent; false when the worker had lost its lease (the message may go out twice). */
export async function recordSent(db: Db, id: string, worker: string, now: Date): Promise<boolean> {
  const { count } = await db.notification.updateMany({
    where: stillLeased(id, worker),
    data: { status: 'SENT', sentAt: now, lastError: null, nextAttemptAt: null, ...noLease },
  });
  return count === 1;
}

/** Records a failed try: another after the backoff, or FAILED once the schedule is used up. */
export async function recordFailure(
  db: Db,
  message: { id: string; attempts: number },
  failure: { worker: string; now: Date; error: string; random?: () => number },
): Promise<'PENDING' | 'FAILED'> {
  const delay = retryDelayMs(message.attempts, failure.random);
  const lastError = failure.error.slice(0, 500);
  await db.notification.updateMany({
    where: stillLeased(message.id, failure.worker),
    data:
      delay === null
        ? { status: 'FAILED', lastError, nextAttemptAt: null, ...noLease }
        : { lastError, nextAttemptAt: new Date(failure.now.getTime() + delay), ...noLease },
  });
  return delay === null ? 'FAILED' : 'PENDING';
}

/** Gives back messages the worker claimed but did not try (shutdown, lease running out): not an attempt. */
export async function releaseLeases(db: Db, ids: string[], worker: string): Promise<number> {
  if (ids.length === 0) return 0;
  const { count } = await db.notification.updateMany({
    where: { id: { in: ids }, leasedBy: worker, status: 'PENDING' },
    data: { ...noLease, attempts: { decrement: 1 } },
  });
  return count;
}
