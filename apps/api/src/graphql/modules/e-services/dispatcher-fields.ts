// The reviewer's desk for e-services (utilities, municipality desks, agencies) and the notary
// office's intake: queues, steps, field tasks, sealing orders, waiting-list removals, filing on behalf.
import type { Action } from '@citydesk/domain';
import { decideApplication, type ReviewerAction } from '../../../services/applications/decide-application.ts';
import { fileApplicationOnBehalf } from '../../../services/applications/file-application-on-behalf.ts';
import { listApplications } from '../../../services/applications/list-applications.ts';
import { orderMeterSealing } from '../../../services/applications/order-meter-sealing.ts';
import { removeFromWaitingList } from '../../../services/applications/remove-from-waiting-list.ts';
import { completeReviewTask, createReviewTask } from '../../../services/applications/review-tasks.ts';
import {
  findUtilityAccount,
  listColleagues,
  listReviewTasks,
  searchCityBuildings,
} from '../../../services/applications/reviewer-reference.ts';
import { builder, policyField } from '../../builder.ts';
import { takeIdempotencyKey } from '../../idempotency.ts';
import { ApplicationType, DocumentRevocationReasonEnum } from './application-type.ts';
import { revokeDocument } from '../../../services/documents/revoke-document.ts';
import { ReviewTaskType } from './review-task-type.ts';
import { ApplicationDocumentsInput } from './shared-types.ts';

const UtilityAccountType = builder
  .objectRef<{ id: string; subscriberCode: string; holderName: string; debt: number }>('UtilityAccount')
  .implement({
    subGraphs: ['dispatcher'],
    description: 'A subscriber account of your utility.',
    fields: (t) => ({
      id: t.exposeID('id'),
      subscriberCode: t.exposeString('subscriberCode'),
      holderName: t.exposeString('holderName'),
      debt: t.exposeInt('debt', { description: 'Outstanding debt, minor units.' }),
    }),
  });

const ColleagueType = builder.objectRef<{ id: string; displayName: string }>('Colleague').implement({
  subGraphs: ['dispatcher'],
  fields: (t) => ({ id: t.exposeID('id'), displayName: t.exposeString('displayName') }),
});

const CityBuildingType = builder
  .objectRef<{ id: string; street: string; houseNumber: string }>('CityBuilding')
  .implement({
    subGraphs: ['dispatcher'],
    fields: (t) => ({
      id: t.exposeID('id'),
      address: t.string({ resolve: (b) => `${b.street}, ${b.houseNumber}` }),
    }),
  });

const DecideApplicationInput = builder.inputType('DecideApplicationInput', {
  subGraphs: ['dispatcher'],
  fields: (t) => ({
    applicationId: t.id({ required: true }),
    version: t.int({ required: true, description: 'The version you saw.' }),
    groundCode: t.string({ description: 'applicationRefuse: one of the service’s refusal grounds.' }),
    comment: t.string({ description: 'applicationInvalidate: required; otherwise an optional note.' }),
    amount: t.int({ description: 'applicationRequestPayment: minor units.' }),
    accountId: t.id({ description: 'applicationRequestPayment for a debt: the account it settles.' }),
  }),
});

const FileOnBehalfInput = builder.inputType('FileApplicationOnBehalfInput', {
  subGraphs: ['dispatcher'],
  fields: (t) => ({
    serviceCode: t.string({ required: true }),
    applicantName: t.string({ required: true }),
    applicantPhone: t.string({ required: true }),
    applicantEmail: t.string(),
    buildingId: t.id(),
    premisesNumber: t.string(),
    residentId: t.id({
      description:
        'The caller, when they are a registered resident of those premises (their cabinet shows it).',
    }),
    answers: t.field({ type: 'JSON', required: true }),
    documents: t.field({ type: [ApplicationDocumentsInput] }),
  }),
});

