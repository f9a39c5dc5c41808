// Declaring an application invalid after it was approved (false documents found later) takes back what
// the approval issued, in the invalidating transaction: its documents are revoked, its place on a waiting
// list ends, a meter it registered is retired (a meter it replaced or re-verified is put back) and a
// household-size change it made no longer applies.
// Before an approval there is nothing to take back and each step writes nothing.
import type { Tx } from '../../infra/db/database.ts';
import type { Actor, Emit } from '../context.ts';
import { revokeDocuments } from '../documents/revoke-documents.ts';
import { annulMeterOutcome } from '../meters/meter-outcomes.ts';

export async function annulOutcome(
  tx: Tx,
  emit: Emit,
  input: { requestId: string; actor: Actor; reason: string | null; now: Date },
): Promise<void> {
  const { requestId, actor, now } = input;
  await revokeDocuments(tx, emit, { requestId }, { reason: 'APPLICATION_INVALIDATED', actor, now });
  await tx.waitingListEntry.updateMany({
    where: { requestId, removedAt: null },
    data: { removedAt: now, removalReason: input.reason },
  });
  await annulMeterOutcome(tx, { requestId, now });
  await tx.householdSizeRecord.deleteMany({ where: { requestId } });
}
