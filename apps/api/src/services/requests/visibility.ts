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
      return actor.organizationId ? { organizationId: actor.organizationId } : nothing;
    case 'CONTRACTOR':
      return actor.organizationId ? { contractorOrganizationId: actor.organizationId } : nothing;
    case 'ADMINISTRATOR':
      return actor.cityId ? { cityId: actor.cityId } : nothing;
  }
}
