import type { ApplicationAction } from '../e-services/application-machine.ts';
import type { RequestAction } from '../requests/state-machine.ts';

/**
 * What the audit trail records, as stable dotted codes grouped by their first segment. A code is never
 * renamed or reused once rows carry it (the administrator filters by it, and old rows keep it); add new
 * ones instead. The web shows each in the reader's language
 * (`audit.actions.<code with _ for .>`: dots separate i18next keys).
 */
export const auditActionGroups = {
  auth: [
    'auth.login',
    'auth.login.failed',
    'auth.logout',
    'auth.password.change',
    'auth.password.change.failed',
  ],
  request: [
    'request.file_by_phone',
    'request.route',
    'request.assign',
    'request.reassign',
    'request.start',
    'request.complete_work',
    'request.verify',
    'request.return_for_rework',
    'request.cancel',
    'request.add_note',
    'request.change_category',
    'request.set_priority',
  ],
  application: [
    'application.file_on_behalf',
    'application.start_review',
    'application.request_payment',
    'application.approve',
    'application.refuse',
    'application.invalidate',
    'application.task.create',
    'application.task.complete',
    'application.waiting_list.remove',
    'application.meter_sealing.order',
  ],
  document: ['document.revoke'],
  meter: ['meter.reading.take', 'meter.seal_work.order'],
  payment: ['payment.start', 'payment.settle'],
  notification: ['notification.retry'],
  settings: [
    'settings.city.create',
    'settings.city.update',
    'settings.calendar.set',
    'settings.service_district.set',
  ],
} as const;

export type AuditActionGroup = keyof typeof auditActionGroups;
export type AuditAction = (typeof auditActionGroups)[AuditActionGroup][number];

export const auditActions: readonly AuditAction[] = Object.values(auditActionGroups).flat();

/** Narrows an untrusted value (a filter argument) to an {@link AuditAction}. */
export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && (auditActions as readonly string[]).includes(value);
}

/** What an audit row is about. */
export const auditTargetTypes = [
  'user',
  'request',
  'application',
  'review_task',
  'document',
  'meter',
  'payment',
  'notification',
  'city',
  'holiday_calendar',
  'service_district',
] as const;
export type AuditTargetType = (typeof auditTargetTypes)[number];

/**
 * The audit code of each repair-request step a staff member takes; null for the steps of residents
 * and of the system, which the request's own timeline records (each step belongs to one actor).
 */
export const auditActionOfRequestStep: Record<RequestAction, AuditAction | null> = {
  route: null,
  routeByAdministrator: 'request.route',
  assign: 'request.assign',
  reassign: 'request.reassign',
  start: 'request.start',
  completeWork: 'request.complete_work',
  verify: 'request.verify',
  returnForRework: 'request.return_for_rework',
  confirm: null,
  reject: null,
  autoClose: null,
  reopen: null,
  cancelByResident: null,
  cancelByDispatcher: 'request.cancel',
};

/** The same for e-service applications: the reviewer's steps; registration and payments are the system's. */
export const auditActionOfApplicationStep: Record<ApplicationAction, AuditAction | null> = {
  register: null,
  startReview: 'application.start_review',
  requestPayment: 'application.request_payment',
  confirmPayment: null,
  approve: 'application.approve',
  refuse: 'application.refuse',
  invalidate: 'application.invalidate',
  returnToReview: null,
};
