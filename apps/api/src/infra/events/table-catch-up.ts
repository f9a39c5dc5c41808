// Reads of the request_event table for the relay's sweeps (see event-relay.ts): first only ids and
// positions after the floor (cheap, mostly already delivered), then the full messages of the few
// that are not.
import type { Db } from '../db/database.ts';
import type { RequestEventMessage } from './event-bus.ts';
import { eventMessageOf } from './event-message.ts';

export async function latestPosition(db: Db): Promise<bigint> {
  const last = await db.requestEvent.findFirst({ orderBy: { position: 'desc' }, select: { position: true } });
  return last?.position ?? 0n;
}

/** Ids and positions of the events after `after`, in position order, at most `limit`. */
export function positionsAfter(db: Db, after: bigint, limit: number) {
  return db.requestEvent.findMany({
    where: { position: { gt: after } },
    orderBy: { position: 'asc' },
    select: { id: true, position: true },
    take: limit,
  });
}

/**
 * The live messages of these events, in position order. The audience ids are the request's as they
 * are now (the message published at commit carried them as they were then; they differ only if the
 * request moved on to another company since, and then the new one is the one concerned).
 */
export async function eventMessages(db: Db, ids: string[]): Promise<RequestEventMessage[]> {
  const events = await db.requestEvent.findMany({
    where: { id: { in: ids } },
    orderBy: { position: 'asc' },
    include: {
      actor: { select: { displayName: true } },
      request: {
        select: {
          id: true,
          number: true,
          kind: true,
          cityId: true,
          residentId: true,
          organizationId: true,
          contractorOrganizationId: true,
          intakeOrganizationId: true,
        },
      },
    },
  });
  return events.map((e) => eventMessageOf(e, e.request, e.actor?.displayName ?? null));
}
