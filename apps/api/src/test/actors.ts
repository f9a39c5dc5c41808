// Service-level tests act as seeded users without going through HTTP.
import type { Locale, Role } from '@citydesk/domain';
import type { Db } from '../infra/db/database.ts';
import { createLogger } from '../logger.ts';
import type { Actor, ServiceDeps } from '../services/context.ts';
import type { EventBus, RequestEventMessage } from '../infra/events/event-bus.ts';

export async function actorFor(db: Db, email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    include: { memberships: { take: 1, orderBy: { createdAt: 'asc' }, include: { organization: true } } },
  });
  const membership = user.memberships[0]!;
  return {
    userId: user.id,
    role: membership.role as Role,
    organizationId: membership.organizationId,
    cityId: membership.organization?.cityId ?? null,
    displayName: user.displayName,
    locale: user.locale as Locale,
  };
}

/** Service dependencies over a test database, with a movable clock and a bus that records what it publishes. */
export function testDeps(db: Db, start = new Date('2026-11-25T09:00:00Z')) {
  let now = start;
  const published: RequestEventMessage[] = [];
  const events: EventBus = {
    engine: 'memory',
    publish: (m) => void published.push(m),
    subscribe: () => {
      throw new Error('not in service tests');
    },
    activeSubscriptions: () => 0,
    degraded: () => [],
    pendingRelay: () => 0,
    close: async () => undefined,
  };
  const deps: ServiceDeps = { db, events, clock: () => now, log: createLogger('silent') };
  return {
    deps,
    published,
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}
