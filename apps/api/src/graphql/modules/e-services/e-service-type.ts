// An e-service of the catalogue: its names, SLA and the definition the web renders the form from.
import type { EService } from '../../../services/applications/e-service.ts';
import { builder, roleSubGraphs } from '../../builder.ts';
import { localized } from '../../../services/localized.ts';

export const EServiceType = builder.objectRef<EService>('EService').implement({
  subGraphs: [...roleSubGraphs],
  description: 'An e-service: one application lifecycle, configured by its definition.',
  fields: (t) => ({
    id: t.string({ resolve: (s) => s.row.id }),
    code: t.string({ resolve: (s) => s.row.code }),
    name: t.string({
      description: 'In the viewer’s language.',
      resolve: (s, _a, ctx) => localized(s.row.name, ctx.locale),
    }),
    slaUnit: t.string({ resolve: (s) => s.row.slaUnit }),
    slaAmount: t.int({ resolve: (s) => s.row.slaAmount }),
    definition: t.field({
      type: 'JSON',
      description: 'The form, documents, fee, signing and outcome (`ServiceSpec` of @citydesk/domain).',
      resolve: (s) => s.spec,
    }),
    providerName: t.string({
      nullable: true,
      description: 'The organization that handles it.',
      resolve: (s) => s.row.providers[0]?.organization.name ?? null,
    }),
    districtIds: t.stringList({
      description: 'With a district rollout: the districts it is offered in.',
      resolve: (s) => s.row.districts.map((d) => d.districtId),
    }),
  }),
});
