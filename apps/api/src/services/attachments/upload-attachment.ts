// An upload becomes an attachment in two steps: this one stores the bytes and an unclaimed row
// owned by the uploader; a later action (filing a request, completing work) claims it in its own
// transaction (claim-attachments.ts). The type is decided by the bytes, never by the name or the
// Content-Type the client sent.
import { fileTypeFromBuffer } from 'file-type';
import type { Attachment, AttachmentKind } from '../../generated/prisma/client.ts';
import { invalidInput } from '../../errors.ts';
import { contentKey, type FileStorage } from '../../infra/files/file-storage.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { acceptedTypes, isAttachmentKind, MAX_ATTACHMENT_BYTES } from './attachment-rules.ts';
import { sanitizeFileName } from './sanitize-file-name.ts';

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
 * `file`/`file_type_not_allowed` (content is not a type the kind accepts) — and then stores nothing.
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

  // Bytes first, row second: a row never points at a missing file. A crash in between leaves an
  // unreferenced content-addressed file, harmless and reclaimable.
  const sha256 = contentKey(bytes);
  await deps.files.put(sha256, bytes);
  return deps.db.attachment.create({
    data: {
      uploadedById: actor.userId,
      kind,
      fileName: sanitizeFileName(input.fileName, extension, fallbackName[kind]),
      mimeType: detected.mime,
      sizeBytes: bytes.length,
      sha256,
      storageKey: sha256,
      createdAt: deps.clock(),
    },
  });
}
