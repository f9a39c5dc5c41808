// The resident cabinet: own requests, filing, live updates of own requests.
import { fileRequest } from '../../../services/requests/file-request.ts';
import { getRequest, listRequests } from '../../../services/requests/list-requests.ts';
import { listMyPremises, listRepairCategories } from '../../../services/reference/reference-data.ts';
import { builder, policyField } from '../../builder.ts';
import { takeIdempotencyKey } from '../../idempotency.ts';
import { CommonAreaEnum } from '../../enums.ts';
import { RequestEventType } from './request-event-type.ts';
import { RequestType, ServiceCategoryType } from './request-type.ts';

const ResidentPremisesType = builder
  .objectRef<Awaited<ReturnType<typeof listMyPremises>>[number]>('ResidentPremises')
  .implement({
    subGraphs: ['resident'],
    description: 'A premises the resident lives in.',
    fields: (t) => ({
      id: t.exposeID('id'),
      buildingId: t.exposeID('buildingId'),
      address: t.string({ resolve: (p) => `${p.building.street}, ${p.building.houseNumber}` }),
      number: t.exposeString('number'),
    }),
  });

const FileRequestInput = builder.inputType('FileRequestInput', {
  subGraphs: ['resident'],
  fields: (t) => ({
    categoryId: t.id({ required: true }),
    premisesId: t.id({ description: 'The resident’s premises; or give commonArea + buildingId.' }),
    commonArea: t.field({ type: CommonAreaEnum }),
    buildingId: t.id({ description: 'With commonArea: one of the resident’s buildings.' }),
    description: t.string({ required: true }),
    contactPhone: t.string({ required: true }),
    preferredVisit: t.string({ description: 'When the resident is at home, in their words.' }),
    photoIds: t.idList({ description: 'Up to 10 uploads (POST /files?kind=PHOTO).' }),
  }),
});

builder.queryFields((t) => ({
  myRequests: t.field({
    ...policyField('request:readOwn'),
    type: [RequestType],
    description: 'The resident’s requests, newest first.',
    resolve: (_r, _a, ctx) => listRequests(ctx.deps, ctx.viewer!, 'mine'),
  }),
  myRequest: t.field({
    ...policyField('request:readOwn'),
    type: RequestType,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => getRequest(ctx.deps, ctx.viewer!, String(args.id)),
  }),
  myPremises: t.field({
    ...policyField('premises:readOwn'),
    type: [ResidentPremisesType],
    resolve: (_r, _a, ctx) => listMyPremises(ctx.deps, ctx.viewer!),
  }),
  serviceCategories: t.field({
    ...policyField('serviceCategory:list'),
    type: [ServiceCategoryType],
    resolve: (_r, _a, ctx) => listRepairCategories(ctx.deps),
  }),
}));

builder.mutationField('fileRequest', (t) =>
  t.field({
    ...policyField('request:file'),
    type: RequestType,
    description: 'Files a repair request; it is numbered, given its SLA deadline and routed at once.',
    args: { input: t.arg({ type: FileRequestInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      fileRequest(
        ctx.deps,
        ctx.viewer!,
        {
          categoryId: String(input.categoryId),
          premisesId: input.premisesId == null ? null : String(input.premisesId),
          commonArea: input.commonArea ?? null,
          buildingId: input.buildingId == null ? null : String(input.buildingId),
          description: input.description,
          contactPhone: input.contactPhone,
          preferredVisit: input.preferredVisit ?? null,
          photoIds: (input.photoIds ?? []).map(String),
        },
        takeIdempotencyKey(ctx),
      ),
  }),
);

builder.subscriptionField('myRequestEvents', (t) =>
  t.field({
    ...policyField('request:watchOwn'),
    type: RequestEventType,
    description: 'Every new step on any of the resident’s requests.',
    subscribe: (_r, _a, ctx) => ctx.deps.events.subscribe(`resident:${ctx.viewer!.userId}`),
    resolve: (message) => message,
  }),
);
