// An e-service application as each role sees it: the answers, the documents issued, payments, the
// signature, the queue position, the timeline and what the viewer may do next.
import {
  availableApplicationActions,
  can,
  decisionScope,
  inScope,
  isApplicationStatus,
  paymentScope,
  clockedApplicationStatuses,
  documentStatus,
  documentStatuses,
  documentRevocationReasons,
  localDateOf,
  needsSealing,
  parseServiceSpec,
  type ApplicationAction,
  type OutcomeBlocker,
  type ServiceSpec,
} from '@citydesk/domain';
import type { Viewer } from '../../../services/auth/sessions.ts';
import type { ApplicationWithRelations } from '../../../services/applications/application-shape.ts';
import { queuePosition } from '../../../services/applications/waiting-list.ts';
import { outcomeBlockersOf } from '../../../services/applications/outcome-guard.ts';
import type { Db } from '../../../infra/db/database.ts';
import { listTimeline } from '../../../services/requests/list-requests.ts';
import { allSubGraphs, builder, roleSubGraphs } from '../../builder.ts';
import { RequestChannelEnum, RequestStatusEnum } from '../../enums.ts';
import { localized } from '../../../services/localized.ts';
import { AttachmentType } from '../requests/attachment-type.ts';
import { RequestEventType } from '../requests/request-event-type.ts';

// Parsed once per loaded row: several fields of every listed application read it.
const DocumentStatusEnum = builder.enumType('IssuedDocumentStatus', {
  subGraphs: [...allSubGraphs],
  values: documentStatuses,
});

export const DocumentRevocationReasonEnum = builder.enumType('DocumentRevocationReason', {
  subGraphs: [...allSubGraphs],
  description: 'Why a document was revoked (its category; public on the verification page).',
  values: documentRevocationReasons,
});

const specs = new WeakMap<ApplicationWithRelations['category'], ServiceSpec>();
function specOf(a: ApplicationWithRelations): ServiceSpec {
  let spec = specs.get(a.category);
  if (!spec) specs.set(a.category, (spec = parseServiceSpec(a.category.definition)));
  return spec;
}

/** Whether the viewer is staff of the organization that decides the application. */
const isReviewer = (a: ApplicationWithRelations, viewer: Viewer | null) =>
  viewer !== null && can(viewer.role, 'application:decide') && inScope(decisionScope(viewer), a);

const reviewerMay = (a: ApplicationWithRelations, viewer: Viewer | null, action: ApplicationAction) =>
  isReviewer(a, viewer) &&
  isApplicationStatus(a.status) &&
  availableApplicationActions(a.status, 'DISPATCHER').includes(action);

// The same check the approval runs (without its lock), once per loaded application.
const blockers = new WeakMap<ApplicationWithRelations, Promise<OutcomeBlocker[]>>();
function blockersOf(a: ApplicationWithRelations, db: Db): Promise<OutcomeBlocker[]> {
  let found = blockers.get(a);
  if (!found) {
    found = outcomeBlockersOf(
      db,
      {
        organizationId: a.organizationId ?? '',
        spec: specOf(a),
        answers: (a.application?.answers ?? {}) as Record<string, unknown>,
      },
      { lock: false },
    );
    blockers.set(a, found);
  }
  return found;
}

const OutcomeBlockerType = builder
  .objectRef<OutcomeBlocker & { currency?: string }>('OutcomeBlocker')
  .implement({
    subGraphs: [...roleSubGraphs],
    description: 'Why the outcome cannot be issued now; `code` is the error an approval would get.',
    fields: (t) => ({
      code: t.string({ resolve: (b) => b.code }),
      account: t.string({ description: 'The subscriber code.', resolve: (b) => b.subscriberCode }),
      accountId: t.id({ nullable: true, resolve: (b) => ('accountId' in b ? b.accountId : null) }),
      debt: t.int({
        nullable: true,
        description: 'Minor units of the city’s currency.',
        resolve: (b) => ('debt' in b ? b.debt : null),
      }),
    }),
  });

