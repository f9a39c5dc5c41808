import type { Viewer } from '../../../services/auth/sessions.ts';
import { allSubGraphs, builder } from '../../builder.ts';
import { LocaleEnum, RoleEnum } from '../../enums.ts';
import { OrganizationType } from './organization-type.ts';

export const ViewerType = builder.objectRef<Viewer>('Viewer').implement({
  subGraphs: [...allSubGraphs],
  description: 'The signed-in user and the role this session acts in.',
  fields: (t) => ({
    id: t.exposeID('userId'),
    role: t.field({ type: RoleEnum, resolve: (v) => v.role }),
    displayName: t.exposeString('displayName'),
    email: t.exposeString('email'),
    phone: t.exposeString('phone', { nullable: true }),
    locale: t.field({ type: LocaleEnum, resolve: (v) => v.locale }),
    organization: t.field({
      type: OrganizationType,
      nullable: true,
      resolve: (v, _args, ctx) =>
        v.organizationId
          ? ctx.deps.db.organization.findUnique({
              where: { id: v.organizationId },
              select: { id: true, name: true, kind: true },
            })
          : null,
    }),
  }),
});

export const LoginPayloadType = builder.objectRef<{ user: Viewer }>('LoginPayload').implement({
  subGraphs: [...allSubGraphs],
  fields: (t) => ({ user: t.field({ type: ViewerType, resolve: (p) => p.user }) }),
});
