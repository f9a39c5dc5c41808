// Open requests and applications past their SLA deadline are escalated once: an ESCALATED step in the timeline,
// which reaches the company's dispatchers and the administrator live (and as notifications).
import { clockedApplicationStatuses, openRequestStatuses } from '@citydesk/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import { transact, type ServiceDeps } from '../context.ts';
import { recordRequestEvent } from './record-event.ts';

export async function escalateOverdueRequests(
  deps: ServiceDeps,
  options: { batch?: number } = {},
): Promise<number> {
  const now = deps.clock();
  // Still on the clock, past its deadline and not escalated for it (a new deadline clears escalatedAt).
  const due: Prisma.RequestWhereInput = {
    status: { in: [...openRequestStatuses, ...clockedApplicationStatuses] },
    deadlineAt: { lt: now },
    escalatedAt: null,
  };
  const overdue = await deps.db.request.findMany({
    where: due,
    select: { id: true },
    orderBy: { deadlineAt: 'asc' },
    take: options.batch ?? 100,
  });
  let escalated = 0;
  for (const { id } of overdue) {
    const done = await transact(deps, async (tx, emit) => {
      // The scan's condition again, as a conditional write: of several instances one escalates, and a
      // request closed, decided or given a new deadline since the scan is left alone.
      const { count } = await tx.request.updateMany({
        where: { id, ...due },
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