type ApplicationView = { application: ApplicationWithRelations; viewer: Viewer | null };

const ApplicationViewerCanType = builder.objectRef<ApplicationView>('ApplicationViewerCan').implement({
  subGraphs: [...roleSubGraphs],
  description: 'What you may do with this application now.',
  fields: (t) => ({
    startReview: t.boolean({
      resolve: ({ application: a, viewer }) => reviewerMay(a, viewer, 'startReview'),
    }),
    requestPayment: t.boolean({
      resolve: ({ application: a, viewer }) => reviewerMay(a, viewer, 'requestPayment'),
    }),
    approve: t.boolean({
      description: 'False too while what the outcome asserts does not hold (see `outcomeBlockers`).',
      resolve: async ({ application: a, viewer }, _x, ctx) =>
        reviewerMay(a, viewer, 'approve') && (await blockersOf(a, ctx.deps.db)).length === 0,
    }),
    refuse: t.boolean({ resolve: ({ application: a, viewer }) => reviewerMay(a, viewer, 'refuse') }),
    invalidate: t.boolean({ resolve: ({ application: a, viewer }) => reviewerMay(a, viewer, 'invalidate') }),
    createTask: t.boolean({
      resolve: ({ application: a, viewer }) =>
        isReviewer(a, viewer) && a.status === 'IN_REVIEW' && specOf(a).taskKinds.length > 0,
    }),
    orderSealing: t.boolean({
      description: 'A meter application whose meter is not sealed (see `needsSealing` in the domain).',
      resolve: async ({ application: a, viewer }, _x, ctx) =>
        isReviewer(a, viewer) &&
        a.status === 'IN_REVIEW' &&
        needsSealing(specOf(a).outcome, (a.application?.answers ?? {}) as Record<string, unknown>) &&
        (await ctx.deps.db.request.count({ where: { parentRequestId: a.id } })) === 0,
    }),
    removeFromList: t.boolean({
      resolve: ({ application: a, viewer }) =>
        isReviewer(a, viewer) && a.waitingListEntry !== null && a.waitingListEntry.removedAt === null,
    }),
    pay: t.boolean({
      resolve: ({ application: a, viewer }) =>
        a.status === 'AWAITING_PAYMENT' &&
        viewer !== null &&
        can(viewer.role, 'payment:start') &&
        inScope(paymentScope(viewer), a),
    }),
    sign: t.boolean({
      resolve: ({ application: a, viewer }) =>
        viewer !== null &&
        can(viewer.role, 'application:sign') &&
        a.status === 'SUBMITTED' &&
        a.signature === null &&
        specOf(a).signing === 'ONE_TIME_CODE',
    }),
  }),
});

type DocumentView = ApplicationWithRelations['issuedDocuments'][number] & {
  timeZone: string;
  viewer: Viewer | null;
};

const localDay = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

