/**
 * Statuses of a repair request. The happy path runs NEW → ROUTED → ASSIGNED → IN_PROGRESS → WORK_DONE → VERIFIED
 * → CLOSED; RETURNED (sent back for rework), REOPENED (the resident rejected the result) and CANCELLED branch off it.
 */
export const requestStatuses = [
  'NEW',
  'ROUTED',
  'ASSIGNED',
  'IN_PROGRESS',
  'WORK_DONE',
  'VERIFIED',
  'CLOSED',
  'RETURNED',
  'REOPENED',
  'CANCELLED',
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** Statuses no action leads out of. */
export const terminalRequestStatuses = ['CLOSED', 'CANCELLED'] as const satisfies readonly RequestStatus[];

/** Whether the request has reached the end of its life (closed or cancelled); nothing can change it any more. */
export function isTerminal(status: RequestStatus): boolean {
  return (terminalRequestStatuses as readonly RequestStatus[]).includes(status);
}

/** Whether the request is still being worked on — the opposite of {@link isTerminal}; open requests run SLA clocks. */
export function isOpen(status: RequestStatus): boolean {
  return !isTerminal(status);
}

/** Narrows an untrusted value (a database column, a GraphQL enum) to a {@link RequestStatus}. */
export function isRequestStatus(value: unknown): value is RequestStatus {
  return typeof value === 'string' && (requestStatuses as readonly string[]).includes(value);
}

/** Statuses that still run an SLA clock and belong in work queues. */
export const openRequestStatuses: readonly RequestStatus[] = requestStatuses.filter(isOpen);
