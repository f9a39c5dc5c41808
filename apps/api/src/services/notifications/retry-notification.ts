// The administrator's "retry" on an e-mail or SMS that ran out of tries: it goes back to the outbox as
// if new (a fresh schedule of tries, due at once), keeping its last error until it leaves.
import { notAllowed, notFound } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { withoutSecrets } from './redact-secrets.ts';

export async function retryNotification(deps: ServiceDeps, actor: Actor, notificationId: string) {
  if (actor.role !== 'ADMINISTRATOR') throw notAllowed();
  if (!isUuid(notificationId)) throw notFound();
  const outbox = { id: notificationId, channel: { in: ['EMAIL' as const, 'SMS' as const] } };
  // Conditional: of two administrators pressing Retry together, one puts it back, the other is told no.
  const { count } = await deps.db.notification.updateMany({
    where: { ...outbox, status: 'FAILED' },
    data: { status: 'PENDING', attempts: 0, nextAttemptAt: null, leasedBy: null, leasedUntil: null },
  });
  const message = await deps.db.notification.findFirst({
    where: outbox,
    include: { recipient: { select: { email: true, phone: true } } },
  });
  if (!message) throw notFound();
  if (count === 0) throw notAllowed();
  deps.log.info({ notificationId, by: actor.userId }, 'outbox message retried');
  return withoutSecrets(message);
}
