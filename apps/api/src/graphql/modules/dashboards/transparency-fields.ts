// The public transparency page: no sign-in, organizations' figures only.
import { dashboardOptions } from '../../../services/dashboards/dashboard-options.ts';
import { transparencyReport } from '../../../services/dashboards/transparency.ts';
import { allSubGraphs, builder, policyField } from '../../builder.ts';
import { DashboardFiguresType, DashboardPeriodType, NamedType } from './figures-type.ts';

type Report = Awaited<ReturnType<typeof transparencyReport>>;

const TransparencyRowType = builder.objectRef<Report['contractors'][number]>('TransparencyRow').implement({
  subGraphs: [...allSubGraphs],
  fields: (t) => ({
    organizationId: t.exposeID('organizationId'),
    name: t.exposeString('name'),
    figures: t.field({ type: DashboardFiguresType, resolve: (r) => r.figures }),
  }),
});

const TransparencyType = builder.objectRef<Report>('TransparencyReport').implement({
  subGraphs: [...allSubGraphs],
  description: 'How each management company and contractor handled residents’ repair requests.',
  fields: (t) => ({
    period: t.field({ type: DashboardPeriodType, resolve: (r) => r.period }),
    managementCompanies: t.field({ type: [TransparencyRowType], resolve: (r) => r.managementCompanies }),
    contractors: t.field({ type: [TransparencyRowType], resolve: (r) => r.contractors }),
  }),
});

builder.queryField('transparency', (t) =>
  t.field({
    ...policyField('transparency:read'),
    type: TransparencyType,
    args: { from: t.arg.string(), to: t.arg.string(), districtId: t.arg.id() },
    resolve: (_r, args, ctx) => transparencyReport(ctx.deps, args),
  }),
);

builder.queryField('transparencyDistricts', (t) =>
  t.field({
    ...policyField('transparency:read'),
    type: [NamedType],
    description: 'The districts the transparency page can be narrowed to.',
    resolve: async (_r, _a, ctx) => (await dashboardOptions(ctx.deps, null)).districts,
  }),
);
