// The dashboards of the administrator (the whole city), dispatchers (their company) and contractors
// (their own work): figures, trend, rankings, the requests behind a figure, e-service counts.
import { dashboardOverview, dashboardRankings } from '../../../services/dashboards/dashboard-figures.ts';
import { dashboardOptions } from '../../../services/dashboards/dashboard-options.ts';
import { dashboardRequests } from '../../../services/dashboards/dashboard-requests.ts';
import { eServiceFigures } from '../../../services/dashboards/e-service-figures.ts';
import type { StatusCount, TrendPoint } from '../../../services/dashboards/metric-queries.ts';
import { builder, policyField } from '../../builder.ts';
import { OrganizationKindEnum, RequestStatusEnum, ServiceKindEnum } from '../../enums.ts';
import { localized } from '../../../services/localized.ts';
import {
  DashboardFiguresType,
  DashboardFilterInput,
  DashboardPeriodType,
  NamedType,
} from './figures-type.ts';

const staffSubGraphs = ['dispatcher' as const, 'contractor' as const, 'administrator' as const];

const StatusCountType = builder.objectRef<StatusCount>('DashboardStatusCount').implement({
  subGraphs: staffSubGraphs,
  fields: (t) => ({
    kind: t.field({ type: ServiceKindEnum, resolve: (s) => s.kind }),
    status: t.field({ type: RequestStatusEnum, resolve: (s) => s.status as never }),
    count: t.exposeInt('count'),
  }),
});

const TrendPointType = builder.objectRef<TrendPoint>('DashboardTrendPoint').implement({
  subGraphs: staffSubGraphs,
  fields: (t) => ({
    day: t.exposeString('day', { description: 'The first day of the point (a day, or a month).' }),
    opened: t.exposeInt('opened'),
    closed: t.exposeInt('closed', { description: 'Resolved that day (month).' }),
  }),
});

const TrendBucketEnum = builder.enumType('DashboardTrendBucket', {
  subGraphs: staffSubGraphs,
  values: ['DAY', 'MONTH'] as const,
});

type OverviewResult = Awaited<ReturnType<typeof dashboardOverview>>;
const OverviewType = builder.objectRef<OverviewResult>('DashboardOverview').implement({
  subGraphs: staffSubGraphs,
  fields: (t) => ({
    period: t.field({ type: DashboardPeriodType, resolve: (o) => o.period }),
    figures: t.field({ type: DashboardFiguresType, resolve: (o) => o.figures }),
    byStatus: t.field({
      type: [StatusCountType],
      description: 'Filed in the period, by their status now.',
      resolve: (o) => o.byStatus,
    }),
    trendBucket: t.field({ type: TrendBucketEnum, resolve: (o) => o.trendBucket }),
    trend: t.field({ type: [TrendPointType], resolve: (o) => o.trend }),
  }),
});

const RankingGroupEnum = builder.enumType('RankingGroup', {
  subGraphs: ['administrator'],
  values: {
    HANDLING: {
      description: 'Requests the organization handles (management companies, utilities, offices).',
    },
    CONTRACTOR: { description: 'Work orders the organization carries out.' },
  } as const,
});

type RankingResult = Awaited<ReturnType<typeof dashboardRankings>>[number];
const RankingRowType = builder.objectRef<RankingResult>('DashboardRankingRow').implement({
  subGraphs: ['administrator'],
  fields: (t) => ({
    group: t.field({ type: RankingGroupEnum, resolve: (r) => r.group }),
    organizationId: t.exposeID('organizationId'),
    name: t.string({ resolve: (r) => r.organization.name }),
    organizationKind: t.field({ type: OrganizationKindEnum, resolve: (r) => r.organization.kind }),
    figures: t.field({ type: DashboardFiguresType, resolve: (r) => r.figures }),
  }),
});

type RequestsResult = Awaited<ReturnType<typeof dashboardRequests>>;
const RequestRowType = builder.objectRef<RequestsResult['items'][number]>('DashboardRequestRow').implement({
  subGraphs: staffSubGraphs,
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeString('number'),
    kind: t.field({ type: ServiceKindEnum, resolve: (r) => r.kind }),
    status: t.field({ type: RequestStatusEnum, resolve: (r) => r.status as never }),
    category: t.field({ type: NamedType, nullable: true, resolve: (r) => r.category }),
    district: t.field({ type: NamedType, nullable: true, resolve: (r) => r.district }),
    organization: t.field({ type: NamedType, nullable: true, resolve: (r) => r.organization }),
    contractor: t.field({ type: NamedType, nullable: true, resolve: (r) => r.contractor }),
    createdAt: t.field({ type: 'DateTime', resolve: (r) => r.createdAt }),
    deadlineAt: t.field({ type: 'DateTime', resolve: (r) => r.deadlineAt }),
    closedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.closedAt }),
    secondsToClose: t.exposeInt('secondsToClose', { nullable: true }),
    withinSla: t.exposeBoolean('withinSla', { nullable: true }),
    confirmed: t.exposeBoolean('confirmed', { nullable: true }),
    reworkCount: t.exposeInt('reworkCount'),
    rating: t.exposeInt('rating', { nullable: true }),
  }),
});

const RequestPageType = builder.objectRef<RequestsResult>('DashboardRequestPage').implement({
  subGraphs: staffSubGraphs,
  fields: (t) => ({
    total: t.exposeInt('total'),
    items: t.field({ type: [RequestRowType], resolve: (p) => p.items }),
  }),
});

