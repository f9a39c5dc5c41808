// The administrator's "retry" on an e-mail or SMS that ran out of tries: it goes back to the outbox as
// if new (a fresh schedule of tries, due at once), keeping its last error until it leaves.
import { notAllowed, notFound } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { transact, type Actor, type ServiceDeps } from '../context.ts';
import { withoutSecrets } from './redact-secrets.ts';
import { assertCan } from '../authorization/assert-can.ts';

export async function retryNotification(deps: ServiceDeps, actor: Actor, notificationId: string) {
  assertCan(actor, 'outbox:retry');
  if (!isUuid(notificationId)) throw notFound();
  const outbox = { id: notificationId, channel: { in: ['EMAIL' as const, 'SMS' as const] } };
  const message = await transact(deps, async (tx) => {
    const failed = await tx.notification.findFirst({
      where: outbox,
      select: { attempts: true, lastError: true },
    });
    // Conditional: of two administrators pressing Retry together, one puts it back, the other is told no.
    const { count } = await tx.notification.updateMany({
      where: { ...outbox, status: 'FAILED' },
      data: { status: 'PENDING', attempts: 0, nextAttemptAt: null, leasedBy: null, leasedUntil: null },
    });
    const retried = await tx.notification.findFirst({
      where: outbox,
      include: { recipient: { select: { email: true, phone: true } } },
    });
    if (!retried) throw notFound();
    if (count === 0) throw notAllowed();
    await recordAudit(tx, {
      action: 'notification.retry',
      actor,
      target: { type: 'notification', id: retried.id },
      details: {
        channel: retried.channel,
        template: retried.template,
        before: { status: 'FAILED', attempts: failed?.attempts ?? null },
        after: { status: 'PENDING', attempts: 0 },
        lastError: failed?.lastError ?? undefined,
      },
      at: deps.clock(),
    });
    return retried;
  });
  deps.log.info({ notificationId, by: actor.userId }, 'outbox message retried');
  return withoutSecrets(message);
}
