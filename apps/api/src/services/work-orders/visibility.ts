// The Prisma translation of the policy's work-order scope (packages/domain/src/policy): which work
// orders an actor may print or list, within the requests they see. null: none at all.
import { workOrderScope } from '@citydesk/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import { organizationWhere } from '../authorization/organization-where.ts';
import type { Actor } from '../context.ts';

export function workOrdersVisibleTo(actor: Actor): Prisma.WorkOrderWhereInput | null {
  const scope = workOrderScope(actor);
  switch (scope.kind) {
    case 'organization':
      return organizationWhere(scope);
    case 'city':
      return { request: { cityId: scope.cityId } };
    case 'everything':
      return {};
    case 'own':
    case 'nothing':
      return null;
  }
}
