// The role schemas are the permission model: these tests fail when a role gains a field it
// should not have, when a root field has no access rule, or when the committed snapshot is stale.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  lexicographicSortSchema,
  printSchema,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { can, isAction, type Action, type Role } from '@citydesk/domain';
import { roleSchemas, subGraphOfRole } from './schema.ts';
import type { SubGraph } from './builder.ts';

const schemas = roleSchemas();
const rootFields = (schema: GraphQLSchema) =>
  [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    .filter((t): t is GraphQLObjectType => Boolean(t))
    .flatMap((type) => Object.values(type.getFields()).map((field) => ({ type: type.name, field })));
const fieldNames = (schema: GraphQLSchema) =>
  rootFields(schema)
    .map((f) => `${f.type}.${f.field.name}`)
    .sort();

const actionOf = (field: GraphQLField<unknown, unknown>) =>
  (field.extensions?.pothosOptions as { authScopes?: { can?: unknown } } | undefined)?.authScopes?.can;
const roleOfSubGraph = Object.fromEntries(
  Object.entries(subGraphOfRole).map(([role, subGraph]) => [subGraph, role as Role]),
) as Partial<Record<SubGraph, Role>>;

describe('role schemas', () => {
  it('gives the resident no field for assigning, verifying or administering', () => {
    // verifyDocument is the public check of an issued document's code (every role has it, even the
    // anonymous one), not a staff verb like verifyWork.
    const names = fieldNames(schemas.resident)
      .filter((name) => name !== 'Query.verifyDocument')
      .join(' ');
    expect(names).not.toMatch(
      /assign|verify|queue|organizations|cityOverview|unrouted|workOrders|contractors|decide|approve|refuse|invalidate|review|sealing|waitingList|onBehalf|intake|serviceDistrict|cityApplications|setMeterReadingWindow/i,
    );
    expect(printSchema(schemas.resident)).not.toMatch(
      /AssignRequestInput|CityOverview|type WorkOrder\b|PhoneIntakeInput|OutboxMessage/,
    );
  });

  it('gives the anonymous caller only the session fields, signing up and resetting a password, the city, the public document check, tracking and the transparency page', () => {
    // verifyDocument: a bank or notary checks a certificate's code without an account (seed 001);
    // trackApplication: the client a notary filed for opens it with the number and the access code;
    // city: its name, time zone and currency, which every page shows; transparency: how companies
    // handle repairs, for everyone (seed 002); setupRequired and setUpCity: the first run of an installation
    // without a city (the mutation needs the token the server printed); a resident signs up and resets a
    // forgotten password (issue 13).
    expect(fieldNames(schemas.anonymous)).toEqual([
      'Mutation.confirmRegistration',
      'Mutation.login',
      'Mutation.logout',
      'Mutation.registerResident',
      'Mutation.requestPasswordReset',
      'Mutation.resetPassword',
      'Mutation.setUpCity',
      'Query.city',
      'Query.me',
      'Query.setupRequired',
      'Query.trackApplication',
      'Query.transparency',
      'Query.transparencyDistricts',
      'Query.verifyDocument',
    ]);
  });

  it('gives every signed-in role the session fields and setMyLocale', () => {
    for (const name of ['resident', 'dispatcher', 'contractor', 'administrator'] as const)
      expect(fieldNames(schemas[name])).toEqual(
        expect.arrayContaining(['Query.me', 'Mutation.login', 'Mutation.logout', 'Mutation.setMyLocale']),
      );
  });

  it('makes every role schema different from every other', () => {
    const printed = Object.values(schemas).map((s) => printSchema(lexicographicSortSchema(s)));
    expect(new Set(printed).size).toBe(printed.length);
  });

  it('puts an access rule on every root field of every schema', () => {
    const missing = Object.entries(schemas).flatMap(([role, schema]) =>
      rootFields(schema)
        .filter(
          ({ field }) =>
            !(field.extensions?.pothosOptions as { authScopes?: unknown } | undefined)?.authScopes,
        )
        .map(({ type, field }) => `${role}: ${type}.${field.name}`),
    );
    expect(missing).toEqual([]);
  });

  it('matches the committed snapshot in apps/api/schema (run `pnpm schema:emit`)', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      const committed = readFileSync(
        path.resolve(import.meta.dirname, `../../schema/${name}.graphql`),
        'utf8',
      );
      expect(committed).toContain(printSchema(lexicographicSortSchema(schema)));
    }
  });

  it('gives every root field of every schema one policy action', () => {
    const without = Object.entries(schemas).flatMap(([role, schema]) =>
      rootFields(schema)
        .filter(({ field }) => !isAction(actionOf(field)))
        .map(({ type, field }) => `${role}: ${type}.${field.name}`),
    );
    expect(without).toEqual([]);
  });

  it('puts into each schema exactly the root fields whose action its role can perform', () => {
    // Every root field of any schema, with its action: the policy decides where each one belongs.
    const everyField = new Map<string, Action>();
    for (const schema of Object.values(schemas))
      for (const { type, field } of rootFields(schema))
        everyField.set(`${type}.${field.name}`, actionOf(field) as Action);
    for (const [subGraph, schema] of Object.entries(schemas) as [SubGraph, GraphQLSchema][]) {
      const role = roleOfSubGraph[subGraph] ?? null;
      const allowed = [...everyField].filter(([, action]) => can(role, action)).map(([name]) => name);
      expect({ subGraph, fields: fieldNames(schema) }).toEqual({ subGraph, fields: allowed.sort() });
    }
  });
});
