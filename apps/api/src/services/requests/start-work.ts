// The contractor starts the work (also after a return for rework).
import type { Actor, ServiceDeps } from '../context.ts';
import { transitionRequest } from './transition-request.ts';
import { assertCan } from '../authorization/assert-can.ts';

export async function startWork(
  deps: ServiceDeps,
  actor: Actor,
  input: { requestId: string; version: number },
) {
  assertCan(actor, 'workOrder:start');
  return transitionRequest(deps, actor, {
    ...input,
    action: 'start',
    within: async (tx, { request }) => {
      await tx.workOrder.update({ where: { requestId: request.id }, data: { startedAt: request.updatedAt } });
    },
  });
}
