// Downloading an attachment: allowed to whoever uploaded it and to whoever can see its request.
// Anything else — unknown id, another party's file — is NOT_FOUND, never "forbidden".
import type { Readable } from 'node:stream';
import type { Attachment } from '../../generated/prisma/client.ts';
import { notFound } from '../../errors.ts';
import type { Actor } from '../context.ts';
import { requestsVisibleTo } from '../requests/visibility.ts';
import { isUuid } from './attachment-rules.ts';
import type { AttachmentDeps } from './upload-attachment.ts';

/** The attachment row the actor may read, or NOT_FOUND. */
export async function findReadableAttachment(
  deps: Pick<AttachmentDeps, 'db'>,
  actor: Actor,
  attachmentId: string,
): Promise<Attachment> {
  if (!isUuid(attachmentId)) throw notFound();
  const attachment = await deps.db.attachment.findFirst({
    where: {
      id: attachmentId,
      OR: [{ uploadedById: actor.userId }, { request: requestsVisibleTo(actor) }],
    },
  });
  if (!attachment) throw notFound();
  return attachment;
}

/** The attachment and a stream of its bytes, if `actor` may read it; else NOT_FOUND. */
export async function openAttachment(
  deps: AttachmentDeps,
  actor: Actor,
  attachmentId: string,
): Promise<{ attachment: Attachment; stream: Readable }> {
  const attachment = await findReadableAttachment(deps, actor, attachmentId);
  return { attachment, stream: await deps.files.read(attachment.storageKey) };
}
