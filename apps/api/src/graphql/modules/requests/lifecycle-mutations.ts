// The lifecycle steps after filing, one mutation each, placed in the schema of the role that takes
// them. Resolvers only parse and delegate; the services and the domain decide what is allowed.
import { dispatcherCancellationReasons, residentRejectionReasons } from '@citydesk/domain';
import { cancelRequest } from '../../../services/requests/cancel-request.ts';
import { completeWork } from '../../../services/requests/complete-work.ts';
import { rateRequest } from '../../../services/requests/rate-request.ts';
import { confirmWork, rejectWork, reopenRequest } from '../../../services/requests/resident-decision.ts';
import { returnForRework, verifyWork } from '../../../services/requests/review-work.ts';
import { routeRequest } from '../../../services/requests/route-request.ts';
import { startWork } from '../../../services/requests/start-work.ts';
import { builder, policyField } from '../../builder.ts';
import { RequestType } from './request-type.ts';

const RejectionReasonEnum = builder.enumType('RejectionReason', {
  subGraphs: ['resident', 'dispatcher', 'contractor', 'administrator'],
  description: 'Why a resident rejects the work.',
  values: residentRejectionReasons,
});
builder.enumType('CancellationReason', {
  subGraphs: ['dispatcher'],
  description: 'Why a dispatcher cancels a request; the resident sees it.',
  values: dispatcherCancellationReasons,
});

const RequestStepInput = builder.inputType('RequestStepInput', {
  subGraphs: ['resident', 'dispatcher', 'contractor'],
  description: 'A step on a request: which one, and the version you saw.',
  fields: (t) => ({
    requestId: t.id({ required: true }),
    version: t.int({ required: true }),
    comment: t.string(),
  }),
});

const CompleteWorkInput = builder.inputType('CompleteWorkInput', {
  subGraphs: ['contractor'],
  fields: (t) => ({
    requestId: t.id({ required: true }),
    version: t.int({ required: true }),
    comment: t.string({ required: true, description: 'What was done.' }),
    signedScanId: t.id({
      required: true,
      description: 'Upload (POST /files?kind=SIGNED_WORK_ORDER) of the order signed by the resident.',
    }),
    photoIds: t.idList({ description: 'Uploads (POST /files?kind=PHOTO) of the finished work.' }),
  }),
});

const RejectWorkInput = builder.inputType('RejectWorkInput', {
  subGraphs: ['resident'],
  description:
    'What is wrong with the work: rejecting it, or reopening a request closed without confirmation.',
  fields: (t) => ({
    requestId: t.id({ required: true }),
    version: t.int({ required: true }),
    reasonCode: t.field({ type: RejectionReasonEnum, required: true }),
    comment: t.string({ description: 'Required when the reason is OTHER.' }),
  }),
});

const CancelRequestInput = builder.inputType('CancelRequestInput', {
  subGraphs: ['resident', 'dispatcher'],
  fields: (t) => ({
    requestId: t.id({ required: true }),
    version: t.int({ required: true }),
    reasonCode: t.string({ description: 'Dispatchers: one of CancellationReason.' }),
    comment: t.string(),
  }),
});

const RateRequestInput = builder.inputType('RateRequestInput', {
  subGraphs: ['resident'],
  fields: (t) => ({
    requestId: t.id({ required: true }),
    rating: t.int({ required: true, description: '1 (bad) to 5 (excellent).' }),
    comment: t.string(),
  }),
});

const RouteRequestInput = builder.inputType('RouteRequestInput', {
  subGraphs: ['administrator'],
  fields: (t) => ({
    requestId: t.id({ required: true }),
    version: t.int({ required: true }),
    organizationId: t.id({ required: true, description: 'A management company of the city.' }),
    comment: t.string(),
  }),
});

const step = (input: { requestId: string | number; version: number; comment?: string | null }) => ({
  requestId: String(input.requestId),
  version: input.version,
  comment: input.comment ?? null,
});

