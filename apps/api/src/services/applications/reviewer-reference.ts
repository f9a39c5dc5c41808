// What a reviewer looks up while deciding: the utility account of a subscriber code, colleagues to
// give field tasks to, the tasks themselves; and for a notary office, the city's buildings.
import { trimToNull } from '@citydesk/domain';
import { isUuid } from '../attachments/attachment-rules.ts';
import { staffOrganizationOf } from '../authorization/assert-can.ts';
import type { Actor, ServiceDeps } from '../context.ts';

export function findUtilityAccount(deps: ServiceDeps, actor: Actor, subscriberCode: string) {
  const organizationId = staffOrganizationOf(actor, 'utilityAccount:read');
  return deps.db.utilityAccount.findUnique({
    where: { organizationId_subscriberCode: { organizationId, subscriberCode: subscriberCode.trim() } },
  });
}

export function listColleagues(deps: ServiceDeps, actor: Actor) {
  const organizationId = staffOrganizationOf(actor, 'staff:listColleagues');
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
  const organizationId = staffOrganizationOf(actor, 'application:review');
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
  const organizationId = staffOrganizationOf(actor, 'building:list');
  const text = trimToNull(search);
  if (text === null) return [];
  const office = await deps.db.organization.findUniqueOrThrow({ where: { id: organizationId } });
  // "Баумана 7" or "ул. Баумана, 7": the words name the street, a trailing number starts the house number.
  const words = text.split(/[\s,]+/).filter((w) => w.length > 0 && !/^(ул|пр|пер|street|st)\.?$/i.test(w));
  const house = words.length > 1 && /^\d/.test(words.at(-1)!) ? words.pop()! : null;
  return deps.db.building.findMany({
    where: {
      district: { cityId: office.cityId },
      AND: words.map((w) => ({ street: { contains: w, mode: 'insensitive' as const } })),
      ...(house ? { houseNumber: { startsWith: house, mode: 'insensitive' as const } } : {}),
    },
    select: { id: true, street: true, houseNumber: true },
    orderBy: [{ street: 'asc' }, { houseNumber: 'asc' }],
    take: 20,
  });
}
