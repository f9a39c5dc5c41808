// The live message of one request_event row: the same shape whether it was just written
// (record-event.ts), read for a timeline (list-requests.ts) or caught up from the table (table-catch-up.ts).
import type { RequestEventMessage } from './event-bus.ts';

/** The request an event belongs to: its number, kind and the ids that decide who hears of it. */
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

/** The columns of a request_event row the message carries. */
export interface EventRow {
  id: string;
  position: bigint;
  type: string;
  createdAt: Date;
  fromStatus: string | null;
  toStatus: string | null;
  comment: string | null;
  reasonCode: string | null;
  data: unknown;
  actorId: string | null;
  actorRole: string | null;
}

export function eventMessageOf(
  event: EventRow,
  subject: EventSubject,
  actorName: string | null,
): RequestEventMessage {
  return {
    eventId: event.id,
    position: event.position.toString(),
    requestId: subject.id,
    requestNumber: subject.number,
    requestKind: subject.kind,
    type: event.type,
    createdAt: event.createdAt.toISOString(),
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    comment: event.comment,
    reasonCode: event.reasonCode,
    data: (event.data ?? {}) as Record<string, unknown>,
    actorId: event.actorId,
    actorName,
    actorRole: event.actorRole,
    cityId: subject.cityId,
    residentId: subject.residentId,
    organizationId: subject.organizationId,
    contractorOrganizationId: subject.contractorOrganizationId,
    intakeOrganizationId: subject.intakeOrganizationId,
  };
}
