// The request lists of each role, all filtered by what the actor may see.
import type { Prisma } from '../../generated/prisma/client.ts';
import type { RequestEventMessage } from '../../infra/events/event-bus.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { eventMessageOf, type EventSubject } from '../../infra/events/event-message.ts';
import { requestInclude, type RequestWithRelations } from './request-shape.ts';
import { requestsVisibleTo } from './visibility.ts';
import { formatRequestNumber, openRequestStatuses, parseRequestNumber, type Action } from '@citydesk/domain';
import { invalidInput } from '../../errors.ts';
import { assertCan } from '../authorization/assert-can.ts';

export type RequestListKind = 'mine' | 'queue' | 'workOrders' | 'unrouted';

const listShapes: Record<
  RequestListKind,
  { action: Action; where: Prisma.RequestWhereInput; orderBy: Prisma.RequestOrderByWithRelationInput[] }
> = {
  /** A resident's own requests, newest first. */
  mine: { action: 'request:readOwn', where: {}, orderBy: [{ createdAt: 'desc' }] },
  /** A company's open requests, the most urgent first. */
  queue: {
    action: 'request:readQueue',
    where: { status: { in: [...openRequestStatuses] } },
    orderBy: [{ deadlineAt: 'asc' }],
  },
  /** A contractor's work, the most urgent first. */
  workOrders: {
    action: 'workOrder:list',
    where: { workOrder: { isNot: null } },
    orderBy: [{ deadlineAt: 'asc' }],
  },
  /** Requests no company serves, for the administrator to route. */
  unrouted: {
    action: 'request:readUnrouted',
    where: { status: 'NEW', organizationId: null },
    orderBy: [{ createdAt: 'asc' }],
  },
};

export async function listRequests(
  deps: ServiceDeps,
  actor: Actor,
  kind: RequestListKind,
  take = 200,
): Promise<RequestWithRelations[]> {
  const shape = listShapes[kind];
  assertCan(actor, shape.action);
  return deps.db.request.findMany({
    where: { AND: [{ kind: 'REPAIR' }, requestsVisibleTo(actor), shape.where] },
    orderBy: shape.orderBy,
    include: requestInclude,
    take,
  });
}

/** One repair request, or null when it does not exist or the actor may not see it. */
export function getRequest(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
): Promise<RequestWithRelations | null> {
  return deps.db.request.findFirst({
    where: { id, kind: 'REPAIR', ...requestsVisibleTo(actor) },
    include: requestInclude,
  });
}

/**
 * A repair request by its number as a caller dictates it (`kzn-2026-000123 ` is forgiven), or null when there is
 * none the actor may see: another company's request is as absent as one that does not exist.
 */
export async function findRequestByNumber(
  deps: ServiceDeps,
  actor: Actor,
  number: string,
): Promise<RequestWithRelations | null> {
  assertCan(actor, 'request:read');
  const parsed = parseRequestNumber(number);
  if (!parsed) throw invalidInput([{ field: 'number', code: 'invalid_format' }]);
  return deps.db.request.findFirst({
    where: {
      number: formatRequestNumber(parsed.cityCode, parsed.year, parsed.seq),
      kind: 'REPAIR',
      ...requestsVisibleTo(actor),
    },
    include: requestInclude,
  });
}

/**
 * Timeline of a request or application the actor can see (callers load it through a visibility-checked
 * read first), as the same messages the live subscription delivers.
 */
export async function listTimeline(
  deps: Pick<ServiceDeps, 'db'>,
  request: EventSubject,
): Promise<RequestEventMessage[]> {
  const events = await deps.db.requestEvent.findMany({
    where: { requestId: request.id },
    orderBy: { position: 'asc' },
    include: { actor: { select: { displayName: true } } },
  });
  return events.map((e) => eventMessageOf(e, request, e.actor?.displayName ?? null));
}
