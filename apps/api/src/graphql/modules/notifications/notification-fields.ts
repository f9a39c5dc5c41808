// In-app notifications for every signed-in role; the e-mail outbox for the administrator.
import type { Notification } from '../../../generated/prisma/client.ts';
import { NotificationStatus } from '../../../generated/prisma/enums.ts';
import {
  countUnread,
  listMyNotifications,
  listOutbox,
  markRead,
} from '../../../services/notifications/my-notifications.ts';
import { addressOf } from '../../../services/notifications/deliver-outbox.ts';
import { retryNotification } from '../../../services/notifications/retry-notification.ts';
import { builder, policyField, roleSubGraphs } from '../../builder.ts';
import { LocaleEnum } from '../../enums.ts';

const payloadOf = (n: Notification) =>
  (n.payload ?? {}) as {
    requestId?: string;
    requestNumber?: string;
    requestKind?: string;
    type?: string;
    /** Set by notifications about something other than a request (a meter's verification reminder). */
    path?: string;
  };

const NotificationType = builder.objectRef<Notification>('Notification').implement({
  subGraphs: [...roleSubGraphs],
  description: 'Something that happened that you care about, in your language.',
  fields: (t) => ({
    id: t.exposeID('id'),
    subject: t.exposeString('subject'),
    body: t.exposeString('body'),
    eventType: t.string({ nullable: true, resolve: (n) => payloadOf(n).type ?? null }),
    requestId: t.id({ nullable: true, resolve: (n) => payloadOf(n).requestId ?? null }),
    requestNumber: t.string({ nullable: true, resolve: (n) => payloadOf(n).requestNumber ?? null }),
    path: t.string({
      nullable: true,
      description:
        'The address of what it is about: /requests/<id> or /applications/<id> (role-neutral), or a page of yours.',
      resolve: (n) => {
        const { requestId, requestKind, path } = payloadOf(n);
        if (typeof path === 'string' && path.startsWith('/')) return path;
        if (!requestId) return null;
        return requestKind === 'E_SERVICE' ? `/applications/${requestId}` : `/requests/${requestId}`;
      },
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (n) => n.createdAt }),
    readAt: t.field({ type: 'DateTime', nullable: true, resolve: (n) => n.readAt }),
  }),
});

const NotificationStatusEnum = builder.enumType(NotificationStatus, {
  name: 'NotificationStatus',
  subGraphs: ['administrator'],
});

type OutboxRow = Awaited<ReturnType<typeof listOutbox>>[number];
const OutboxMessageType = builder.objectRef<OutboxRow>('OutboxMessage').implement({
  subGraphs: ['administrator'],
  description:
    'An e-mail or SMS in the outbox: sent, waiting (for its next try, or for a sender to be configured) or failed.',
  fields: (t) => ({
    id: t.exposeID('id'),
    channel: t.string({ resolve: (m) => m.channel }),
    to: t.string({ resolve: (m) => addressOf(m.channel, m) }),
    locale: t.field({ type: LocaleEnum, resolve: (m) => m.locale }),
    subject: t.exposeString('subject'),
    body: t.exposeString('body'),
    status: t.field({ type: NotificationStatusEnum, resolve: (m) => m.status }),
    attempts: t.exposeInt('attempts'),
    lastError: t.exposeString('lastError', { nullable: true }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When a message that failed to leave is tried again (null: as soon as a sender is free).',
      resolve: (m) => (m.status === 'PENDING' ? m.nextAttemptAt : null),
    }),
    viewerCanRetry: t.boolean({
      description: 'It ran out of tries: retryNotification puts it back into the outbox.',
      resolve: (m) => m.status === 'FAILED',
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (m) => m.createdAt }),
    sentAt: t.field({ type: 'DateTime', nullable: true, resolve: (m) => m.sentAt }),
  }),
});

builder.queryFields((t) => ({
  myNotifications: t.field({
    ...policyField('notification:list'),
    type: [NotificationType],
    args: { first: t.arg.int({ defaultValue: 20 }) },
    resolve: (_r, args, ctx) => listMyNotifications(ctx.deps, ctx.viewer!, args.first ?? 20),
  }),
  unreadNotificationCount: t.int({
    ...policyField('notification:list'),
    resolve: (_r, _a, ctx) => countUnread(ctx.deps, ctx.viewer!),
  }),
  outbox: t.field({
    ...policyField('outbox:read'),
    type: [OutboxMessageType],
    description: 'E-mail and SMS notifications, newest first.',
    args: { first: t.arg.int({ defaultValue: 50 }), status: t.arg({ type: NotificationStatusEnum }) },
    resolve: (_r, args, ctx) =>
      listOutbox(ctx.deps, { first: args.first ?? 50, status: args.status ?? null }),
  }),
}));

builder.mutationField('markNotificationsRead', (t) =>
  t.int({
    ...policyField('notification:markRead'),
    description: 'Marks the given notifications (or all of yours) read; returns how many changed.',
    args: { ids: t.arg.idList() },
    resolve: (_r, args, ctx) => markRead(ctx.deps, ctx.viewer!, args.ids ? args.ids.map(String) : null),
  }),
);

builder.mutationField('retryNotification', (t) =>
  t.field({
    ...policyField('outbox:retry'),
    type: OutboxMessageType,
    description:
      'Puts a FAILED e-mail or SMS back into the outbox with a fresh schedule of tries (NOT_ALLOWED unless FAILED).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => retryNotification(ctx.deps, ctx.viewer!, String(args.id)),
  }),
);
