// The dispatcher desk: the company's queue, assignment, live queue events.
import { assignRequest } from '../../../services/requests/assign-request.ts';
import { findRequestByNumber, getRequest, listRequests } from '../../../services/requests/list-requests.ts';
import { listContractors } from '../../../services/reference/reference-data.ts';
import { builder, policyField } from '../../builder.ts';
import { OrganizationType } from '../session/organization-type.ts';
import { RequestEventType } from './request-event-type.ts';
import { RequestType } from './request-type.ts';

const AssignRequestInput = builder.inputType('AssignRequestInput', {
  subGraphs: ['dispatcher'],
  fields: (t) => ({
    requestId: t.id({ required: true }),
    version: t.int({
      required: true,
      description: 'The version you saw; if it changed meanwhile you get STALE_VERSION.',
    }),
    contractorOrganizationId: t.id({ required: true }),
    assigneeId: t.id({ description: 'A worker of that contractor, if you know who goes.' }),
    comment: t.string(),
  }),
});

builder.queryFields((t) => ({
  queue: t.field({
    ...policyField('request:readQueue'),
    type: [RequestType],
    description: 'The company’s open requests, the nearest deadline first.',
    resolve: (_r, _a, ctx) => listRequests(ctx.deps, ctx.viewer!, 'queue'),
  }),
  request: t.field({
    ...policyField('request:read'),
    type: RequestType,
    nullable: true,
    description: 'A request your organization handles (null otherwise).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => getRequest(ctx.deps, ctx.viewer!, String(args.id)),
  }),
  requestByNumber: t.field({
    ...policyField('request:read'),
    type: RequestType,
    nullable: true,
    description:
      'A request your organization handles (the administrator: any in the city) by its number, e.g. KZN-2026-000123; null otherwise. A malformed number is INVALID_INPUT.',
    args: { number: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => findRequestByNumber(ctx.deps, ctx.viewer!, args.number),
  }),
  contractors: t.field({
    ...policyField('contractor:list'),
    type: [OrganizationType],
    description: 'The contractors your organization gives work to (the ones you may assign).',
    resolve: (_r, _a, ctx) => listContractors(ctx.deps, ctx.viewer!),
  }),
}));

builder.mutationField('assignRequest', (t) =>
  t.field({
    ...policyField('request:assign'),
    type: RequestType,
    description: 'Gives the request to a contractor and issues its work order.',
    args: { input: t.arg({ type: AssignRequestInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      assignRequest(ctx.deps, ctx.viewer!, {
        requestId: String(input.requestId),
        version: input.version,
        contractorOrganizationId: String(input.contractorOrganizationId),
        assigneeId: input.assigneeId == null ? null : String(input.assigneeId),
        comment: input.comment ?? null,
      }),
  }),
);

builder.subscriptionField('queueEvents', (t) =>
  t.field({
    ...policyField('request:watchQueue'),
    type: RequestEventType,
    description: 'Every new step on the company’s requests, new requests included.',
    subscribe: (_r, _a, ctx) => ctx.deps.events.subscribe(`organization:${ctx.viewer!.organizationId}`),
    resolve: (message) => message,
  }),
);
