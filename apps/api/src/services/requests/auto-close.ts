// A verified request the resident does not answer closes by itself after the configured time, and
// its timeline says so (AUTO_CLOSED). Safe on several instances at once: each close is the same
// conditional write as a person's, so a request is closed exactly once.
import { AppError } from '../../errors.ts';
import type { ServiceDeps } from '../context.ts';
import { transitionRequest } from './transition-request.ts';

export async function autoCloseUnansweredRequests(
  deps: ServiceDeps,
  options: { afterMs: number; batch?: number },
): Promise<number> {
  const cutoff = new Date(deps.clock().getTime() - options.afterMs);
  const due = await deps.db.request.findMany({
    where: { status: 'VERIFIED', verifiedAt: { lt: cutoff } },
    select: { id: true },
    orderBy: { verifiedAt: 'asc' },
    take: options.batch ?? 100,
  });
  let closed = 0;
  for (const { id } of due) {
    try {
      await transitionRequest(deps, null, {
        requestId: id,
        version: null,
        action: 'autoClose',
        data: { afterDays: Math.round(options.afterMs / 86_400_000) },
      });
      closed += 1;
    } catch (error) {
      // Someone (the resident, another instance) acted first: nothing to do.
      if (!(error instanceof AppError)) throw error;
    }
  }
  return closed;
}