builder.queryFields((t) => ({
  applicationQueue: t.field({
    ...policyField('application:readQueue'),
    type: [ApplicationType],
    description: 'Open applications your organization decides, the nearest deadline first.',
    resolve: (_r, _a, ctx) => listApplications(ctx.deps, ctx.viewer!, 'queue'),
  }),
  intakeApplications: t.field({
    ...policyField('application:readIntake'),
    type: [ApplicationType],
    description: 'What your office filed on citizens’ behalf, newest first.',
    resolve: (_r, _a, ctx) => listApplications(ctx.deps, ctx.viewer!, 'intake'),
  }),
  reviewTasks: t.field({
    ...policyField('application:review'),
    type: [ReviewTaskType],
    args: { applicationId: t.arg.id(), mine: t.arg.boolean() },
    description: 'Field tasks of an application, or (mine) the open tasks given to you.',
    resolve: (_r, args, ctx) =>
      listReviewTasks(ctx.deps, ctx.viewer!, {
        requestId: args.applicationId == null ? null : String(args.applicationId),
        mine: args.mine ?? false,
      }),
  }),
  utilityAccount: t.field({
    ...policyField('utilityAccount:read'),
    type: UtilityAccountType,
    nullable: true,
    args: { subscriberCode: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => findUtilityAccount(ctx.deps, ctx.viewer!, args.subscriberCode),
  }),
  colleagues: t.field({
    ...policyField('staff:listColleagues'),
    type: [ColleagueType],
    description: 'Staff of your organization (field workers for tasks).',
    resolve: (_r, _a, ctx) => listColleagues(ctx.deps, ctx.viewer!),
  }),
  cityBuildings: t.field({
    ...policyField('building:list'),
    type: [CityBuildingType],
    description: 'Buildings of your city matching the text (for filing on a citizen’s behalf).',
    args: { search: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => searchCityBuildings(ctx.deps, ctx.viewer!, args.search),
  }),
}));

const steps: Record<string, { action: ReviewerAction; policy: Action; description: string }> = {
  applicationStartReview: {
    action: 'startReview',
    policy: 'application:review',
    description: 'Takes a registered application into review.',
  },
  applicationRequestPayment: {
    action: 'requestPayment',
    policy: 'application:decide',
    description: 'Asks the applicant to pay (a debt found, an assessed fee); paying approves it.',
  },
  applicationApprove: {
    action: 'approve',
    policy: 'application:decide',
    description: 'Approves it; the outcome and its document are issued.',
  },
  applicationRefuse: {
    action: 'refuse',
    policy: 'application:decide',
    description: 'Refuses it on one of the service’s grounds.',
  },
  applicationInvalidate: {
    action: 'invalidate',
    policy: 'application:decide',
    description: 'Declares it invalid (wrong data); say what is wrong.',
  },
};

builder.mutationFields((t) =>
  Object.fromEntries(
    Object.entries(steps).map(([name, { action, policy, description }]) => [
      name,
      t.field({
        ...policyField(policy),
        type: ApplicationType,
        description,
        args: { input: t.arg({ type: DecideApplicationInput, required: true }) },
        resolve: (_r, { input }, ctx) =>
          decideApplication(ctx.deps, ctx.viewer!, {
            requestId: String(input.applicationId),
            version: input.version,
            action,
            groundCode: input.groundCode ?? null,
            comment: input.comment ?? null,
            amount: input.amount ?? null,
            accountId: input.accountId == null ? null : String(input.accountId),
          }),
      }),
    ]),
  ),
);

builder.mutationFields((t) => ({
  createReviewTask: t.field({
    ...policyField('application:review'),
    type: ReviewTaskType,
    args: {
      applicationId: t.arg.id({ required: true }),
      kind: t.arg.string({ required: true }),
      assigneeId: t.arg.id(),
      note: t.arg.string(),
    },
    resolve: (_r, args, ctx) =>
      createReviewTask(ctx.deps, ctx.viewer!, {
        requestId: String(args.applicationId),
        kind: args.kind,
        assigneeId: args.assigneeId == null ? null : String(args.assigneeId),
        note: args.note ?? null,
      }),
  }),
  completeReviewTask: t.field({
    ...policyField('application:review'),
    type: ReviewTaskType,
    args: { taskId: t.arg.id({ required: true }), result: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) =>
      completeReviewTask(ctx.deps, ctx.viewer!, { taskId: String(args.taskId), result: args.result }),
  }),
  orderMeterSealing: t.field({
    ...policyField('application:orderMeterSealing'),
    type: ApplicationType,
    description:
      'Creates a sealing work order for the application’s unsealed meter; it goes through the repair workflow.',
    args: { applicationId: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) =>
      orderMeterSealing(ctx.deps, ctx.viewer!, { requestId: String(args.applicationId) }),
  }),
  revokeDocument: t.field({
    ...policyField('document:revoke'),
    type: ApplicationType,
    description:
      'Staff of the issuing organization withdraw a document: reason ISSUED_IN_ERROR, FALSE_DOCUMENTS or OTHER (a note is then required; notes are never public).',
    args: {
      documentId: t.arg.id({ required: true }),
      reason: t.arg({ type: DocumentRevocationReasonEnum, required: true }),
      note: t.arg.string(),
    },
    resolve: (_r, args, ctx) =>
      revokeDocument(ctx.deps, ctx.viewer!, {
        documentId: String(args.documentId),
        reason: args.reason,
        note: args.note ?? null,
      }),
  }),
  removeFromWaitingList: t.field({
    ...policyField('waitingList:remove'),
    type: ApplicationType,
    args: { applicationId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) =>
      removeFromWaitingList(ctx.deps, ctx.viewer!, {
        requestId: String(args.applicationId),
        reason: args.reason,
      }),
  }),
  fileApplicationOnBehalf: t.field({
    ...policyField('application:fileOnBehalf'),
    type: ApplicationType,
    description:
      'A notary office files an application for a citizen; a service’s own provider (its call centre) files one for a caller where the service allows it.',
    args: { input: t.arg({ type: FileOnBehalfInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      fileApplicationOnBehalf(
        ctx.deps,
        ctx.viewer!,
        {
          serviceCode: input.serviceCode,
          applicantName: input.applicantName,
          applicantPhone: input.applicantPhone,
          applicantEmail: input.applicantEmail ?? null,
          buildingId: input.buildingId == null ? null : String(input.buildingId),
          premisesNumber: input.premisesNumber ?? null,
          residentId: input.residentId ? String(input.residentId) : null,
          answers: input.answers,
          documents: (input.documents ?? []).map((d) => ({
            kind: d.kind,
            attachmentIds: d.attachmentIds.map(String),
          })),
        },
        takeIdempotencyKey(ctx),
      ),
  }),
}));
