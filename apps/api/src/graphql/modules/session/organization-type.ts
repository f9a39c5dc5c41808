import { builder, allSubGraphs } from '../../builder.ts';
import { OrganizationKindEnum } from '../../enums.ts';

export interface OrganizationShape {
  id: string;
  name: string;
  kind: string;
}

export const OrganizationType = builder.objectRef<OrganizationShape>('Organization').implement({
  subGraphs: [...allSubGraphs],
  description: 'A management company, contractor, utility or other organization of the city.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    kind: t.field({ type: OrganizationKindEnum, resolve: (o) => o.kind as never }),
  }),
});
