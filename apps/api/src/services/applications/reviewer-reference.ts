// What a reviewer looks up while deciding: the utility account of a subscriber code, colleagues to
// give field tasks to, the tasks themselves; and for a notary office, the city's buildings.
import { trimToNull } from '@citydesk/domain';
import { notAllowed } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import type { Actor, ServiceDeps } from '../context.ts';

function staffOrganization(actor: Actor): string {
  if (actor.role !== 'DISPATCHER' || !actor.organizationId) throw notAllowed();
  return actor.organizationId;
}

export function findUtilityAccount(deps: ServiceDeps, actor: Actor, subscriberCode: string) {
  const organizationId = staffOrganization(actor);
  return deps.db.utilityAccount.findUnique({
    where: { organizationId_subscriberCode: { organizationId, subscriberCode: subscriberCode.trim() } },
  });
}

export function listColleagues(deps: ServiceDeps, actor: Actor) {
  const organizationId = staffOrganization(actor);
  return deps.db.user.findMany({
    where: { memberships: { some: { organizationId, role: 'DISPATCHER' } }, disabledAt: null },
    select: { id: true, displayName: true },
    orderBy: { displayName: 'asc' },
  });
}

export function listReviewTasks(
  deps: ServiceDeps,
  actor: Actor,
  input: { requestId: string | null; mine: boolean },
) {
  const organizationId = staffOrganization(actor);
  if (input.requestId !== null && !isUuid(input.requestId)) return Promise.resolve([]);
  return deps.db.reviewTask.findMany({
    where: {
      request: { organizationId },
      ...(input.requestId ? { requestId: input.requestId } : {}),
      ...(input.mine ? { assigneeId: actor.userId, status: 'OPEN' as const } : {}),
    },
    orderBy: { createdAt: 'asc' },
  });
}

export async function searchCityBuildings(deps: ServiceDeps, actor: Actor, search: string) {
  const organizationId = staffOrganization(actor);
  const text = trimToNull(search);
  if (text === null) return [];
  const office = await deps.db.organization.findUniqueOrThrow({ where: { id: organizationId } });
  return deps.db.building.findMany({
    where: {
      district: { cityId: office.cityId },
      OR: [
        { street: { contains: text, mode: 'insensitive' } },
        { houseNumber: { startsWith: text, mode: 'insensitive' } },
      ],
    },
    select: { id: true, street: true, houseNumber: true },
    orderBy: [{ street: 'asc' }, { houseNumber: 'asc' }],
    take: 20,
  });
}