type EServiceResult = Awaited<ReturnType<typeof eServiceFigures>>;
const IssuedCountType = builder.objectRef<EServiceResult['issued'][number]>('IssuedDocumentCount').implement({
  subGraphs: staffSubGraphs,
  fields: (t) => ({
    service: t.field({ type: NamedType, resolve: (r) => r.service }),
    district: t.field({ type: NamedType, nullable: true, resolve: (r) => r.district }),
    count: t.exposeInt('count'),
  }),
});
const RefusalCountType = builder.objectRef<EServiceResult['refusals'][number]>('RefusalCount').implement({
  subGraphs: staffSubGraphs,
  fields: (t) => ({
    service: t.field({ type: NamedType, resolve: (r) => r.service }),
    ground: t.exposeString('ground', { nullable: true, description: 'The service’s refusal ground code.' }),
    groundLabel: t.string({
      nullable: true,
      resolve: (r, _a, ctx) => (r.groundLabel ? localized(r.groundLabel, ctx.locale) : null),
    }),
    count: t.exposeInt('count'),
  }),
});
const PaymentTotalType = builder.objectRef<EServiceResult['payments'][number]>('PaymentTotal').implement({
  subGraphs: staffSubGraphs,
  fields: (t) => ({
    service: t.field({ type: NamedType, resolve: (r) => r.service }),
    currency: t.exposeString('currency'),
    count: t.exposeInt('count'),
    amount: t.exposeInt('amount', { description: 'Minor units.' }),
  }),
});
const EServiceFiguresType = builder.objectRef<EServiceResult>('EServiceFigures').implement({
  subGraphs: staffSubGraphs,
  fields: (t) => ({
    period: t.field({ type: DashboardPeriodType, resolve: (e) => e.period }),
    issued: t.field({ type: [IssuedCountType], resolve: (e) => e.issued }),
    refusals: t.field({ type: [RefusalCountType], resolve: (e) => e.refusals }),
    payments: t.field({ type: [PaymentTotalType], resolve: (e) => e.payments }),
  }),
});

type OptionsResult = Awaited<ReturnType<typeof dashboardOptions>>;
const OrganizationOptionType = builder
  .objectRef<OptionsResult['organizations'][number]>('DashboardOrganizationOption')
  .implement({
    subGraphs: ['administrator'],
    fields: (t) => ({
      id: t.exposeID('id'),
      name: t.exposeString('name'),
      kind: t.field({ type: OrganizationKindEnum, resolve: (o) => o.kind }),
    }),
  });
const CategoryOptionType = builder
  .objectRef<OptionsResult['categories'][number]>('DashboardCategoryOption')
  .implement({
    subGraphs: staffSubGraphs,
    fields: (t) => ({
      id: t.exposeID('id'),
      name: t.string({ resolve: (c, _a, ctx) => localized(c.name, ctx.locale) }),
      kind: t.field({ type: ServiceKindEnum, resolve: (c) => c.kind }),
    }),
  });
const OptionsType = builder.objectRef<OptionsResult>('DashboardOptions').implement({
  subGraphs: staffSubGraphs,
  fields: (t) => ({
    districts: t.field({ type: [NamedType], resolve: (o) => o.districts }),
    organizations: t.field({
      type: [OrganizationOptionType],
      subGraphs: ['administrator'],
      resolve: (o) => o.organizations,
    }),
    categories: t.field({ type: [CategoryOptionType], resolve: (o) => o.categories }),
  }),
});

builder.queryFields((t) => ({
  dashboardOptions: t.field({
    ...policyField('dashboard:read'),
    type: OptionsType,
    resolve: (_r, _a, ctx) => dashboardOptions(ctx.deps, ctx.viewer!),
  }),
  dashboardOverview: t.field({
    ...policyField('dashboard:read'),
    type: OverviewType,
    args: { filter: t.arg({ type: DashboardFilterInput }) },
    resolve: (_r, args, ctx) => dashboardOverview(ctx.deps, ctx.viewer!, args.filter ?? {}),
  }),
  dashboardRequests: t.field({
    ...policyField('dashboard:read'),
    type: RequestPageType,
    description:
      'The requests the filter counts (filed or resolved in the period, or open now), newest first.',
    args: {
      filter: t.arg({ type: DashboardFilterInput }),
      offset: t.arg.int(),
      limit: t.arg.int({ description: '1–5000; default 50.' }),
    },
    resolve: (_r, args, ctx) =>
      dashboardRequests(ctx.deps, ctx.viewer!, {
        ...(args.filter ?? {}),
        offset: args.offset,
        limit: args.limit,
      }),
  }),
  eServiceFigures: t.field({
    ...policyField('dashboard:read'),
    type: EServiceFiguresType,
    args: { filter: t.arg({ type: DashboardFilterInput }) },
    resolve: (_r, args, ctx) => eServiceFigures(ctx.deps, ctx.viewer!, args.filter ?? {}),
  }),
  dashboardRankings: t.field({
    ...policyField('dashboard:readRankings'),
    type: [RankingRowType],
    description: 'Every organization’s figures side by side, most requests first.',
    args: { filter: t.arg({ type: DashboardFilterInput }) },
    resolve: (_r, args, ctx) => dashboardRankings(ctx.deps, ctx.viewer!, args.filter ?? {}),
  }),
}));
