// The figures every dashboard shows, the period they are for and the filter that chooses them.
import type { Figures } from '../../../services/dashboards/figure-columns.ts';
import { allSubGraphs, builder } from '../../builder.ts';
import { ServiceKindEnum } from '../../enums.ts';
import { localized } from '../../../services/localized.ts';

const everywhere = [...allSubGraphs];

export const DashboardPeriodType = builder
  .objectRef<{ from: string; to: string }>('DashboardPeriod')
  .implement({
    subGraphs: everywhere,
    description: 'Local dates of the city, both inclusive.',
    fields: (t) => ({ from: t.exposeString('from'), to: t.exposeString('to') }),
  });

export const DashboardFiguresType = builder.objectRef<Figures>('DashboardFigures').implement({
  subGraphs: everywhere,
  description:
    'Counts by filing day (filed), by resolution day (resolved and what follows from it) and now (open, overdue).',
  fields: (t) => ({
    filed: t.exposeInt('filed'),
    resolved: t.exposeInt('resolved', { description: 'Closed repairs and decided applications.' }),
    openNow: t.exposeInt('openNow'),
    overdueNow: t.exposeInt('overdueNow'),
    withinSla: t.exposeInt('withinSla', { description: 'Resolved ones finished by their SLA deadline.' }),
    withinSlaShare: t.exposeFloat('withinSlaShare', {
      nullable: true,
      description: '0–1; null without data.',
    }),
    closedRepairs: t.exposeInt('closedRepairs'),
    confirmed: t.exposeInt('confirmed', { description: 'Closed repairs the resident confirmed.' }),
    confirmedShare: t.exposeFloat('confirmedShare', { nullable: true }),
    closedUnconfirmed: t.exposeInt('closedUnconfirmed', {
      description:
        'Closed repairs the platform closed because the resident did not answer in time: never counted as confirmed.',
    }),
    closedUnconfirmedShare: t.exposeFloat('closedUnconfirmedShare', {
      nullable: true,
      description: 'Of the closed repairs; 0–1, null without data.',
    }),
    reworked: t.exposeInt('reworked', { description: 'Closed repairs returned or reopened at least once.' }),
    reworkShare: t.exposeFloat('reworkShare', { nullable: true }),
    rated: t.exposeInt('rated'),
    averageRating: t.exposeFloat('averageRating', { nullable: true, description: '1–5.' }),
    medianSecondsToAssign: t.exposeInt('medianSecondsToAssign', { nullable: true }),
    medianSecondsToClose: t.exposeInt('medianSecondsToClose', { nullable: true }),
  }),
});

export const DashboardFilterInput = builder.inputType('DashboardFilter', {
  subGraphs: ['dispatcher', 'contractor', 'administrator'],
  description:
    'Without dates: the last 90 days. Staff always see their own organization; asking for another is refused.',
  fields: (t) => ({
    from: t.string({ description: 'YYYY-MM-DD' }),
    to: t.string({ description: 'YYYY-MM-DD' }),
    districtId: t.id(),
    organizationId: t.id({ description: 'A management company, utility or office, or a contractor.' }),
    categoryId: t.id({ description: 'A repair category or an e-service.' }),
    kind: t.field({ type: ServiceKindEnum }),
  }),
});

export const NamedType = builder.objectRef<{ id: string; name: unknown }>('DashboardNamed').implement({
  subGraphs: everywhere,
  description: 'A district, category or organization, named in the viewer’s language.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.string({ resolve: (n, _a, ctx) => localized(n.name, ctx.locale) }),
  }),
});
