// Writes one timeline row inside the caller's transaction and returns the live message that
// `transact` publishes after commit.
import type { Prisma, RequestEventType, RequestStatus } from '../../generated/prisma/client.ts';
import type { Tx } from '../../infra/db/database.ts';
import type { RequestEventMessage } from '../../infra/events/event-bus.ts';
import { eventMessageOf, type EventSubject } from '../../infra/events/event-message.ts';
import type { Actor } from '../context.ts';

export type { EventSubject };

export async function recordRequestEvent(
  tx: Tx,
  input: {
    request: EventSubject;
    type: RequestEventType;
    /** null = the system (routing, timers). */
    actor: Actor | null;
    fromStatus?: RequestStatus | null;
    toStatus?: RequestStatus | null;
    comment?: string | null;
    reasonCode?: string | null;
    data?: Prisma.InputJsonValue;
    at: Date;
  },
): Promise<RequestEventMessage> {
  const event = await tx.requestEvent.create({
    data: {
      requestId: input.request.id,
      type: input.type,
      actorId: input.actor?.userId ?? null,
      actorRole: input.actor?.role ?? null,
      fromStatus: input.fromStatus ?? null,
      toStatus: input.toStatus ?? null,
      comment: input.comment ?? null,
      reasonCode: input.reasonCode ?? null,
      data: input.data ?? {},
      createdAt: input.at,
    },
  });
  return eventMessageOf(event, input.request, input.actor?.displayName ?? null);
}
