// A verified request the resident does not answer is closed by the platform after the configured time — not as
// confirmed: it becomes CLOSED_UNCONFIRMED, the resident is told so and until when they may still reopen it,
// and its timeline says so (AUTO_CLOSED). Safe on several instances at once: each close is the same conditional
// write as a person's, so a request is closed exactly once.
import { defaultReopenAfterAutoCloseDays, reopenAllowedUntil } from '@citydesk/domain';
import { AppError } from '../../errors.ts';
import type { ServiceDeps } from '../context.ts';
import { transitionRequest } from './transition-request.ts';

export async function autoCloseUnansweredRequests(
  deps: ServiceDeps,
  options: {
    afterMs: number;
    /** REOPEN_AFTER_AUTO_CLOSE_DAYS: how long the resident may reopen it afterwards. */
    reopenWithinDays?: number;
    batch?: number;
  },
): Promise<number> {
  const cutoff = new Date(deps.clock().getTime() - options.afterMs);
  const due = await deps.db.request.findMany({
    where: { status: 'VERIFIED', verifiedAt: { lt: cutoff } },
    select: { id: true, city: { select: { timeZone: true } } },
    orderBy: { verifiedAt: 'asc' },
    take: options.batch ?? 100,
  });
  let closed = 0;
  for (const { id, city } of due) {
    // One instant for the whole step, so the deadline the resident is told counts from the recorded closing.
    const now = deps.clock();
    const reopenUntil = reopenAllowedUntil(now, options.reopenWithinDays ?? defaultReopenAfterAutoCloseDays);
    try {
      await transitionRequest({ ...deps, clock: () => now }, null, {
        requestId: id,
        version: null,
        action: 'autoClose',
        changes: { reopenUntil },
        data: {
          afterDays: Math.round(options.afterMs / 86_400_000),
          reopenUntil: reopenUntil.toISOString(),
          timeZone: city.timeZone,
        },
      });
      closed += 1;
    } catch (error) {
      // Someone (the resident, another instance) acted first: nothing to do.
      if (!(error instanceof AppError)) throw error;
    }
  }
  return closed;
}
