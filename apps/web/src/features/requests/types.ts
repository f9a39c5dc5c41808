// Role-neutral shapes of a request, as the shared components need them. Every role's generated types
// (src/gql/<role>/) are assignable to these, so one timeline or badge serves all four consoles.
// The enum unions come from the message catalogue: a status without a translation cannot be shown.
import type { Messages } from '@citydesk/i18n';

export type RequestStatus = keyof Messages['requestStatus'];
export type RequestEventType = keyof Messages['requestEvent'];
export type Role = keyof Messages['role'];
export type CommonArea = keyof Messages['commonArea'];
export type RequestPriority = keyof Messages['priority'];
export type RequestChannel = keyof Messages['channel'];
export type OrganizationKind = keyof Messages['organizationKind'];

export interface RequestLocationFields {
  address: string;
  premisesNumber: string | null;
  commonArea: CommonArea | null;
}

export interface RequestSummaryFields extends RequestLocationFields {
  id: string;
  number: string;
  status: RequestStatus;
  priority: RequestPriority;
  overdue: boolean;
  deadlineAt: string;
  category: { name: string; isEmergency: boolean };
}

export interface TimelineEventFields {
  id: string;
  type: RequestEventType;
  createdAt: string;
  fromStatus: RequestStatus | null;
  toStatus: RequestStatus | null;
  comment: string | null;
  reasonCode?: string | null;
  /** ASSIGNED: who got the work; ROUTED by an administrator: the company; RATED: 1–5. */
  contractorName?: string | null;
  assigneeName?: string | null;
  organizationName?: string | null;
  rating?: number | null;
  /** AUTO_CLOSED: until when the resident may reopen the request closed without their confirmation. */
  reopenUntil?: string | null;
  actorName: string | null;
  actorRole: Role | null;
}

export type ReasonCode = keyof Messages['reason'];
export type AttachmentKind = keyof Messages['attachmentKind'];

export interface AttachmentFields {
  id: string;
  kind: AttachmentKind;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  eventId: string | null;
  url: string;
}

export interface RequestDetailFields extends RequestSummaryFields {
  channel: RequestChannel;
  description: string;
  contactName: string;
  contactPhone: string;
  createdAt: string;
  organization: { name: string } | null;
  contractor: { name: string } | null;
  timeline: readonly TimelineEventFields[];
}

/** Statuses after which a deadline no longer matters. */
export const finishedStatuses: ReadonlySet<RequestStatus> = new Set<RequestStatus>([
  'CLOSED',
  'CLOSED_UNCONFIRMED',
  'CANCELLED',
]);
