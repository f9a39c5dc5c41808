import { describe, expect, it } from 'vitest';
import { partiesToNotify } from './recipients.ts';

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
});
