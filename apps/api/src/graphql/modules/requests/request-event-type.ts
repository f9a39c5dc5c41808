import type { RequestEventMessage } from '../../../infra/events/event-bus.ts';
import { builder, roleSubGraphs } from '../../builder.ts';
import { RequestEventTypeEnum, RequestStatusEnum, RoleEnum } from '../../enums.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : null);

export const RequestEventType = builder.objectRef<RequestEventMessage>('RequestEvent').implement({
  subGraphs: [...roleSubGraphs],
  description: 'One step in a request’s timeline: who did what, when, and why.',
  fields: (t) => ({
    id: t.exposeID('eventId'),
    type: t.field({ type: RequestEventTypeEnum, resolve: (e) => e.type as never }),
    createdAt: t.field({ type: 'DateTime', resolve: (e) => new Date(e.createdAt) }),
    fromStatus: t.field({ type: RequestStatusEnum, nullable: true, resolve: (e) => e.fromStatus as never }),
    toStatus: t.field({ type: RequestStatusEnum, nullable: true, resolve: (e) => e.toStatus as never }),
    comment: t.exposeString('comment', { nullable: true }),
    reasonCode: t.exposeString('reasonCode', {
      nullable: true,
      description: 'Why: a rejection or cancellation reason code (translate as reason.<code>).',
    }),
    actorName: t.exposeString('actorName', { nullable: true }),
    contractorName: t.string({
      nullable: true,
      description: 'ASSIGNED: the contractor given the work.',
      resolve: (e) => text(e.data.contractorName),
    }),
    assigneeName: t.string({
      nullable: true,
      description: 'ASSIGNED: the worker, if named.',
      resolve: (e) => text(e.data.assigneeName),
    }),
    organizationName: t.string({
      nullable: true,
      description: 'ROUTED by the administrator: the company.',
      resolve: (e) => text(e.data.organizationName),
    }),
    rating: t.int({
      nullable: true,
      description: 'RATED: 1–5.',
      resolve: (e) => (typeof e.data.rating === 'number' ? e.data.rating : null),
    }),
    amount: t.int({
      nullable: true,
      description: 'PAYMENT_REQUESTED, PAID, PAYMENT_FAILED: the amount in minor units.',
      resolve: (e) => (typeof e.data.amount === 'number' ? e.data.amount : null),
    }),
    refundDue: t.boolean({
      description: 'PAID after the application was already decided: the payment must be refunded.',
      resolve: (e) => e.data.refundDue === true,
    }),
    deadlineAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'REGISTERED: when the result is due.',
      resolve: (e) => (typeof e.data.deadlineAt === 'string' ? new Date(e.data.deadlineAt) : null),
    }),
    reopenUntil: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        'AUTO_CLOSED: until when the resident may reopen the request closed without their confirmation.',
      resolve: (e) => (typeof e.data.reopenUntil === 'string' ? new Date(e.data.reopenUntil) : null),
    }),
    taskKind: t.string({
      nullable: true,
      description: 'TASK_CREATED, TASK_COMPLETED: the kind of field task.',
      resolve: (e) => text(e.data.kind),
    }),
    actorRole: t.field({ type: RoleEnum, nullable: true, resolve: (e) => e.actorRole as never }),
    requestId: t.exposeID('requestId'),
    requestNumber: t.exposeString('requestNumber'),
    requestKind: t.string({
      description: 'REPAIR (a request) or E_SERVICE (an application).',
      resolve: (e) => e.requestKind,
    }),
  }),
});
