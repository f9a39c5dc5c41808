import type { Actor, ServiceDeps } from '../context.ts';
import { requestInclude } from './request-shape.ts';
import { requestsVisibleTo } from './visibility.ts';

/** A contractor's work orders, the most urgent request first. */
export function listWorkOrders(deps: ServiceDeps, actor: Actor) {
  return deps.db.workOrder.findMany({
    where: { contractorOrganizationId: actor.organizationId ?? '', request: requestsVisibleTo(actor) },
    include: { request: { include: requestInclude } },
    orderBy: { request: { deadlineAt: 'asc' } },
    take: 200,
  });
}
