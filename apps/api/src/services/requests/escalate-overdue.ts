// Open requests and applications past their SLA deadline are escalated once: an ESCALATED step in the timeline,
// which reaches the company's dispatchers and the administrator live (and as notifications).
import { clockedApplicationStatuses, openRequestStatuses } from '@citydesk/domain';
import { transact, type ServiceDeps } from '../context.ts';
import { recordRequestEvent } from './record-event.ts';

export async function escalateOverdueRequests(
  deps: ServiceDeps,
  options: { batch?: number } = {},
): Promise<number> {
  const now = deps.clock();
  const overdue = await deps.db.request.findMany({
    where: {
      status: { in: [...openRequestStatuses, ...clockedApplicationStatuses] },
      deadlineAt: { lt: now },
      escalatedAt: null,
    },
    select: { id: true },
    orderBy: { deadlineAt: 'asc' },
    take: options.batch ?? 100,
  });
  let escalated = 0;
  for (const { id } of overdue) {
    const done = await transact(deps, async (tx, emit) => {
      // Conditional: of several instances, one escalates.
      const { count } = await tx.request.updateMany({
        where: { id, escalatedAt: null },
        data: { escalatedAt: now },
      });
      if (count === 0) return false;
      const request = await tx.request.findUniqueOrThrow({ where: { id } });
      emit(
        await recordRequestEvent(tx, {
          request,
          type: 'ESCALATED',
          actor: null,
          data: { deadlineAt: request.deadlineAt.toISOString() },
          at: now,
        }),
      );
      return true;
    });
    if (done) escalated += 1;
  }
  return escalated;
}
