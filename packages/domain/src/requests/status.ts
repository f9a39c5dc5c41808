/**
 * Statuses of a repair request. The happy path runs NEW → ROUTED → ASSIGNED → IN_PROGRESS → WORK_DONE → VERIFIED
 * → CLOSED (the resident confirmed the work); RETURNED (sent back for rework), REOPENED (the resident rejected the
 * result), CLOSED_UNCONFIRMED (the resident did not answer in time, so the platform closed it) and CANCELLED branch
 * off it.
 */
export const requestStatuses = [
  'NEW',
  'ROUTED',
  'ASSIGNED',
  'IN_PROGRESS',
  'WORK_DONE',
  'VERIFIED',
  'CLOSED',
  'CLOSED_UNCONFIRMED',
  'RETURNED',
  'REOPENED',
  'CANCELLED',
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/**
 * Statuses that end a request's life: no SLA clock runs and no work queue holds them. Only CLOSED_UNCONFIRMED has a
 * way out — the resident's `reopen`, and only within the window the platform gave when it closed the request.
 */
export const terminalRequestStatuses = [
  'CLOSED',
  'CLOSED_UNCONFIRMED',
  'CANCELLED',
] as const satisfies readonly RequestStatus[];

/** Whether the request has reached the end of its life (closed, closed without confirmation, or cancelled). */
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
