// Reference lists a form needs: categories, the resident's premises, contractors to assign.
import type { Actor, ServiceDeps } from '../context.ts';
import { assertCan } from '../authorization/assert-can.ts';

export function listRepairCategories(deps: ServiceDeps) {
  return deps.db.serviceCategory.findMany({
    // Work other organizations order themselves (meter sealing) is not offered to residents.
    where: { active: true, kind: 'REPAIR', handlingOrganizationKind: 'MANAGEMENT_COMPANY' },
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
  });
}

export function listMyPremises(deps: ServiceDeps, actor: Actor) {
  return deps.db.premises.findMany({
    where: { occupants: { some: { userId: actor.userId } } },
    include: { building: { select: { id: true, street: true, houseNumber: true } } },
    orderBy: [{ building: { street: 'asc' } }, { number: 'asc' }],
  });
}

/** The contractors the dispatcher's organization gives work to (in its city). */
export async function listContractors(deps: ServiceDeps, actor: Actor) {
  assertCan(actor, 'contractor:list');
  if (!actor.cityId || !actor.organizationId) return [];
  return deps.db.organization.findMany({
    where: {
      kind: 'CONTRACTOR',
      cityId: actor.cityId,
      clients: { some: { organizationId: actor.organizationId } },
    },
    orderBy: { name: 'asc' },
  });
}
