// One schema source, five role schemas. Sub-graphs decide what a role's schema contains at all;
// auth scopes check each root field again at run time ("sub-graphs hide, scopes authorize").
// Both come from the policy (packages/domain/src/policy): a root field declares one action with
// `policyField(action)`, is in the schema of every role that `can` perform it, and is checked
// with `can(viewer.role, action)`.
import { callersThatCan, can, type Action, type Role } from '@citydesk/domain';
import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import SubGraphPlugin from '@pothos/plugin-sub-graph';
import { AppError } from '../errors.ts';
import type { GraphQLContext } from './context.ts';

export const roleSubGraphs = ['resident', 'dispatcher', 'contractor', 'administrator'] as const;
export const allSubGraphs = ['anonymous', ...roleSubGraphs] as const;
export type SubGraph = (typeof allSubGraphs)[number];

export const subGraphOfRole: Record<Role, SubGraph> = {
  RESIDENT: 'resident',
  DISPATCHER: 'dispatcher',
  CONTRACTOR: 'contractor',
  ADMINISTRATOR: 'administrator',
};

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  SubGraphs: SubGraph;
  AuthScopes: { can: Action };
  Scalars: { DateTime: { Input: Date; Output: Date }; JSON: { Input: unknown; Output: unknown } };
  DefaultFieldNullability: false;
}>({
  plugins: [ScopeAuthPlugin, SubGraphPlugin],
  defaultFieldNullability: false,
  subGraphs: { defaultForTypes: [], fieldsInheritFromTypes: true },
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({ can: (action) => can(ctx.viewer?.role ?? null, action) }),
    unauthorizedError: (_parent, ctx) => new AppError(ctx.viewer ? 'NOT_ALLOWED' : 'UNAUTHENTICATED'),
  },
});

builder.scalarType('DateTime', {
  subGraphs: [...allSubGraphs],
  description: 'An instant, as an ISO-8601 string in UTC.',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new AppError('INVALID_INPUT');
    return date;
  },
});

builder.scalarType('JSON', {
  subGraphs: [...allSubGraphs],
  description: 'A JSON value whose shape the field documents (e.g. an e-service definition, form answers).',
  serialize: (value) => value,
  parseValue: (value) => value,
});

builder.queryType({ subGraphs: [...allSubGraphs], defaultSubGraphsForFields: [] });
builder.mutationType({ subGraphs: [...allSubGraphs], defaultSubGraphsForFields: [] });
builder.subscriptionType({ subGraphs: [...roleSubGraphs], defaultSubGraphsForFields: [] });

/** The sub-graphs (role schemas) of the callers that may perform an action. */
export const subGraphsFor = (action: Action): SubGraph[] =>
  callersThatCan(action).map((caller) => (caller === 'ANONYMOUS' ? 'anonymous' : subGraphOfRole[caller]));

/**
 * The access rule of a root field: its one policy action decides the role schemas it is in and
 * the scope checked when it is called (`...policyField('request:assign')` in the field's options).
 */
export const policyField = (action: Action) => ({
  subGraphs: subGraphsFor(action),
  authScopes: { can: action },
});
