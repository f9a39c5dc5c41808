// The list's keeper removes an entry (housing provided, grounds lapsed); everyone behind it moves up and
// the certificate of registration is revoked (its basis is gone).
import { codePointLength, trimToNull } from '@citydesk/domain';
import { invalidInput, notAllowed, notFound } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import { staffOrganizationOf } from '../authorization/assert-can.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { transact, type Actor, type ServiceDeps } from '../context.ts';
import { revokeDocuments } from '../documents/revoke-documents.ts';
import { recordRequestEvent } from '../requests/record-event.ts';
import type { ApplicationWithRelations } from './application-shape.ts';
import { getApplication } from './list-applications.ts';

export async function removeFromWaitingList(
  deps: ServiceDeps,
  actor: Actor,
  input: { requestId: string; reason: string },
): Promise<ApplicationWithRelations> {
  const organizationId = staffOrganizationOf(actor, 'waitingList:remove');
  const reason = trimToNull(input.reason);
  if (reason === null) throw invalidInput([{ field: 'reason', code: 'required' }]);
  if (codePointLength(reason) > 2000) throw invalidInput([{ field: 'reason', code: 'too_long' }]);
  if (!isUuid(input.requestId)) throw notFound();
  const request = await deps.db.request.findFirst({
    where: { id: input.requestId, kind: 'E_SERVICE', organizationId },
    include: { waitingListEntry: true },
  });
  if (!request?.waitingListEntry) throw notFound();
  const now = deps.clock();
  await transact(deps, async (tx, emit) => {
    const { count } = await tx.waitingListEntry.updateMany({
      where: { id: request.waitingListEntry!.id, removedAt: null },
      data: { removedAt: now, removalReason: reason },
    });
    if (count === 0) throw notAllowed();
    emit(
      await recordRequestEvent(tx, { request, type: 'LIST_ENTRY_REMOVED', actor, comment: reason, at: now }),
    );
    // The certificate of registration certified the place; it goes with it.
    const revokedDocuments = await revokeDocuments(
      tx,
      emit,
      { requestId: request.id, kind: 'WAITING_LIST' },
      { reason: 'BASIS_REMOVED', actor, note: reason, now },
    );
    await recordAudit(tx, {
      action: 'application.waiting_list.remove',
      actor,
      target: { type: 'application', id: request.id },
      details: { number: request.number, reason, revokedDocuments },
      at: now,
    });
  });
  return (await getApplication(deps, actor, request.id))!;
}
