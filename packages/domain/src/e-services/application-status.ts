/**
 * Statuses of an e-service application. The happy path runs SUBMITTED → REGISTERED → IN_REVIEW → APPROVED, through
 * AWAITING_PAYMENT when the applicant owes a fee or a debt; REFUSED (on named legal grounds) and INVALID (wrong
 * data, nothing to decide on) end it otherwise.
 */
export const applicationStatuses = [
  'SUBMITTED',
  'REGISTERED',
  'IN_REVIEW',
  'AWAITING_PAYMENT',
  'APPROVED',
  'REFUSED',
  'INVALID',
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** Decided statuses: they leave the work queues (only an invalidation still leads out of APPROVED). */
export const terminalApplicationStatuses = [
  'APPROVED',
  'REFUSED',
  'INVALID',
] as const satisfies readonly ApplicationStatus[];

/** Whether the application has been decided (approved, refused or invalidated). */
export function isTerminalApplicationStatus(status: ApplicationStatus): boolean {
  return (terminalApplicationStatuses as readonly ApplicationStatus[]).includes(status);
}

/** Narrows an untrusted value (a database column, a GraphQL enum) to an {@link ApplicationStatus}. */
export function isApplicationStatus(value: unknown): value is ApplicationStatus {
  return typeof value === 'string' && (applicationStatuses as readonly string[]).includes(value);
}

/** Statuses still waiting for someone: they belong in work queues. */
export const openApplicationStatuses: readonly ApplicationStatus[] = applicationStatuses.filter(
  (status) => !isTerminalApplicationStatus(status),
);

/**
 * Statuses in which the handling organization owes the next step, so the service's SLA clock runs: not before
 * registration (an unsigned application is the applicant's) and not while the applicant is to pay.
 */
export const clockedApplicationStatuses = [
  'REGISTERED',
  'IN_REVIEW',
] as const satisfies readonly ApplicationStatus[];
