import { describe, expect, it } from 'vitest';
import { notificationParties, partiesToNotify } from './recipients.ts';

describe('partiesToNotify', () => {
  it('tells the company of a new routed request and the administrator of an unrouted one', () => {
    expect(partiesToNotify('ROUTED')).toEqual(['companyDispatchers']);
    expect(partiesToNotify('UNROUTED')).toEqual(['administrators']);
  });

  it('asks the resident to confirm verified work and tells them of every step they wait for', () => {
    for (const type of ['FILED', 'ASSIGNED', 'STARTED', 'VERIFIED', 'CANCELLED', 'AUTO_CLOSED'])
      expect(partiesToNotify(type)).toContain('resident');
  });

  it('tells the contractor of new work, returns and cancellations', () => {
    for (const type of ['ASSIGNED', 'RETURNED', 'CANCELLED'])
      expect(partiesToNotify(type)).toContain('contractorStaff');
  });

  it('escalates overdue requests to the company and the administrator', () => {
    expect(partiesToNotify('ESCALATED')).toEqual(['companyDispatchers', 'administrators']);
  });

  it('notifies nobody of internal notes', () => {
    expect(partiesToNotify('COMMENTED')).toEqual([]);
    expect(partiesToNotify('CATEGORY_CHANGED')).toEqual([]);
  });

  it("lists the parties, the office that filed on a citizen's behalf last", () => {
    expect(notificationParties).toEqual([
      'resident',
      'companyDispatchers',
      'contractorStaff',
      'administrators',
      'intakeOffice',
    ]);
  });

  it('keeps the repair request mapping unchanged and never tells the intake office of repairs', () => {
    const repair: Record<string, readonly string[]> = {
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
    for (const [type, parties] of Object.entries(repair))
      expect(partiesToNotify(type), type).toEqual(parties);
  });

  it.each([
    ['SUBMITTED', []],
    ['SIGNED', []],
    ['REGISTERED', ['resident', 'companyDispatchers', 'intakeOffice']],
    ['REVIEW_STARTED', ['resident', 'intakeOffice']],
    ['TASK_CREATED', ['companyDispatchers']],
    ['TASK_COMPLETED', ['companyDispatchers']],
    ['PAYMENT_REQUESTED', ['resident', 'intakeOffice']],
    ['PAID', ['resident', 'companyDispatchers', 'intakeOffice']],
    ['PAYMENT_FAILED', ['resident']],
    ['APPROVED', ['resident', 'intakeOffice']],
    ['REFUSED', ['resident', 'intakeOffice']],
    ['INVALIDATED', ['resident', 'intakeOffice']],
    ['SEALING_ORDERED', ['resident']],
    ['LIST_ENTRY_REMOVED', ['resident']],
    ['DOCUMENT_REVOKED', ['resident', 'intakeOffice']],
  ] as const)('notifies of the application event %s: %j', (type, parties) => {
    expect(partiesToNotify(type)).toEqual(parties);
  });

  it('does not take inherited object keys for event types', () => {
    expect(partiesToNotify('toString')).toEqual([]);
    expect(partiesToNotify('constructor')).toEqual([]);
  });
});
