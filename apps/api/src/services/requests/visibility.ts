// Row-level access: what part of the requests table an actor can see. Every read goes through
// this, so another party's request is simply NOT_FOUND (never "forbidden", which would confirm it exists).
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Actor } from '../context.ts';

const nothing: Prisma.RequestWhereInput = { id: { in: [] } };

export function requestsVisibleTo(actor: Actor): Prisma.RequestWhereInput {
  switch (actor.role) {
    case 'RESIDENT':
      return { residentId: actor.userId };
    case 'DISPATCHER':
      // The organization's own work, and what its office filed on a citizen's behalf (notaries).
      return actor.organizationId
        ? { OR: [{ organizationId: actor.organizationId }, { intakeOrganizationId: actor.organizationId }] }
        : nothing;
    case 'CONTRACTOR':
      return actor.organizationId ? { contractorOrganizationId: actor.organizationId } : nothing;
    case 'ADMINISTRATOR':
      return actor.cityId ? { cityId: actor.cityId } : nothing;
  }
}
