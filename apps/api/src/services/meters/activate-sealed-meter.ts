// A closed sealing or unsealing work order changes the meter it was ordered for (seed 003): sealing puts it
// into use, unsealing takes its seal off so that its readings are refused until it is sealed again. Closing
// is the resident's confirmation, so the register follows what the resident confirmed was done.
import { sealWorkFrom, sealWorkOfCategory, sealWorkTo } from '@citydesk/domain';
import type { Tx } from '../../infra/db/database.ts';

/** Whether the application that registers a meter has had its sealing work order closed (confirmed or not). */
export async function sealingDone(tx: Tx, applicationId: string): Promise<boolean> {
  const closed = await tx.request.count({
    where: { parentRequestId: applicationId, status: { in: ['CLOSED', 'CLOSED_UNCONFIRMED'] } },
  });
  return closed > 0;
}

/** Activates the meter registered by `applicationId`, if it is waiting for its seal. */
export async function activateSealedMeter(tx: Tx, applicationId: string): Promise<void> {
  await tx.meter.updateMany({
    where: { requestId: applicationId, status: 'AWAITING_SEAL' },
    data: { status: 'ACTIVE' },
  });
}

/**
 * Applies a closed work order to the register. One about a registered meter (`meterId`: ordered by the
 * resident, the call centre, or a re-verification's reviewer) moves that meter, if it is still in a state
 * the work applies to; a sealing ordered by a registration or replacement activates the meter the
 * application registered (or will: approval then finds the order closed).
 */
export async function completeMeterWork(
  tx: Tx,
  request: { category: { code: string }; meterId: string | null; parentRequestId: string | null },
): Promise<void> {
  const work = sealWorkOfCategory(request.category.code);
  if (work === null) return;
  if (request.meterId) {
    await tx.meter.updateMany({
      where: { id: request.meterId, status: { in: [...sealWorkFrom[work]] } },
      // The removed seal's number no longer identifies anything on the meter.
      data: { status: sealWorkTo[work], ...(work === 'UNSEAL' ? { sealNumber: null } : {}) },
    });
    return;
  }
  if (work === 'SEAL' && request.parentRequestId) await activateSealedMeter(tx, request.parentRequestId);
}
