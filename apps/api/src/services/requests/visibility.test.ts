import type { Role } from '@citydesk/domain';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../context.ts';
import { requestsPayableBy, requestsVisibleTo } from './visibility.ts';

const actor = (role: Role, organizationId: string | null, cityId: string | null): Actor => ({
  userId: 'u1',
  role,
  organizationId,
  cityId,
  displayName: 'Test',
  locale: 'en',
});
const none = { id: { in: [] } };

describe('requestsVisibleTo (the policy’s request scope as a Prisma filter)', () => {
  it('filters a resident to their own, staff to their organization, the administrator to the city', () => {
    expect(requestsVisibleTo(actor('RESIDENT', null, null))).toEqual({ residentId: 'u1' });
    expect(requestsVisibleTo(actor('DISPATCHER', 'o1', 'c1'))).toEqual({
      OR: [{ organizationId: 'o1' }, { intakeOrganizationId: 'o1' }],
    });
    expect(requestsVisibleTo(actor('CONTRACTOR', 'k1', 'c1'))).toEqual({ contractorOrganizationId: 'k1' });
    expect(requestsVisibleTo(actor('ADMINISTRATOR', 'a1', 'c1'))).toEqual({ cityId: 'c1' });
  });

  it('matches no row for staff without an organization or an administrator without a city', () => {
    expect(requestsVisibleTo(actor('DISPATCHER', null, 'c1'))).toEqual(none);
    expect(requestsVisibleTo(actor('CONTRACTOR', null, 'c1'))).toEqual(none);
    expect(requestsVisibleTo(actor('ADMINISTRATOR', 'a1', null))).toEqual(none);
  });
});

describe('requestsPayableBy', () => {
  it('lets a resident pay for their own and a dispatcher only for what their office filed', () => {
    expect(requestsPayableBy(actor('RESIDENT', null, null))).toEqual({ residentId: 'u1' });
    expect(requestsPayableBy(actor('DISPATCHER', 'o1', 'c1'))).toEqual({ intakeOrganizationId: 'o1' });
    expect(requestsPayableBy(actor('CONTRACTOR', 'k1', 'c1'))).toEqual(none);
    expect(requestsPayableBy(actor('ADMINISTRATOR', 'a1', 'c1'))).toEqual(none);
  });
});
