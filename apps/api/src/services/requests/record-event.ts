// Writes one timeline row inside the caller's transaction and returns the live message that
// `transact` publishes after commit.
import type { Prisma, RequestEventType, RequestStatus } from '../../generated/prisma/client.ts';
import type { Tx } from '../../infra/db/database.ts';
import type { RequestEventMessage } from '../../infra/events/event-bus.ts';
import type { Actor } from '../context.ts';

export interface EventSubject {
  id: string;
  number: string;
  kind: 'REPAIR' | 'E_SERVICE';
  cityId: string;
  residentId: string | null;
  organizationId: string | null;
  contractorOrganizationId: string | null;
  intakeOrganizationId: string | null;
}

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
  return {
    eventId: event.id,
    requestId: input.request.id,
    requestNumber: input.request.number,
    requestKind: input.request.kind,
    type: event.type,
    createdAt: event.createdAt.toISOString(),
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    comment: event.comment,
    reasonCode: event.reasonCode,
    data: (event.data ?? {}) as Record<string, unknown>,
    actorId: input.actor?.userId ?? null,
    actorName: input.actor?.displayName ?? null,
    actorRole: event.actorRole,
    cityId: input.request.cityId,
    residentId: input.request.residentId,
    organizationId: input.request.organizationId,
    contractorOrganizationId: input.request.contractorOrganizationId,
    intakeOrganizationId: input.request.intakeOrganizationId,
  };
}
