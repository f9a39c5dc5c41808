// An upload becomes an attachment in two steps: this one stores the bytes and an unclaimed row
// owned by the uploader; a later action (filing a request, completing work) claims it in its own
// transaction (claim-attachments.ts). The type is decided by the bytes, never by the name or the
// Content-Type the client sent; a file that is also another format (content-sniffing.ts), an image
// too large to decode or a corrupt one (image-limits.ts) is refused, and so is an upload past the
// uploader's daily quota (upload-quota.ts). A refused upload leaves no row and no file.
import { fileTypeFromBuffer } from 'file-type';
import type { Attachment, AttachmentKind } from '../../generated/prisma/client.ts';
import { invalidInput } from '../../errors.ts';
import { contentKey, type FileStorage } from '../../infra/files/file-storage.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { acceptedTypes, isAttachmentKind, MAX_ATTACHMENT_BYTES } from './attachment-rules.ts';
import { findPolyglot } from './content-sniffing.ts';
import { assertImageWithinLimits } from './image-limits.ts';
import { sanitizeFileName } from './sanitize-file-name.ts';
import { lockUploaderQuota, uploadQuotaRefusal } from './upload-quota.ts';

export type AttachmentDeps = ServiceDeps & { files: FileStorage };

export interface UploadAttachmentInput {
  kind: AttachmentKind;
  /** The name the client gave; only a label (cleaned, extension replaced by the detected type's). */
  fileName: string;
  bytes: Buffer;
}

const fallbackName: Record<AttachmentKind, string> = {
  PHOTO: 'photo',
  SIGNED_WORK_ORDER: 'signed-work-order',
  DOCUMENT: 'document',
};

/**
 * Stores an upload and records it as an unclaimed attachment of `actor`. Refuses with INVALID_INPUT:
 * `kind`/`invalid_choice`, `file`/`required` (empty), `file`/`file_too_large` (over 10 MB),
 * `file`/`file_type_not_allowed` (content is not a type the kind accepts, or is that type and another
 * format too), `file`/`image_too_large` (over 50 megapixels), `file`/`file_corrupt` (cut short,
 * undecodable); with UPLOAD_QUOTA_EXCEEDED past the daily quota — and then stores nothing.
 */
export async function uploadAttachment(
  deps: AttachmentDeps,
  actor: Actor,
  input: UploadAttachmentInput,
): Promise<Attachment> {
  if (!isAttachmentKind(input.kind)) throw invalidInput([{ field: 'kind', code: 'invalid_choice' }]);
  const { bytes, kind } = input;
  if (bytes.length === 0) throw invalidInput([{ field: 'file', code: 'required' }]);
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw invalidInput([{ field: 'file', code: 'file_too_large' }]);

  const detected = await fileTypeFromBuffer(bytes);
  const extension = detected ? acceptedTypes[kind][detected.mime] : undefined;
  if (!detected || !extension) {
    deps.log.info({ kind, detected: detected?.mime ?? null, userId: actor.userId }, 'upload refused by type');
    throw invalidInput([{ field: 'file', code: 'file_type_not_allowed' }]);
  }

  const finding = findPolyglot(bytes, detected.mime);
  if (finding) {
    deps.log.warn(
      { kind, detected: detected.mime, finding, userId: actor.userId },
      'upload refused by content',
    );
    const code =
      finding === 'malformed' || finding === 'unreadable' ? 'file_corrupt' : 'file_type_not_allowed';
    throw invalidInput([{ field: 'file', code }]);
  }
  // Before the decoding work: an uploader already over the quota costs one count.
  const overQuota = await uploadQuotaRefusal(deps.db, actor, bytes.length, deps.clock());
  if (overQuota) throw overQuota;
  await assertImageWithinLimits(bytes, detected.mime);

  const sha256 = contentKey(bytes);
  return deps.db.$transaction(async (tx) => {
    // Counted again under the uploader's lock: of two uploads racing at the edge, one passes.
    await lockUploaderQuota(tx, actor.userId);
    const now = deps.clock();
    const refusal = await uploadQuotaRefusal(tx, actor, bytes.length, now);
    if (refusal) throw refusal;
    // Bytes before the row (a row never points at a missing file), both only once the quota allows.
    // If the transaction then fails, the content-addressed file is unreferenced: harmless, reclaimable.
    await deps.files.put(sha256, bytes);
    return tx.attachment.create({
      data: {
        uploadedById: actor.userId,
        kind,
        fileName: sanitizeFileName(input.fileName, extension, fallbackName[kind]),
        mimeType: detected.mime,
        sizeBytes: bytes.length,
        sha256,
        storageKey: sha256,
        createdAt: now,
      },
    });
  });
}
