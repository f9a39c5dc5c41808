// Limits every operation must pass, on HTTP and on WebSocket alike (graphql-ws does not run
// Apollo's validation rules, so both transports take this one list): depth, cost, aliases, and
// no introspection in production. From GraphQL Armor, not hand-written.
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  NoSchemaIntrospectionCustomRule,
  type GraphQLError,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export const queryLimits = { maxDepth: 8, maxCost: 5000, maxAliases: 15 } as const;

export function queryLimitRules(options: { introspection: boolean }): ValidationRule[] {
  // Report as ordinary validation errors (Armor throws by default, which reads as a crash).
  const report = {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  };
  const rules: ValidationRule[] = [
    maxDepthRule({ n: queryLimits.maxDepth, ignoreIntrospection: true, ...report }),
    costLimitRule({ maxCost: queryLimits.maxCost, ignoreIntrospection: true, ...report }),
    maxAliasesRule({ n: queryLimits.maxAliases, ...report }),
  ];
  if (!options.introspection) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}