builder.mutationFields((t) => ({
  startWork: t.field({
    ...policyField('workOrder:start'),
    type: RequestType,
    description: 'The work has started (also after a return for rework).',
    args: { input: t.arg({ type: RequestStepInput, required: true }) },
    resolve: (_r, { input }, ctx) => startWork(ctx.deps, ctx.viewer!, step(input)),
  }),
  completeWork: t.field({
    ...policyField('workOrder:complete'),
    type: RequestType,
    description: 'The work is done: attach the order signed by the resident, say what was done.',
    args: { input: t.arg({ type: CompleteWorkInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      completeWork(ctx.deps, ctx.viewer!, {
        requestId: String(input.requestId),
        version: input.version,
        comment: input.comment,
        signedScanId: String(input.signedScanId),
        photoIds: (input.photoIds ?? []).map(String),
      }),
  }),
  verifyWork: t.field({
    ...policyField('request:verify'),
    type: RequestType,
    description: 'Accepts the contractor’s work; the resident is asked to confirm it.',
    args: { input: t.arg({ type: RequestStepInput, required: true }) },
    resolve: (_r, { input }, ctx) => verifyWork(ctx.deps, ctx.viewer!, step(input)),
  }),
  returnForRework: t.field({
    ...policyField('request:return'),
    type: RequestType,
    description: 'Sends the work back to the contractor; the comment (why) is required.',
    args: { input: t.arg({ type: RequestStepInput, required: true }) },
    resolve: (_r, { input }, ctx) => returnForRework(ctx.deps, ctx.viewer!, step(input)),
  }),
  confirmWork: t.field({
    ...policyField('request:confirm'),
    type: RequestType,
    description: 'The resident confirms the work: this, and only this, closes the request.',
    args: { input: t.arg({ type: RequestStepInput, required: true }) },
    resolve: (_r, { input }, ctx) => confirmWork(ctx.deps, ctx.viewer!, step(input)),
  }),
  rejectWork: t.field({
    ...policyField('request:reject'),
    type: RequestType,
    description: 'The resident rejects the work with a reason; the request goes back to the dispatcher.',
    args: { input: t.arg({ type: RejectWorkInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      rejectWork(ctx.deps, ctx.viewer!, { ...step(input), reasonCode: input.reasonCode }),
  }),
  reopenRequest: t.field({
    ...policyField('request:reopen'),
    type: RequestType,
    description:
      'Reopens a request closed without your confirmation (CLOSED_UNCONFIRMED), with what is still wrong: it goes back to the company as a rejected one does. Only until `viewerCan.reopenUntil`; after it REOPEN_WINDOW_CLOSED.',
    args: { input: t.arg({ type: RejectWorkInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      reopenRequest(ctx.deps, ctx.viewer!, { ...step(input), reasonCode: input.reasonCode }),
  }),
  cancelRequest: t.field({
    ...policyField('request:cancel'),
    type: RequestType,
    description: 'Residents: before assignment. Dispatchers: with a reason the resident sees.',
    args: { input: t.arg({ type: CancelRequestInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      cancelRequest(ctx.deps, ctx.viewer!, { ...step(input), reasonCode: input.reasonCode ?? null }),
  }),
  rateRequest: t.field({
    ...policyField('request:rate'),
    type: RequestType,
    description: 'Rates a closed request once.',
    args: { input: t.arg({ type: RateRequestInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      rateRequest(ctx.deps, ctx.viewer!, {
        requestId: String(input.requestId),
        rating: input.rating,
        comment: input.comment ?? null,
      }),
  }),
  routeRequest: t.field({
    ...policyField('request:route'),
    type: RequestType,
    description: 'Routes an unrouted request to a management company.',
    args: { input: t.arg({ type: RouteRequestInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      routeRequest(ctx.deps, ctx.viewer!, { ...step(input), organizationId: String(input.organizationId) }),
  }),
}));
