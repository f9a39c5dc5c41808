/**
 * Who cares about which step of a repair request. The actor who took the step is never notified
 * of their own action; everyone else in the named parties is.
 */
export const notificationParties = [
  'resident',
  'companyDispatchers',
  'contractorStaff',
  'administrators',
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
};

/** The parties to notify of an event type (none for notes and edits nobody waits for). */
export function partiesToNotify(eventType: string): readonly NotificationParty[] {
  return partiesOfEvent[eventType] ?? [];
}
