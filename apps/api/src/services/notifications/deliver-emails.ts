// Sends the e-mails waiting in the outbox. Rows are claimed with FOR UPDATE SKIP LOCKED, so several
// API instances can run this together without sending anything twice; failures are retried a few
// times and then left FAILED with the error, for the administrator to see.
import type { Mailer } from '../../infra/mail/mailer.ts';
import type { ServiceDeps } from '../context.ts';

export const maxEmailAttempts = 5;

export async function deliverPendingEmails(
  deps: ServiceDeps & { mailer: Mailer },
  options: { batch?: number } = {},
): Promise<number> {
  let sent = 0;
  await deps.db.$transaction(
    async (tx) => {
      const claimed = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM notification
        WHERE channel = 'EMAIL' AND status = 'PENDING'
        ORDER BY created_at
        LIMIT ${options.batch ?? 50}
        FOR UPDATE SKIP LOCKED`;
      if (claimed.length === 0) return;
      const rows = await tx.notification.findMany({
        where: { id: { in: claimed.map((r) => r.id) } },
        include: { recipient: { select: { email: true } } },
      });
      for (const row of rows) {
        try {
          await deps.mailer.send({ to: row.recipient.email, subject: row.subject, text: row.body });
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
              status: attempts >= maxEmailAttempts ? 'FAILED' : 'PENDING',
            },
          });
        }
      }
    },
    { timeout: 60_000 },
  );
  return sent;
}
