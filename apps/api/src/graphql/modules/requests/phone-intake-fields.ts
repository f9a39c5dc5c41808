// The dispatcher's phone intake: find the caller among the company's residents (or take name,
// phone and address), then file the request for them.
import { fileRequestByPhone } from '../../../services/requests/file-request-by-phone.ts';
import {
  listCompanyBuildings,
  listContractorWorkers,
  searchResidents,
} from '../../../services/reference/company-directory.ts';
import { builder, policyField } from '../../builder.ts';
import { takeIdempotencyKey } from '../../idempotency.ts';
import { CommonAreaEnum } from '../../enums.ts';
import { RequestType } from './request-type.ts';

const address = (b: { street: string; houseNumber: string }) => `${b.street}, ${b.houseNumber}`;

const BuildingType = builder
  .objectRef<Awaited<ReturnType<typeof listCompanyBuildings>>[number]>('Building')
  .implement({
    subGraphs: ['dispatcher'],
    fields: (t) => ({
      id: t.exposeID('id'),
      address: t.string({ resolve: address }),
    }),
  });

type Match = Awaited<ReturnType<typeof searchResidents>>[number];
const ResidentHomeType = builder.objectRef<Match['occupancies'][number]>('ResidentHome').implement({
  subGraphs: ['dispatcher'],
  fields: (t) => ({
    buildingId: t.id({ resolve: (o) => o.premises.buildingId }),
    address: t.string({ resolve: (o) => address(o.premises.building) }),
    premisesNumber: t.string({ resolve: (o) => o.premises.number }),
  }),
});

const ResidentMatchType = builder.objectRef<Match>('ResidentMatch').implement({
  subGraphs: ['dispatcher'],
  description: 'A resident of one of your company’s buildings.',
  fields: (t) => ({
    id: t.exposeID('id'),
    displayName: t.exposeString('displayName'),
    phone: t.exposeString('phone', { nullable: true }),
    email: t.exposeString('email'),
    homes: t.field({ type: [ResidentHomeType], resolve: (m) => m.occupancies }),
  }),
});

const WorkerType = builder
  .objectRef<Awaited<ReturnType<typeof listContractorWorkers>>[number]>('Worker')
  .implement({
    subGraphs: ['dispatcher'],
    fields: (t) => ({ id: t.exposeID('id'), displayName: t.exposeString('displayName') }),
  });

const PhoneIntakeInput = builder.inputType('PhoneIntakeInput', {
  subGraphs: ['dispatcher'],
  fields: (t) => ({
    categoryId: t.id({ required: true }),
    residentId: t.id({ description: 'The caller, if found by searchResidents.' }),
    contactName: t.string({ required: true }),
    contactPhone: t.string({ required: true }),
    buildingId: t.id({ required: true, description: 'One of companyBuildings.' }),
    premisesNumber: t.string({ description: 'Apartment number; or give commonArea.' }),
    commonArea: t.field({ type: CommonAreaEnum }),
    description: t.string({ required: true }),
    preferredVisit: t.string(),
  }),
});

builder.queryFields((t) => ({
  companyBuildings: t.field({
    ...policyField('building:list'),
    type: [BuildingType],
    description: 'The buildings your company serves.',
    resolve: (_r, _a, ctx) => listCompanyBuildings(ctx.deps, ctx.viewer!),
  }),
  searchResidents: t.field({
    ...policyField('resident:search'),
    type: [ResidentMatchType],
    description: 'Residents of your buildings by name, phone or e-mail (at least 2 characters).',
    args: { query: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => searchResidents(ctx.deps, ctx.viewer!, args.query),
  }),
  contractorWorkers: t.field({
    ...policyField('contractor:listWorkers'),
    type: [WorkerType],
    description:
      'The workers of one of your contractors; NOT_FOUND for a contractor your organization does not contract.',
    args: { contractorOrganizationId: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) =>
      listContractorWorkers(ctx.deps, ctx.viewer!, String(args.contractorOrganizationId)),
  }),
}));

builder.mutationField('fileRequestByPhone', (t) =>
  t.field({
    ...policyField('request:fileByPhone'),
    type: RequestType,
    description: 'Files a request for a caller (channel PHONE); it is routed like any other.',
    args: { input: t.arg({ type: PhoneIntakeInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      fileRequestByPhone(
        ctx.deps,
        ctx.viewer!,
        {
          categoryId: String(input.categoryId),
          residentId: input.residentId == null ? null : String(input.residentId),
          contactName: input.contactName,
          contactPhone: input.contactPhone,
          buildingId: String(input.buildingId),
          premisesNumber: input.premisesNumber ?? null,
          commonArea: input.commonArea ?? null,
          description: input.description,
          preferredVisit: input.preferredVisit ?? null,
        },
        takeIdempotencyKey(ctx),
      ),
  }),
);
