import type { Attachment } from '../../../generated/prisma/client.ts';
import { builder, roleSubGraphs } from '../../builder.ts';

export const AttachmentKindEnum = builder.enumType('AttachmentKind', {
  subGraphs: [...roleSubGraphs],
  values: ['PHOTO', 'SIGNED_WORK_ORDER', 'DOCUMENT'] as const,
});

export const AttachmentType = builder.objectRef<Attachment>('Attachment').implement({
  subGraphs: [...roleSubGraphs],
  description: 'A file on a request: a photo, the signed work order, a document.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: AttachmentKindEnum, resolve: (a) => a.kind }),
    fileName: t.exposeString('fileName'),
    mimeType: t.exposeString('mimeType'),
    sizeBytes: t.exposeInt('sizeBytes'),
    eventId: t.exposeID('eventId', { nullable: true, description: 'The timeline step it came with.' }),
    url: t.string({ description: 'Where to download it (same session).', resolve: (a) => `/files/${a.id}` }),
    createdAt: t.field({ type: 'DateTime', resolve: (a) => a.createdAt }),
  }),
});
