import type { Role } from '@citydesk/domain';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../context.ts';
import { administeredCityOf, assertCan, staffOrganizationOf } from './assert-can.ts';

const actor = (role: Role, organizationId: string | null, cityId: string | null): Actor => ({
  userId: 'u1',
  role,
  organizationId,
  cityId,
  displayName: 'Test',
  locale: 'en',
});
const refused = { code: 'NOT_ALLOWED' };

describe('assertCan', () => {
  it('passes a role the policy grants the action and refuses the others with NOT_ALLOWED', () => {
    expect(() => assertCan(actor('DISPATCHER', 'o1', 'c1'), 'request:assign')).not.toThrow();
    for (const role of ['RESIDENT', 'CONTRACTOR', 'ADMINISTRATOR'] as const)
      expect(() => assertCan(actor(role, 'o1', 'c1'), 'request:assign')).toThrow(
        expect.objectContaining(refused),
      );
  });
});

describe('staffOrganizationOf', () => {
  it('gives the organization of staff who may perform the action', () => {
    expect(staffOrganizationOf(actor('DISPATCHER', 'o1', 'c1'), 'application:decide')).toBe('o1');
  });

  it('refuses another role and staff without an organization', () => {
    expect(() => staffOrganizationOf(actor('ADMINISTRATOR', 'a1', 'c1'), 'application:decide')).toThrow(
      expect.objectContaining(refused),
    );
    expect(() => staffOrganizationOf(actor('DISPATCHER', null, 'c1'), 'application:decide')).toThrow(
      expect.objectContaining(refused),
    );
  });
});

describe('administeredCityOf', () => {
  it('gives the administrator’s city', () => {
    expect(administeredCityOf(actor('ADMINISTRATOR', 'a1', 'c1'), 'city:configure')).toBe('c1');
  });

  it('refuses another role and an administrator without a city', () => {
    expect(() => administeredCityOf(actor('DISPATCHER', 'o1', 'c1'), 'city:configure')).toThrow(
      expect.objectContaining(refused),
    );
    expect(() => administeredCityOf(actor('ADMINISTRATOR', 'a1', null), 'city:configure')).toThrow(
      expect.objectContaining(refused),
    );
  });
});
