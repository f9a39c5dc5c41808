// What a dispatcher's phone intake and assignment need: the company's buildings, residents to find by
// name, phone or e-mail — only among the buildings the company serves — and its contractors' workers.
import { actorScope, can } from '@citydesk/domain';
import { notFound } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import type { Actor, ServiceDeps } from '../context.ts';

export function listCompanyBuildings(deps: ServiceDeps, actor: Actor) {
  return deps.db.building.findMany({
    where: { managingOrganizationId: actor.organizationId ?? '' },
    orderBy: [{ street: 'asc' }, { houseNumber: 'asc' }],
  });
}

export async function searchResidents(deps: ServiceDeps, actor: Actor, query: string) {
  const text = query.trim();
  if (text.length < 2) return [];
  const digits = text.replace(/\D/g, '');
  return deps.db.user.findMany({
    where: {
      occupancies: {
        some: { premises: { building: { managingOrganizationId: actor.organizationId ?? '' } } },
      },
      OR: [
        { displayName: { contains: text, mode: 'insensitive' } },
        { email: { contains: text.toLowerCase() } },
        ...(digits.length >= 4 ? [{ phone: { contains: digits } }] : []),
      ],
    },
    include: {
      occupancies: {
        where: { premises: { building: { managingOrganizationId: actor.organizationId ?? '' } } },
        include: { premises: { include: { building: true } } },
      },
    },
    orderBy: { displayName: 'asc' },
    take: 20,
  });
}

/**
 * Workers of a contractor the dispatcher's organization contracts, to name who goes. Any other
 * contractor's staff is none of its business: NOT_FOUND, as if there were no such contractor.
 */
export async function listContractorWorkers(
  deps: ServiceDeps,
  actor: Actor,
  contractorOrganizationId: string,
) {
  const scope = actorScope(actor);
  const contract =
    can(actor.role, 'contractor:listWorkers') &&
    scope.kind === 'organization' &&
    isUuid(contractorOrganizationId)
      ? await deps.db.contractorContract.findFirst({
          where: {
            organizationId: scope.organizationId,
            contractorOrganizationId,
            contractorOrganization: { kind: 'CONTRACTOR', cityId: actor.cityId ?? undefined },
          },
          select: { contractorOrganizationId: true },
        })
      : null;
  if (!contract) throw notFound();
  return deps.db.user.findMany({
    where: {
      memberships: { some: { role: 'CONTRACTOR', organizationId: contract.contractorOrganizationId } },
    },
    orderBy: { displayName: 'asc' },
  });
}
