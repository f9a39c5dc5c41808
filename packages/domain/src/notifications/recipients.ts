/**
 * Who cares about which step of a repair request or an e-service application. The actor who took the step is
 * never notified of their own action; everyone else in the named parties is. `intakeOffice` is the staff of the
 * office (a notary) that filed an application on a citizen's behalf; it is nobody when the citizen filed it.
 */
export const notificationParties = [
  'resident',
  'companyDispatchers',
  'contractorStaff',
  'administrators',
  'intakeOffice',
] as const;
export type NotificationParty = (typeof notificationParties)[number];

const partiesOfEvent: Readonly<Record<string, readonly NotificationParty[]>> = {
  FILED: ['resident'],
  ROUTED: ['companyDispatchers'],
  UNROUTED: ['administrators'],
  ASSIGNED: ['resident', 'contractorStaff'],
  STARTED: ['resident'],
  WORK_DONE: ['companyDispatchers'],
  VERIFIED: ['resident'],
  RETURNED: ['contractorStaff'],
  CONFIRMED: ['companyDispatchers', 'contractorStaff'],
  REOPENED: ['companyDispatchers'],
  CANCELLED: ['resident', 'companyDispatchers', 'contractorStaff'],
  AUTO_CLOSED: ['resident', 'companyDispatchers'],
  RATED: ['companyDispatchers'],
  ESCALATED: ['companyDispatchers', 'administrators'],
  // E-service applications. Submission and signing are the applicant's own steps and registration follows at
  // once, so REGISTERED carries the confirmation; review tasks stay inside the reviewing organization.
  SUBMITTED: [],
  SIGNED: [],
  REGISTERED: ['resident', 'companyDispatchers', 'intakeOffice'],
  REVIEW_STARTED: ['resident', 'intakeOffice'],
  TASK_CREATED: ['companyDispatchers'],
  TASK_COMPLETED: ['companyDispatchers'],
  PAYMENT_REQUESTED: ['resident', 'intakeOffice'],
  PAID: ['resident', 'companyDispatchers', 'intakeOffice'],
  // Only the payer can retry a failed payment.
  PAYMENT_FAILED: ['resident'],
  APPROVED: ['resident', 'intakeOffice'],
  REFUSED: ['resident', 'intakeOffice'],
  INVALIDATED: ['resident', 'intakeOffice'],
  SEALING_ORDERED: ['resident'],
  LIST_ENTRY_REMOVED: ['resident'],
  DOCUMENT_REVOKED: ['resident', 'intakeOffice'],
};

/** The parties to notify of an event type (none for notes and edits nobody waits for). */
export function partiesToNotify(eventType: string): readonly NotificationParty[] {
  // Own keys only: `toString` and friends are inherited by the table, not event types.
  return Object.hasOwn(partiesOfEvent, eventType) ? (partiesOfEvent[eventType] ?? []) : [];
}
