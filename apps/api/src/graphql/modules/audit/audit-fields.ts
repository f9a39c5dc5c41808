// The administrator's audit trail: who did what to what, when and from where, newest first, a page at a time.
import { listAuditLog, type AuditEntry, type AuditLogPage } from '../../../services/audit/list-audit-log.ts';
import { builder, policyField } from '../../builder.ts';
import { RoleEnum } from '../../enums.ts';

const administrator = { subGraphs: ['administrator' as const] };

const AuditActorType = builder
  .objectRef<NonNullable<AuditEntry['actor']> & { id: string }>('AuditActor')
  .implement({
    ...administrator,
    description: 'The user who acted.',
    fields: (t) => ({
      id: t.exposeID('id'),
      displayName: t.exposeString('displayName'),
      email: t.exposeString('email'),
    }),
  });

const AuditLogEntryType = builder.objectRef<AuditEntry>('AuditLogEntry').implement({
  ...administrator,
  description: 'One recorded action. Rows are written in the transaction of the change and never altered.',
  fields: (t) => ({
    id: t.exposeID('id'),
    occurredAt: t.field({ type: 'DateTime', resolve: (e) => e.occurredAt }),
    action: t.exposeString('action', {
      description: 'A stable dotted code, e.g. request.assign, settings.city.update, auth.login.failed.',
    }),
    actor: t.field({
      type: AuditActorType,
      nullable: true,
      description:
        'Null: an anonymous caller (a failed sign-in) or the system (a payment provider’s callback).',
      resolve: (e) => (e.actor && e.actorId ? { ...e.actor, id: e.actorId } : null),
    }),
    actorRole: t.field({ type: RoleEnum, nullable: true, resolve: (e) => e.actorRole }),
    organizationName: t.string({
      nullable: true,
      description: 'The organization the actor acted for.',
      resolve: (e) => e.organization?.name ?? null,
    }),
    targetType: t.exposeString('targetType', {
      nullable: true,
      description: 'What it was about: user, request, application, document, meter, payment, city, …',
    }),
    targetId: t.exposeString('targetId', { nullable: true }),
    details: t.field({
      type: 'JSON',
      description: 'Before/after of the changed fields, reasons, numbers; never a password or a code.',
      resolve: (e) => e.details,
    }),
    clientIp: t.exposeString('clientIp', {
      nullable: true,
      description: 'The client’s address as the server sees it behind TRUST_PROXY.',
    }),
    requestId: t.exposeString('httpRequestId', {
      nullable: true,
      description: 'The id of the HTTP request that made the change (X-Request-Id of a proxy, or our own).',
    }),
  }),
});

const PageInfoType = builder
  .objectRef<Pick<AuditLogPage, 'endCursor' | 'hasNextPage'>>('PageInfo')
  .implement({
    ...administrator,
    fields: (t) => ({
      endCursor: t.exposeString('endCursor', {
        nullable: true,
        description: 'Pass as `after` for the next page.',
      }),
      hasNextPage: t.exposeBoolean('hasNextPage'),
    }),
  });

const AuditLogConnectionType = builder.objectRef<AuditLogPage>('AuditLogConnection').implement({
  ...administrator,
  fields: (t) => ({
    nodes: t.field({ type: [AuditLogEntryType], resolve: (p) => p.entries }),
    pageInfo: t.field({ type: PageInfoType, resolve: (p) => p }),
  }),
});

const AuditLogFilterInput = builder.inputType('AuditLogFilter', {
  ...administrator,
  fields: (t) => ({
    action: t.string({
      description: 'An action code (request.assign), or a group (auth, request, settings, …).',
    }),
    actorId: t.id({ description: 'Only what this user did.' }),
    targetId: t.string({ description: 'Only what was done to this request, application, user, …' }),
    from: t.field({ type: 'DateTime', description: 'At or after this instant.' }),
    to: t.field({ type: 'DateTime', description: 'Before this instant.' }),
  }),
});

builder.queryField('auditLog', (t) =>
  t.field({
    ...policyField('audit:read'),
    type: AuditLogConnectionType,
    description:
      'The audit trail of the city (staff actions, settings changes, sign-ins and sign-outs, password changes), newest first.',
    args: {
      filter: t.arg({ type: AuditLogFilterInput }),
      first: t.arg.int({ defaultValue: 50, description: '1–200.' }),
      after: t.arg.string({ description: 'The previous page’s pageInfo.endCursor.' }),
    },
    resolve: (_r, args, ctx) =>
      listAuditLog(ctx.deps, ctx.viewer!, {
        filter: args.filter
          ? {
              action: args.filter.action ?? null,
              actorId: args.filter.actorId == null ? null : String(args.filter.actorId),
              targetId: args.filter.targetId ?? null,
              from: args.filter.from ?? null,
              to: args.filter.to ?? null,
            }
          : null,
        first: args.first ?? null,
        after: args.after ?? null,
      }),
  }),
);
