// The administrator console: city-wide counters, organizations, the unrouted queue, live.
import { cityCalendarWarnings } from '../../../services/calendars/calendar-warnings.ts';
import { cityOverview, listOrganizations } from '../../../services/city/city-overview.ts';
import { listRequests } from '../../../services/requests/list-requests.ts';
import { builder, policyField } from '../../builder.ts';
import { CalendarWarningType } from '../calendars/calendar-types.ts';
import { OrganizationKindEnum, RequestStatusEnum } from '../../enums.ts';
import { RequestEventType } from '../requests/request-event-type.ts';
import { RequestType } from '../requests/request-type.ts';

type Overview = Awaited<ReturnType<typeof cityOverview>>;

const StatusCountType = builder.objectRef<Overview['requestsByStatus'][number]>('StatusCount').implement({
  subGraphs: ['administrator'],
  fields: (t) => ({
    status: t.field({ type: RequestStatusEnum, resolve: (s) => s.status }),
    count: t.exposeInt('count'),
  }),
});

const CityOverviewType = builder.objectRef<Overview>('CityOverview').implement({
  subGraphs: ['administrator'],
  fields: (t) => ({
    openRequests: t.exposeInt('openRequests'),
    overdueRequests: t.exposeInt('overdueRequests'),
    unroutedRequests: t.exposeInt('unroutedRequests'),
    requestsByStatus: t.field({ type: [StatusCountType], resolve: (o) => o.requestsByStatus }),
    holidayCalendarWarnings: t.field({
      type: [CalendarWarningType],
      description: 'Years (this one, the next, any a deadline was computed in) without a holiday calendar.',
      resolve: (_o, _a, ctx) => cityCalendarWarnings(ctx.deps, ctx.viewer!),
    }),
  }),
});

const OrganizationSummaryType = builder
  .objectRef<Awaited<ReturnType<typeof listOrganizations>>[number]>('OrganizationSummary')
  .implement({
    subGraphs: ['administrator'],
    fields: (t) => ({
      id: t.exposeID('id'),
      name: t.exposeString('name'),
      kind: t.field({ type: OrganizationKindEnum, resolve: (o) => o.kind }),
      buildingCount: t.exposeInt('buildingCount'),
      openRequestCount: t.exposeInt('openRequestCount'),
    }),
  });

builder.queryFields((t) => ({
  cityOverview: t.field({
    ...policyField('city:readOverview'),
    type: CityOverviewType,
    resolve: (_r, _a, ctx) => cityOverview(ctx.deps, ctx.viewer!),
  }),
  organizations: t.field({
    ...policyField('organization:list'),
    type: [OrganizationSummaryType],
    resolve: (_r, _a, ctx) => listOrganizations(ctx.deps, ctx.viewer!),
  }),
  unroutedRequests: t.field({
    ...policyField('request:readUnrouted'),
    type: [RequestType],
    description: 'Requests for buildings no management company serves.',
    resolve: (_r, _a, ctx) => listRequests(ctx.deps, ctx.viewer!, 'unrouted'),
  }),
}));

builder.subscriptionField('cityEvents', (t) =>
  t.field({
    ...policyField('request:watchCity'),
    type: RequestEventType,
    description: 'Every new step on every request of the city.',
    subscribe: (_r, _a, ctx) => ctx.deps.events.subscribe(`city:${ctx.viewer!.cityId}`),
    resolve: (message) => message,
  }),
);
