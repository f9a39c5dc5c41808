import type { Actor, ServiceDeps } from '../context.ts';
import { requestInclude } from './request-shape.ts';
import { requestsVisibleTo } from './visibility.ts';
import { assertCan } from '../authorization/assert-can.ts';
import { workOrdersVisibleTo } from '../work-orders/visibility.ts';

/** A contractor's work orders, the most urgent request first. */
export async function listWorkOrders(deps: ServiceDeps, actor: Actor) {
  assertCan(actor, 'workOrder:list');
  return deps.db.workOrder.findMany({
    where: { AND: [workOrdersVisibleTo(actor) ?? { id: { in: [] } }, { request: requestsVisibleTo(actor) }] },
    include: { request: { include: requestInclude } },
    orderBy: { request: { deadlineAt: 'asc' } },
    take: 200,
  });
}
