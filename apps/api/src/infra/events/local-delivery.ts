// Delivery to this process's subscribers, per audience (GraphQL Yoga's in-memory pub/sub), with a
// count of the subscriptions open right now.
import { createPubSub } from '@graphql-yoga/subscription';
import type { Audience, RequestEventMessage } from './event-bus.ts';

/** The audiences a message concerns: its city, its resident and every organization involved. */
export function audiencesOf(message: RequestEventMessage): Audience[] {
  const audiences: Audience[] = [`city:${message.cityId}`];
  if (message.residentId) audiences.push(`resident:${message.residentId}`);
  if (message.organizationId) audiences.push(`organization:${message.organizationId}`);
  if (message.contractorOrganizationId && message.contractorOrganizationId !== message.organizationId)
    audiences.push(`organization:${message.contractorOrganizationId}`);
  if (message.intakeOrganizationId) audiences.push(`organization:${message.intakeOrganizationId}`);
  return audiences;
}

type Channels = { requestEvent: [audience: Audience, message: RequestEventMessage] };

export interface LocalDelivery {
  deliver(message: RequestEventMessage): void;
  subscribe(audience: Audience): AsyncIterable<RequestEventMessage>;
  activeSubscriptions(): number;
}

export function createLocalDelivery(): LocalDelivery {
  const pubsub = createPubSub<Channels>();
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
    deliver: (m) => audiencesOf(m).forEach((a) => pubsub.publish('requestEvent', a, m)),
    subscribe: (a) => counted(pubsub.subscribe('requestEvent', a)),
    activeSubscriptions: () => active,
  };
}
