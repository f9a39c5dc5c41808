import { describe, expect, it } from 'vitest';
import type { Role } from '../roles.ts';
import {
  actorScope,
  dashboardScope,
  decisionScope,
  inScope,
  paymentScope,
  requestScope,
  workOrderScope,
  type ScopedActor,
} from './row-scopes.ts';

const actor = (role: Role, organizationId: string | null, cityId: string | null): ScopedActor => ({
  role,
  userId: 'u1',
  organizationId,
  cityId,
});
const resident = actor('RESIDENT', null, null);
const dispatcher = actor('DISPATCHER', 'o1', 'c1');
const contractor = actor('CONTRACTOR', 'k1', 'c1');
const administrator = actor('ADMINISTRATOR', 'a1', 'c1');
const nothing = { kind: 'nothing' };

describe('row scopes', () => {
  it('ties each actor to their own rows, their organization or their city', () => {
    expect(actorScope(resident)).toEqual({ kind: 'own', userId: 'u1' });
    expect(actorScope(dispatcher)).toEqual({ kind: 'organization', organizationId: 'o1' });
    expect(actorScope(contractor)).toEqual({ kind: 'organization', organizationId: 'k1' });
    expect(actorScope(administrator)).toEqual({ kind: 'city', cityId: 'c1' });
  });

  it('gives staff without an organization and an administrator without a city nothing', () => {
    for (const role of ['DISPATCHER', 'CONTRACTOR'] as const) {
      const orphan = actor(role, null, 'c1');
      expect(actorScope(orphan)).toEqual(nothing);
      expect(requestScope(orphan)).toEqual(nothing);
      expect(dashboardScope(orphan)).toEqual(nothing);
    }
    expect(workOrderScope(actor('CONTRACTOR', null, 'c1'))).toEqual(nothing);
    expect(actorScope(actor('ADMINISTRATOR', 'a1', null))).toEqual(nothing);
    expect(requestScope(actor('ADMINISTRATOR', 'a1', null))).toEqual(nothing);
  });

  it('lets a resident see the requests they filed, staff their organization’s, the administrator the city’s', () => {
    expect(requestScope(resident)).toEqual({ kind: 'own', field: 'residentId', userId: 'u1' });
    expect(requestScope(dispatcher)).toEqual({
      kind: 'organization',
      fields: ['organizationId', 'intakeOrganizationId'],
      organizationId: 'o1',
    });
    expect(requestScope(contractor)).toEqual({
      kind: 'organization',
      fields: ['contractorOrganizationId'],
      organizationId: 'k1',
    });
    expect(requestScope(administrator)).toEqual({ kind: 'city', cityId: 'c1' });
  });

  it('lets a contractor print only its own work orders and a resident none', () => {
    expect(workOrderScope(resident)).toEqual(nothing);
    expect(workOrderScope(contractor)).toEqual({
      kind: 'organization',
      fields: ['contractorOrganizationId'],
      organizationId: 'k1',
    });
    expect(workOrderScope(dispatcher)).toEqual({ kind: 'everything' });
    expect(workOrderScope(administrator)).toEqual({ kind: 'everything' });
  });

  it('fixes whose dashboard figures staff read; the administrator reads every organization’s', () => {
    expect(dashboardScope(resident)).toEqual(nothing);
    expect(dashboardScope(dispatcher)).toEqual({
      kind: 'organization',
      fields: ['organizationId'],
      organizationId: 'o1',
    });
    expect(dashboardScope(contractor)).toEqual({
      kind: 'organization',
      fields: ['contractorId'],
      organizationId: 'k1',
    });
    expect(dashboardScope(administrator)).toEqual({ kind: 'everything' });
    expect(dashboardScope(actor('ADMINISTRATOR', 'a1', null))).toEqual({ kind: 'everything' });
  });

  it('lets a resident pay for their own applications and a dispatcher only for what their office filed', () => {
    expect(paymentScope(resident)).toEqual({ kind: 'own', field: 'residentId', userId: 'u1' });
    expect(paymentScope(dispatcher)).toEqual({
      kind: 'organization',
      fields: ['intakeOrganizationId'],
      organizationId: 'o1',
    });
    expect(paymentScope(actor('DISPATCHER', null, 'c1'))).toEqual(nothing);
    expect(paymentScope(contractor)).toEqual(nothing);
    expect(paymentScope(administrator)).toEqual(nothing);
  });

  it('lets only a dispatcher decide, and only their organization’s applications', () => {
    expect(decisionScope(dispatcher)).toEqual({
      kind: 'organization',
      fields: ['organizationId'],
      organizationId: 'o1',
    });
    for (const other of [resident, contractor, administrator, actor('DISPATCHER', null, 'c1')])
      expect(decisionScope(other)).toEqual(nothing);
  });

  it('tells whether a loaded row is in a scope', () => {
    const row = { residentId: 'u1', organizationId: 'o2', intakeOrganizationId: 'o1', cityId: 'c1' };
    expect(inScope(requestScope(resident), row)).toBe(true);
    expect(inScope(requestScope(resident), { ...row, residentId: 'u2' })).toBe(false);
    expect(inScope(requestScope(dispatcher), row)).toBe(true); // filed by its office
    expect(inScope(decisionScope(dispatcher), row)).toBe(false); // but decided by another
    expect(inScope(requestScope(administrator), row)).toBe(true);
    expect(inScope(requestScope(administrator), { ...row, cityId: 'c2' })).toBe(false);
    expect(inScope({ kind: 'everything' }, {})).toBe(true);
    expect(inScope(nothing as never, row)).toBe(false);
    // A missing id never matches a staff member's organization.
    expect(inScope(paymentScope(actor('DISPATCHER', null, 'c1')), { intakeOrganizationId: null })).toBe(
      false,
    );
  });
});