export const IssuedDocumentType = builder.objectRef<DocumentView>('IssuedDocument').implement({
  subGraphs: [...allSubGraphs],
  description: 'A certificate, refusal or receipt issued for the application; verifiable by its code.',
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeString('number'),
    kind: t.exposeString('kind'),
    verificationCode: t.exposeString('verificationCode'),
    issuedAt: t.field({ type: 'DateTime', resolve: (d) => d.issuedAt }),
    revoked: t.boolean({ resolve: (d) => d.revokedAt !== null }),
    status: t.field({
      type: DocumentStatusEnum,
      resolve: (d, _a, ctx) =>
        documentStatus(
          { revokedAt: d.revokedAt, validUntil: localDay(d.validUntil) },
          localDateOf(ctx.deps.clock().getTime(), d.timeZone),
        ),
    }),
    validUntil: t.string({
      nullable: true,
      description: 'The last local date (YYYY-MM-DD) it is valid on, when the service limits it.',
      resolve: (d) => localDay(d.validUntil),
    }),
    revokedAt: t.field({ type: 'DateTime', nullable: true, resolve: (d) => d.revokedAt }),
    revocationReason: t.field({
      type: DocumentRevocationReasonEnum,
      nullable: true,
      resolve: (d) => d.revocationReason,
    }),
    viewerCanRevoke: t.boolean({
      description: 'Staff of the issuing organization may revoke a live document.',
      resolve: (d) =>
        d.revokedAt === null &&
        d.viewer !== null &&
        can(d.viewer.role, 'document:revoke') &&
        inScope(decisionScope(d.viewer), { organizationId: d.issuerOrganizationId }),
    }),
    pdfUrl: t.string({
      description: 'The PDF in your language (same session); `?lang=xx` for another.',
      resolve: (d) => `/documents/${d.id}.pdf`,
    }),
  }),
});

type FieldContext = { deps: { db: Db }; locale: Parameters<typeof localized>[1]; viewer: Viewer | null };

/** REFUSED: the ground, in the reader's language. */
export async function refusalGroundOf(
  a: ApplicationWithRelations,
  ctx: FieldContext,
): Promise<string | null> {
  if (a.status !== 'REFUSED') return null;
  const event = await ctx.deps.db.requestEvent.findFirst({
    where: { requestId: a.id, type: 'REFUSED' },
    orderBy: { position: 'desc' },
  });
  const ground = specOf(a).refusalGrounds.find((g) => g.code === event?.reasonCode);
  return ground ? localized(ground.label, ctx.locale) : null;
}

/** REFUSED, INVALID: what the reviewer wrote to the applicant. */
export async function decisionCommentOf(
  a: ApplicationWithRelations,
  ctx: FieldContext,
): Promise<string | null> {
  if (a.status !== 'REFUSED' && a.status !== 'INVALID') return null;
  const event = await ctx.deps.db.requestEvent.findFirst({
    where: { requestId: a.id, type: { in: ['REFUSED', 'INVALIDATED'] } },
    orderBy: { position: 'desc' },
  });
  return event?.comment ?? null;
}

export const documentsOf = (a: ApplicationWithRelations, ctx: FieldContext): DocumentView[] =>
  a.issuedDocuments.map((d) => ({ ...d, timeZone: a.city.timeZone, viewer: ctx.viewer }));

const SignatureType = builder
  .objectRef<NonNullable<ApplicationWithRelations['signature']>>('ApplicationSignature')
  .implement({
    subGraphs: [...roleSubGraphs],
    description: 'How the application was signed: what (its content hash), when, by which method.',
    fields: (t) => ({
      method: t.string({ resolve: (s) => s.method }),
      contentHash: t.exposeString('contentHash'),
      sentTo: t.exposeString('sentTo', { description: 'Where the one-time code went (masked).' }),
      signedAt: t.field({ type: 'DateTime', resolve: (s) => s.signedAt }),
    }),
  });

