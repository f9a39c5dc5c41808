// The contractor marks the work done: the order signed by the resident (scan or photo) is required,
// a comment says what was done, photos are optional. The scan becomes the work order's signed copy.
import { invalidInput } from '../../errors.ts';
import { claimAttachments } from '../attachments/claim-attachments.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { transitionRequest } from './transition-request.ts';
import { assertCan } from '../authorization/assert-can.ts';

export interface CompleteWorkInput {
  requestId: string;
  version: number;
  comment: string;
  /** An upload of kind SIGNED_WORK_ORDER (image or PDF, checked by content on upload). */
  signedScanId: string;
  /** Uploads of kind PHOTO. */
  photoIds?: string[];
}

export async function completeWork(deps: ServiceDeps, actor: Actor, input: CompleteWorkInput) {
  assertCan(actor, 'workOrder:complete');
  if (!input.comment.trim()) throw invalidInput([{ field: 'comment', code: 'required' }]);
  return transitionRequest(deps, actor, {
    requestId: input.requestId,
    version: input.version,
    action: 'completeWork',
    comment: input.comment,
    within: async (tx, { request, eventId }) => {
      const [scan] = await claimAttachments(tx, actor, {
        attachmentIds: [input.signedScanId],
        requestId: request.id,
        eventId,
        kinds: ['SIGNED_WORK_ORDER'],
      });
      if (input.photoIds?.length)
        await claimAttachments(tx, actor, {
          attachmentIds: input.photoIds,
          requestId: request.id,
          eventId,
          kinds: ['PHOTO'],
        });
      await tx.workOrder.update({
        where: { requestId: request.id },
        data: { doneAt: request.updatedAt, signedScanId: scan!.id },
      });
    },
  });
}
