// The run-time half of "sub-graphs hide, scopes authorize": a field's scope asks the policy's
// `can(viewer.role, action)` again, so a caller that reaches a field outside its role (a stale
// session, a schema picked wrongly) is refused before any resolver runs.
import { execute, parse } from 'graphql';
import type { Role } from '@citydesk/domain';
import { describe, expect, it, vi } from 'vitest';
import type { GraphQLContext } from './context.ts';
import { roleSchemas } from './schema.ts';

// The services assert the same actions; switched off here, so only the field's scope can refuse.
vi.mock('../services/authorization/assert-can.ts', () => ({
  assertCan: () => undefined,
  staffOrganizationOf: () => 'o1',
  administeredCityOf: () => 'c1',
}));

const schemas = roleSchemas();
const contextOf = (role: Role | null) => {
  const deps = new Proxy(
    {},
    {
      get: vi.fn(() => {
        throw new Error('no resolver may run');
      }),
    },
  );
  const viewer = role
    ? {
        userId: 'u1',
        role,
        organizationId: 'o1',
        cityId: 'c1',
        displayName: 'T',
        locale: 'en',
        sessionId: 's',
        membershipId: 'm',
        email: 'e',
        phone: null,
      }
    : null;
  return { viewer, locale: 'en', deps } as unknown as GraphQLContext;
};
const run = async (schema: keyof typeof schemas, source: string, role: Role | null) => {
  const result = await execute({
    schema: schemas[schema],
    document: parse(source),
    contextValue: contextOf(role),
  });
  return result.errors?.map((e) => (e.originalError as { code?: string } | undefined)?.code);
};

describe('policy scope on root fields', () => {
  it('refuses a signed-in role the field’s action is not granted to with NOT_ALLOWED', async () => {
    expect(await run('dispatcher', '{ queue { id } }', 'RESIDENT')).toEqual(['NOT_ALLOWED']);
    expect(await run('administrator', '{ auditLog { pageInfo { hasNextPage } } }', 'DISPATCHER')).toEqual([
      'NOT_ALLOWED',
    ]);
  });

  it('refuses the anonymous caller a signed-in field with UNAUTHENTICATED', async () => {
    expect(await run('resident', '{ myNotifications { id } }', null)).toEqual(['UNAUTHENTICATED']);
  });
});
