import type { WorkOrder } from '../../../generated/prisma/client.ts';
import type { RequestWithRelations } from '../../../services/requests/request-shape.ts';
import { openRequestStatuses, workOrderScope } from '@citydesk/domain';
import { listTimeline } from '../../../services/requests/list-requests.ts';
import { builder, roleSubGraphs } from '../../builder.ts';
import { CommonAreaEnum, RequestChannelEnum, RequestPriorityEnum, RequestStatusEnum } from '../../enums.ts';
import { OrganizationType } from '../session/organization-type.ts';
import { localized } from '../../../services/localized.ts';
import { RequestEventType } from './request-event-type.ts';
import { RequestViewerCanType } from './viewer-can-type.ts';
import { AttachmentType } from './attachment-type.ts';

export const ServiceCategoryType = builder
  .objectRef<RequestWithRelations['category']>('ServiceCategory')
  .implement({
    subGraphs: [...roleSubGraphs],
    fields: (t) => ({
      id: t.exposeID('id'),
      code: t.exposeString('code'),
      name: t.string({
        description: 'In the viewer’s language.',
        resolve: (c, _a, ctx) => localized(c.name, ctx.locale),
      }),
      isEmergency: t.exposeBoolean('isEmergency'),
    }),
  });

const RequestWorkOrderType = builder.objectRef<WorkOrder>('RequestWorkOrder').implement({
  subGraphs: [...roleSubGraphs],
  description: 'The work order issued to the contractor.',
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeString('number'),
    issuedAt: t.field({ type: 'DateTime', resolve: (w) => w.issuedAt }),
    startedAt: t.field({ type: 'DateTime', nullable: true, resolve: (w) => w.startedAt }),
    doneAt: t.field({ type: 'DateTime', nullable: true, resolve: (w) => w.doneAt }),
    signedScanId: t.exposeID('signedScanId', { nullable: true }),
    pdfUrl: t.string({
      nullable: true,
      description: 'The printable work order (PDF, in your language); staff only.',
      resolve: (w, _a, ctx) =>
        ctx.viewer && workOrderScope(ctx.viewer).kind === 'nothing'
          ? null
          : `/requests/${w.requestId}/work-order.pdf`,
    }),
  }),
});

export const RequestType = builder.objectRef<RequestWithRelations>('Request').implement({
  subGraphs: [...roleSubGraphs],
  description: 'A housing repair request.',
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeString('number', { description: 'Human-readable, e.g. KZN-2026-000123.' }),
    status: t.field({ type: RequestStatusEnum, resolve: (r) => r.status }),
    priority: t.field({ type: RequestPriorityEnum, resolve: (r) => r.priority }),
    channel: t.field({ type: RequestChannelEnum, resolve: (r) => r.channel }),
    category: t.field({ type: ServiceCategoryType, resolve: (r) => r.category }),
    address: t.string({
      resolve: (r) => (r.building ? `${r.building.street}, ${r.building.houseNumber}` : ''),
    }),
    premisesNumber: t.string({ nullable: true, resolve: (r) => r.premises?.number ?? null }),
    commonArea: t.field({ type: CommonAreaEnum, nullable: true, resolve: (r) => r.commonArea }),
    description: t.string({ resolve: (r) => r.description ?? '' }),
    contactName: t.exposeString('contactName'),
    contactPhone: t.exposeString('contactPhone'),
    createdAt: t.field({ type: 'DateTime', resolve: (r) => r.createdAt }),
    deadlineAt: t.field({ type: 'DateTime', resolve: (r) => r.deadlineAt }),
    overdue: t.boolean({
      description: 'Open and past its SLA deadline.',
      resolve: (r, _a, ctx) =>
        (openRequestStatuses as readonly string[]).includes(r.status) && r.deadlineAt < ctx.deps.clock(),
    }),
    verifiedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.verifiedAt }),
    closedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.closedAt }),
    reopenUntil: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        'CLOSED_UNCONFIRMED (closed without the resident’s confirmation): until when the resident may reopen it.',
      resolve: (r) => r.reopenUntil,
    }),
    rating: t.exposeInt('rating', { nullable: true }),
    ratingComment: t.exposeString('ratingComment', { nullable: true }),
    version: t.exposeInt('version', { description: 'Send it back with a change; a stale one is refused.' }),
    organization: t.field({ type: OrganizationType, nullable: true, resolve: (r) => r.organization }),
    contractor: t.field({ type: OrganizationType, nullable: true, resolve: (r) => r.contractorOrganization }),
    attachments: t.field({
      type: [AttachmentType],
      resolve: (r, _a, ctx) =>
        ctx.deps.db.attachment.findMany({ where: { requestId: r.id }, orderBy: { createdAt: 'asc' } }),
    }),
    workOrder: t.field({
      type: RequestWorkOrderType,
      nullable: true,
      resolve: (r, _a, ctx) => ctx.deps.db.workOrder.findUnique({ where: { requestId: r.id } }),
    }),
    viewerCan: t.field({
      type: RequestViewerCanType,
      resolve: (r, _a, ctx) => ({
        status: r.status,
        role: ctx.viewer!.role,
        reopenUntil: r.reopenUntil,
        now: ctx.deps.clock(),
      }),
    }),
    timeline: t.field({
      type: [RequestEventType],
      resolve: (r, _a, ctx) => listTimeline(ctx.deps, r),
    }),
  }),
});
