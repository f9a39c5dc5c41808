// Live events after commit. In-process by default; Redis pub/sub when REDIS_URL is set, so that
// every API instance's subscribers see every instance's events. Built on GraphQL Yoga's pub/sub
// (an EventTarget, swapped for a Redis-backed one), not on a hand-written broker.
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';

/** What subscribers receive: a timeline entry plus the ids that decide who may see it. */
export interface RequestEventMessage {
  eventId: string;
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

export function audiencesOf(message: RequestEventMessage): Audience[] {
  const audiences: Audience[] = [`city:${message.cityId}`];
  if (message.residentId) audiences.push(`resident:${message.residentId}`);
  if (message.organizationId) audiences.push(`organization:${message.organizationId}`);
  if (message.contractorOrganizationId && message.contractorOrganizationId !== message.organizationId)
    audiences.push(`organization:${message.contractorOrganizationId}`);
  if (message.intakeOrganizationId) audiences.push(`organization:${message.intakeOrganizationId}`);
  return audiences;
}

export interface EventBus {
  readonly engine: 'memory' | 'redis';
  publish(message: RequestEventMessage): void;
  subscribe(audience: Audience): AsyncIterable<RequestEventMessage>;
  /** Subscriptions open on this instance right now (health, tests). */
  activeSubscriptions(): number;
  close(): Promise<void>;
}

type Channels = { requestEvent: [audience: Audience, message: RequestEventMessage] };

export async function createEventBus(redisUrl?: string): Promise<EventBus> {
  const redis = redisUrl ? await connectRedisPair(redisUrl) : null;
  const pubsub = createPubSub<Channels>(redis ? { eventTarget: createRedisEventTarget(redis) } : {});
  let active = 0;
  async function* counted(source: AsyncIterable<RequestEventMessage>) {
    active += 1;
    try {
      yield* source;
    } finally {
      active -= 1;
    }
  }
  return {
    engine: redis ? 'redis' : 'memory',
    publish: (m) => audiencesOf(m).forEach((a) => pubsub.publish('requestEvent', a, m)),
    subscribe: (a) => counted(pubsub.subscribe('requestEvent', a)),
    activeSubscriptions: () => active,
    async close() {
      redis?.publishClient.disconnect();
      redis?.subscribeClient.disconnect();
    },
  };
}

/** Redis needs a connection of its own for SUBSCRIBE. */
async function connectRedisPair(url: string) {
  const publishClient = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(url, { lazyConnect: true });
  await Promise.all([publishClient.connect(), subscribeClient.connect()]);
  return { publishClient, subscribeClient };
}
