// What every service function receives: its dependencies and the acting user.
import type { Locale, Role } from '@citydesk/domain';
import type { Db, Tx } from '../infra/db/database.ts';
import type { EventBus, RequestEventMessage } from '../infra/events/event-bus.ts';
import type { Logger } from '../logger.ts';
import { refreshRequestMetrics } from './dashboards/refresh-metrics.ts';
import { enqueueNotifications } from './notifications/enqueue-notifications.ts';

export interface ServiceDeps {
  db: Db;
  events: EventBus;
  /** Injected so tests never wait for time to pass. */
  clock: () => Date;
  log: Logger;
}

/** The signed-in user a service acts for. */
export interface Actor {
  userId: string;
  role: Role;
  /** The organization a staff member acts for (null for residents). */
  organizationId: string | null;
  /** The city of that organization (the administrator's city). */
  cityId: string | null;
  displayName: string;
  locale: Locale;
  /** Where the action comes from, for the audit trail (unset in service tests and jobs). */
  origin?: RequestOrigin;
}

/** The client's address (as TRUST_PROXY lets us see it) and the id of the HTTP request or socket operation. */
export interface RequestOrigin {
  ip: string | null;
  requestId: string | null;
}

export type Emit = (message: RequestEventMessage) => void;

/**
 * Runs `work` in one database transaction, writes the notifications of the events it emitted and
 * refreshes the dashboard figures of their requests in that same transaction, and publishes the events only after the commit succeeded, so no
 * subscriber ever sees a change that was rolled back.
 */
export async function transact<T>(deps: ServiceDeps, work: (tx: Tx, emit: Emit) => Promise<T>): Promise<T> {
  const emitted: RequestEventMessage[] = [];
  const result = await deps.db.$transaction(async (tx) => {
    const value = await work(tx, (m) => emitted.push(m));
    await enqueueNotifications(tx, emitted, deps.clock());
    await refreshRequestMetrics(
      tx,
      emitted.map((m) => m.requestId),
    );
    return value;
  });
  for (const message of emitted) deps.events.publish(message);
  return result;
}
