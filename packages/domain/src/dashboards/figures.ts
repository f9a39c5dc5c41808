// Which statuses each dashboard figure counts; the SQL of the dashboards and of `request_metric_source`
// follows these lists.
import { openRequestStatuses } from '../requests/status.ts';
import { clockedApplicationStatuses, openApplicationStatuses } from '../e-services/application-status.ts';

/** Not finished yet: a repair before closing or cancelling, an application before its decision. */
export const openStatuses: readonly string[] = [...openRequestStatuses, ...openApplicationStatuses];

/** Past its deadline means overdue: every open repair, and an application while the office's clock runs. */
export const overdueCountingStatuses: readonly string[] = [
  ...openRequestStatuses,
  ...clockedApplicationStatuses,
];

/**
 * Resolved: a repair closed — confirmed by the resident (CLOSED) or closed by the platform without their
 * confirmation (CLOSED_UNCONFIRMED), which the figures count apart — or an application decided. Cancelled
 * requests are neither.
 */
export const resolvedStatuses: readonly string[] = [
  'CLOSED',
  'CLOSED_UNCONFIRMED',
  'APPROVED',
  'REFUSED',
  'INVALID',
];

/** `part` of `whole` as a fraction 0–1; null when there is nothing to divide (no data is not 0 %). */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
