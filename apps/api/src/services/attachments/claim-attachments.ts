// Links uploads to the request (and timeline step) they came with, inside the caller's transaction.
// Only the actor's own, still unclaimed uploads of the allowed kinds can be claimed; the claim is a
// conditional write, so of two actions racing for one upload exactly one gets it.
import type { Attachment, AttachmentKind } from '../../generated/prisma/client.ts';
import { invalidInput } from '../../errors.ts';
import type { Tx } from '../../infra/db/database.ts';
import type { Actor } from '../context.ts';
import { isUuid, MAX_ATTACHMENTS_PER_ACTION } from './attachment-rules.ts';

export interface ClaimAttachmentsInput {
  attachmentIds: readonly string[];
  requestId: string;
  /** The timeline step the files belong to (the FILED or WORK_DONE event). */
  eventId?: string | null;
  /** The kinds this action accepts, e.g. ['PHOTO']. */
  kinds: readonly AttachmentKind[];
  /** The input field the ids came in, named in the issue (default `attachmentIds`). */
  field?: string;
}

/**
 * Claims the uploads for `requestId` and returns them in the order given. Refuses with INVALID_INPUT
 * on `field`: `too_many_files` (more than 10), `attachment_unavailable` (unknown, someone else's,
 * already claimed, or of another kind). It may have written before refusing: call it only inside a
 * transaction that the refusal rolls back.
 */
export async function claimAttachments(
  tx: Tx,
  actor: Actor,
  input: ClaimAttachmentsInput,
): Promise<Attachment[]> {
  const field = input.field ?? 'attachmentIds';
  if (input.attachmentIds.length > MAX_ATTACHMENTS_PER_ACTION)
    throw invalidInput([{ field, code: 'too_many_files' }]);
  const ids = [...new Set(input.attachmentIds)];
  if (ids.length === 0) return [];
  if (!ids.every((id) => isUuid(id))) throw invalidInput([{ field, code: 'attachment_unavailable' }]);

  const { count } = await tx.attachment.updateMany({
    where: { id: { in: ids }, uploadedById: actor.userId, requestId: null, kind: { in: [...input.kinds] } },
    data: { requestId: input.requestId, eventId: input.eventId ?? null },
  });
  if (count !== ids.length) throw invalidInput([{ field, code: 'attachment_unavailable' }]);

  const rows = await tx.attachment.findMany({ where: { id: { in: ids } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)!);
}
