// Live events after commit. In-process by default; with REDIS_URL, relayed through Redis so that
// every API instance's subscribers see every instance's events, and backed by the request_event
// table so that a Redis outage delays live updates instead of losing them (event-relay.ts).
import type { Db } from '../db/database.ts';
import type { Logger } from '../../logger.ts';
import { createRedisEventBus } from './event-relay.ts';
import { createLocalDelivery } from './local-delivery.ts';

export { audiencesOf } from './local-delivery.ts';

/** What subscribers receive: a timeline entry plus the ids that decide who may see it. */
export interface RequestEventMessage {
  eventId: string;
  /** The event's `request_event.position` (a bigint, in decimal): its place in the table's order. */
  position: string;
  requestId: string;
  requestNumber: string;
  /** REPAIR (a request) or E_SERVICE (an application): which page shows it. */
  requestKind: 'REPAIR' | 'E_SERVICE';
  type: string;
  createdAt: string;
  fromStatus: string | null;
  toStatus: string | null;
  comment: string | null;
  reasonCode: string | null;
  /** Step details: contractor or company names, a rating, … */
  data: Record<string, unknown>;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  cityId: string;
  residentId: string | null;
  organizationId: string | null;
  contractorOrganizationId: string | null;
  /** The office that filed an application on a citizen's behalf (a notary). */
  intakeOrganizationId: string | null;
}

/** An audience is one subscriber scope; a message goes to every audience it concerns. */
export type Audience = `resident:${string}` | `organization:${string}` | `city:${string}`;

/** A part the service runs without, for now (health reports it). */
export interface Degradation {
  component: 'redis' | 'database';
  reason: string;
  /** redis: live events of this instance waiting to be relayed. */
  pendingEvents?: number;
}

export interface EventBus {
  readonly engine: 'memory' | 'redis';
  /** Called after commit; never throws and never waits (a Redis outage must not fail a request). */
  publish(message: RequestEventMessage): void;
  subscribe(audience: Audience): AsyncIterable<RequestEventMessage>;
  /** Subscriptions open on this instance right now (health, tests). */
  activeSubscriptions(): number;
  /** What the bus is running without right now (empty when healthy). */
  degraded(): Degradation[];
  /** Events committed here that Redis has not acknowledged yet (0 in process; health, tests). */
  pendingRelay(): number;
  close(): Promise<void>;
}

export async function createEventBus(options: {
  redisUrl?: string | undefined;
  db: Db;
  log: Logger;
}): Promise<EventBus> {
  if (options.redisUrl) return createRedisEventBus({ ...options, redisUrl: options.redisUrl });
  const local = createLocalDelivery();
  return {
    engine: 'memory',
    publish(message) {
      try {
        local.deliver(message);
      } catch (error) {
        options.log.error({ err: error, eventId: message.eventId }, 'live event not delivered');
      }
    },
    subscribe: local.subscribe,
    activeSubscriptions: local.activeSubscriptions,
    degraded: () => [],
    pendingRelay: () => 0,
    async close() {},
  };
}
