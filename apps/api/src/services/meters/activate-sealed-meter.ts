// A closed sealing work order puts the meter it was ordered for into use.
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
