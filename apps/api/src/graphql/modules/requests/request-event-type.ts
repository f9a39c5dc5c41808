import type { RequestEventMessage } from '../../../infra/events/event-bus.ts';
import { builder, roleSubGraphs } from '../../builder.ts';
import { RequestEventTypeEnum, RequestStatusEnum, RoleEnum } from '../../enums.ts';

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
    actorRole: t.field({ type: RoleEnum, nullable: true, resolve: (e) => e.actorRole as never }),
    requestId: t.exposeID('requestId'),
    requestNumber: t.exposeString('requestNumber'),
  }),
});
