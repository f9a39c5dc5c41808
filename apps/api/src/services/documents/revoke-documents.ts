// Revoking issued documents: the platform does it when a document's basis goes away (the applicant left
// the waiting list, the application was declared invalid, a newer document replaced it); a reviewer of the
// issuing organization does it by hand with a reason. Each revocation is a conditional write (only
// documents not yet revoked) with a DOCUMENT_REVOKED event on the application's timeline.
import type { DocumentRevocationReason } from '@citydesk/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Tx } from '../../infra/db/database.ts';
import type { Actor, Emit } from '../context.ts';
import { recordRequestEvent } from '../requests/record-event.ts';

export interface Revocation {
  reason: DocumentRevocationReason;
  /** null = the platform. */
  actor: Actor | null;
  note?: string | null;
  now: Date;
}

/**
 * Revokes the live documents matching `where` and records one event per application they belong to.
 * Returns how many were revoked (0 when there was nothing live to revoke).
 */
export async function revokeDocuments(
  tx: Tx,
  emit: Emit,
  where: Prisma.IssuedDocumentWhereInput,
  revocation: Revocation,
): Promise<number> {
  const live = await tx.issuedDocument.findMany({
    where: { ...where, revokedAt: null },
    select: { id: true, number: true, requestId: true },
  });
  if (live.length === 0) return 0;
  const { count } = await tx.issuedDocument.updateMany({
    where: { id: { in: live.map((d) => d.id) }, revokedAt: null },
    data: {
      revokedAt: revocation.now,
      revocationReason: revocation.reason,
      revokedById: revocation.actor?.userId ?? null,
      revocationNote: revocation.note ?? null,
    },
  });
  // Someone revoked one of them a moment ago: let the caller's transaction retry from a clean state.
  if (count !== live.length) throw new Error('documents revoked concurrently');
  for (const requestId of new Set(live.map((d) => d.requestId))) {
    const request = await tx.request.findUniqueOrThrow({ where: { id: requestId } });
    const numbers = live.filter((d) => d.requestId === requestId).map((d) => d.number);
    emit(
      await recordRequestEvent(tx, {
        request,
        type: 'DOCUMENT_REVOKED',
        actor: revocation.actor,
        reasonCode: revocation.reason,
        data: { documents: numbers },
        at: revocation.now,
      }),
    );
  }
  return count;
}
