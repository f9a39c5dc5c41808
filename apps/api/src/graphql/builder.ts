// One schema source, five role schemas. Sub-graphs decide what a role's schema contains at all;
// auth scopes check each root field again at run time ("sub-graphs hide, scopes authorize").
import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import SubGraphPlugin from '@pothos/plugin-sub-graph';
import { AppError } from '../errors.ts';
import type { GraphQLContext } from './context.ts';

export const roleSubGraphs = ['resident', 'dispatcher', 'contractor', 'administrator'] as const;
export const allSubGraphs = ['anonymous', ...roleSubGraphs] as const;
export type SubGraph = (typeof allSubGraphs)[number];

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  SubGraphs: SubGraph;
  AuthScopes: {
    public: boolean;
    signedIn: boolean;
    resident: boolean;
    dispatcher: boolean;
    contractor: boolean;
    administrator: boolean;
  };
  Scalars: { DateTime: { Input: Date; Output: Date }; JSON: { Input: unknown; Output: unknown } };
  DefaultFieldNullability: false;
}>({
  plugins: [ScopeAuthPlugin, SubGraphPlugin],
  defaultFieldNullability: false,
  subGraphs: { defaultForTypes: [], fieldsInheritFromTypes: true },
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      public: true,
      signedIn: ctx.viewer !== null,
      resident: ctx.viewer?.role === 'RESIDENT',
      dispatcher: ctx.viewer?.role === 'DISPATCHER',
      contractor: ctx.viewer?.role === 'CONTRACTOR',
      administrator: ctx.viewer?.role === 'ADMINISTRATOR',
    }),
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
