// Sends what waits in the outbox on one channel (e-mail through SMTP, SMS through a gateway). Rows are
// claimed with FOR UPDATE SKIP LOCKED, so several API instances can run this together without sending
// anything twice; failures are retried a few times and then left FAILED with the error, for the
// administrator to see. A channel without a configured sender keeps its messages in the outbox.
import type { NotificationChannel } from '../../generated/prisma/client.ts';
import type { ServiceDeps } from '../context.ts';

export const maxDeliveryAttempts = 5;

/** One outgoing message: the recipient's address on the channel (e-mail or phone), subject and text. */
export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
}

export interface OutboxSender {
  channel: Exclude<NotificationChannel, 'IN_APP'>;
  send(message: OutgoingMessage): Promise<void>;
}

/** Where a message goes: the address an application gave, else the recipient's own e-mail or phone. */
export function addressOf(
  channel: NotificationChannel,
  row: { address: string | null; recipient: { email: string; phone: string | null } | null },
): string {
  if (row.address) return row.address;
  return (channel === 'SMS' ? row.recipient?.phone : row.recipient?.email) ?? '';
}

export async function deliverPending(
  deps: ServiceDeps,
  sender: OutboxSender,
  options: { batch?: number } = {},
): Promise<number> {
  let sent = 0;
  await deps.db.$transaction(
    async (tx) => {
      const claimed = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM notification
        WHERE channel = ${sender.channel}::"NotificationChannel" AND status = 'PENDING'
        ORDER BY created_at
        LIMIT ${options.batch ?? 50}
        FOR UPDATE SKIP LOCKED`;
      if (claimed.length === 0) return;
      const rows = await tx.notification.findMany({
        where: { id: { in: claimed.map((r) => r.id) } },
        include: { recipient: { select: { email: true, phone: true } } },
      });
      for (const row of rows) {
        try {
          const to = addressOf(sender.channel, row);
          await sender.send({ to, subject: row.subject, text: row.body });
          await tx.notification.update({
            where: { id: row.id },
            data: { status: 'SENT', sentAt: deps.clock(), attempts: { increment: 1 }, lastError: null },
          });
          sent += 1;
        } catch (error) {
          const attempts = row.attempts + 1;
          await tx.notification.update({
            where: { id: row.id },
            data: {
              attempts,
              lastError: (error as Error).message.slice(0, 500),
              status: attempts >= maxDeliveryAttempts ? 'FAILED' : 'PENDING',
            },
          });
        }
      }
    },
    { timeout: 60_000 },
  );
  return sent;
}
