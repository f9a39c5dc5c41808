// What a dispatcher's phone intake needs: the company's buildings, and residents to find by
// name, phone or e-mail — only among the buildings the company serves.
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

/** Workers of a contractor in the dispatcher's city, to name who goes. */
export function listContractorWorkers(deps: ServiceDeps, actor: Actor, contractorOrganizationId: string) {
  return deps.db.user.findMany({
    where: {
      memberships: {
        some: {
          role: 'CONTRACTOR',
          organizationId: contractorOrganizationId,
          organization: { kind: 'CONTRACTOR', cityId: actor.cityId ?? '' },
        },
      },
    },
    orderBy: { displayName: 'asc' },
  });
}
