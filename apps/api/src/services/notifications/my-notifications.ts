// The in-app list and badge of the signed-in user, and the administrator's view of the outbox.
import type { NotificationStatus } from '../../generated/prisma/client.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { withoutSecrets } from './redact-secrets.ts';

export function listMyNotifications(deps: ServiceDeps, actor: Actor, first = 20) {
  return deps.db.notification.findMany({
    where: { recipientId: actor.userId, channel: 'IN_APP' },
    orderBy: { createdAt: 'desc' },
    take: Math.min(Math.max(first, 1), 100),
  });
}

export function countUnread(deps: ServiceDeps, actor: Actor) {
  return deps.db.notification.count({
    where: { recipientId: actor.userId, channel: 'IN_APP', readAt: null },
  });
}

/** Marks the given (or all) of the user's in-app notifications read; returns how many changed. */
export async function markRead(deps: ServiceDeps, actor: Actor, ids: string[] | null) {
  const { count } = await deps.db.notification.updateMany({
    where: {
      recipientId: actor.userId,
      channel: 'IN_APP',
      readAt: null,
      ...(ids ? { id: { in: ids } } : {}),
    },
    data: { readAt: deps.clock() },
  });
  return count;
}

/**
 * E-mail and SMS of the deployment, newest first (administrators only; the caller checks the role).
 * One-time codes are blotted out: staff see that a code was sent, never the code.
 */
export async function listOutbox(
  deps: ServiceDeps,
  options: { first: number; status: NotificationStatus | null },
) {
  const messages = await deps.db.notification.findMany({
    where: { channel: { in: ['EMAIL', 'SMS'] }, ...(options.status ? { status: options.status } : {}) },
    include: { recipient: { select: { email: true, phone: true } } },
    orderBy: { createdAt: 'desc' },
    take: Math.min(Math.max(options.first, 1), 200),
  });
  return messages.map(withoutSecrets);
}
