// What may be uploaded, as data: the web shows the same limits (the accept list of a file input
// is only a hint there; the server decides by content).
import type { AttachmentKind } from '../../generated/prisma/client.ts';

import { maxAttachmentBytes, maxAttachmentsPerAction } from '@citydesk/domain';

/** The limits are shared with the web through the domain package. */
export const MAX_ATTACHMENT_BYTES = maxAttachmentBytes;
export const MAX_ATTACHMENTS_PER_ACTION = maxAttachmentsPerAction;

/** The types each kind accepts, as detected from the bytes → the extension the stored name gets. */
export const acceptedTypes: Record<AttachmentKind, Readonly<Record<string, string>>> = {
  // HEIC from phones comes as `image/heic` (brand heic/heix) or `image/heif` (brand mif1).
  PHOTO: {
    'image/jpeg': 'jpg',
    'image/png': 'png',
    'image/webp': 'webp',
    'image/heic': 'heic',
    'image/heif': 'heic',
  },
  SIGNED_WORK_ORDER: { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' },
  DOCUMENT: { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' },
};

export const attachmentKinds = Object.keys(acceptedTypes) as AttachmentKind[];

export const isAttachmentKind = (value: unknown): value is AttachmentKind =>
  typeof value === 'string' && (attachmentKinds as string[]).includes(value);

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else is answered like an unknown id instead of reaching the database. */
export const isUuid = (value: string): boolean => uuid.test(value);