export const ApplicationType = builder.objectRef<ApplicationWithRelations>('Application').implement({
  subGraphs: [...roleSubGraphs],
  description: 'An e-service application.',
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeString('number'),
    version: t.exposeInt('version', {
      description: 'Send it back with a step; a mismatch is STALE_VERSION.',
    }),
    status: t.field({ type: RequestStatusEnum, resolve: (a) => a.status }),
    channel: t.field({ type: RequestChannelEnum, resolve: (a) => a.channel }),
    serviceCode: t.string({ resolve: (a) => a.category.code }),
    serviceName: t.string({ resolve: (a, _x, ctx) => localized(a.category.name, ctx.locale) }),
    definition: t.field({
      type: 'JSON',
      description: 'The service definition the answers follow.',
      resolve: specOf,
    }),
    organizationName: t.string({ nullable: true, resolve: (a) => a.organization?.name ?? null }),
    intakeOrganizationName: t.string({ nullable: true, resolve: (a) => a.intakeOrganization?.name ?? null }),
    applicantName: t.string({ resolve: (a) => a.application?.applicantName ?? a.contactName }),
    applicantEmail: t.string({ nullable: true, resolve: (a) => a.application?.applicantEmail ?? null }),
    contactPhone: t.exposeString('contactPhone'),
    address: t.string({
      nullable: true,
      resolve: (a) => (a.building ? `${a.building.street}, ${a.building.houseNumber}` : null),
    }),
    premisesNumber: t.string({ nullable: true, resolve: (a) => a.premises?.number ?? null }),
    answers: t.field({ type: 'JSON', resolve: (a) => a.application?.answers ?? {} }),
    createdAt: t.field({ type: 'DateTime', resolve: (a) => a.createdAt }),
    registeredAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (a) => a.application?.registeredAt ?? null,
    }),
    decidedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (a) => a.application?.decidedAt ?? null,
    }),
    deadlineAt: t.field({ type: 'DateTime', resolve: (a) => a.deadlineAt }),
    overdue: t.boolean({
      resolve: (a, _x, ctx) =>
        (clockedApplicationStatuses as readonly string[]).includes(a.status) &&
        a.deadlineAt < ctx.deps.clock(),
    }),
    amountDue: t.int({
      nullable: true,
      description: 'Minor units of `currency`.',
      resolve: (a) => a.application?.amountDue ?? null,
    }),
    currency: t.string({ resolve: (a) => a.city.currency }),
    effectiveFrom: t.string({
      nullable: true,
      description: 'A household-size change: the local date it takes effect.',
      resolve: (a) => ((a.application?.decision ?? {}) as { effectiveFrom?: string }).effectiveFrom ?? null,
    }),
    refusalGround: t.string({
      nullable: true,
      description: 'REFUSED: the ground, in the viewer’s language.',
      resolve: (a, _x, ctx) => refusalGroundOf(a, ctx),
    }),
    decisionComment: t.string({
      nullable: true,
      description: 'REFUSED, INVALID: what the reviewer wrote to the applicant.',
      resolve: (a, _x, ctx) => decisionCommentOf(a, ctx),
    }),
    queuePosition: t.int({
      nullable: true,
      description: 'On a waiting list: the current place (it moves up as others leave).',
      resolve: (a, _x, ctx) =>
        a.waitingListEntry && !a.waitingListEntry.removedAt
          ? queuePosition(ctx.deps.db, a.waitingListEntry.id)
          : null,
    }),
    waitingListRegisteredAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (a) => a.waitingListEntry?.registeredAt ?? null,
    }),
    removedFromListAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (a) => a.waitingListEntry?.removedAt ?? null,
    }),
    documents: t.field({ type: [IssuedDocumentType], resolve: (a, _x, ctx) => documentsOf(a, ctx) }),
    outcomeBlockers: t.field({
      type: [OutcomeBlockerType],
      description: 'For the reviewer: what stands in the way of approving (an outstanding debt).',
      resolve: (a, _x, ctx) => (isReviewer(a, ctx.viewer) ? blockersOf(a, ctx.deps.db) : []),
    }),
    signature: t.field({ type: SignatureType, nullable: true, resolve: (a) => a.signature }),
    attachments: t.field({
      type: [AttachmentType],
      resolve: (a, _x, ctx) =>
        ctx.deps.db.attachment.findMany({ where: { requestId: a.id }, orderBy: { createdAt: 'asc' } }),
    }),
    timeline: t.field({ type: [RequestEventType], resolve: (a, _x, ctx) => listTimeline(ctx.deps, a) }),
    viewerCan: t.field({
      type: ApplicationViewerCanType,
      resolve: (a, _x, ctx) => ({ application: a, viewer: ctx.viewer }),
    }),
  }),
});
