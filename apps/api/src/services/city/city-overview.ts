// The administrator's first figures: live counters and the organizations of the city.
import type { RequestStatus } from '../../generated/prisma/client.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { openRequestStatuses } from '@citydesk/domain';
import { assertCan } from '../authorization/assert-can.ts';

export async function cityOverview(deps: ServiceDeps, actor: Actor) {
  assertCan(actor, 'city:readOverview');
  const cityId = actor.cityId ?? '';
  const now = deps.clock();
  const [byStatus, overdue, unrouted] = await Promise.all([
    deps.db.request.groupBy({ by: ['status'], where: { cityId }, _count: { _all: true } }),
    deps.db.request.count({
      where: { cityId, status: { in: [...openRequestStatuses] }, deadlineAt: { lt: now } },
    }),
    deps.db.request.count({ where: { cityId, status: 'NEW', organizationId: null } }),
  ]);
  const count = (s: RequestStatus) => byStatus.find((r) => r.status === s)?._count._all ?? 0;
  return {
    openRequests: openRequestStatuses.reduce((sum, s) => sum + count(s), 0),
    overdueRequests: overdue,
    unroutedRequests: unrouted,
    requestsByStatus: byStatus.map((r) => ({ status: r.status, count: r._count._all })),
  };
}

export async function listOrganizations(deps: ServiceDeps, actor: Actor) {
  assertCan(actor, 'organization:list');
  const organizations = await deps.db.organization.findMany({
    where: { cityId: actor.cityId ?? '' },
    orderBy: [{ kind: 'asc' }, { name: 'asc' }],
    include: { _count: { select: { managedBuildings: true } } },
  });
  const open = await deps.db.request.groupBy({
    by: ['organizationId'],
    where: { cityId: actor.cityId ?? '', status: { in: [...openRequestStatuses] } },
    _count: { _all: true },
  });
  return organizations.map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    buildingCount: o._count.managedBuildings,
    openRequestCount: open.find((r) => r.organizationId === o.id)?._count._all ?? 0,
  }));
}
