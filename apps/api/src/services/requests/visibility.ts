// Row-level access: the Prisma translation of the policy's request scopes (packages/domain/src/policy).
// Every read goes through this, so another party's request is simply NOT_FOUND (never "forbidden",
// which would confirm it exists).
import { paymentScope, requestScope, type RequestScopeField, type RowScope } from '@citydesk/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import { organizationWhere } from '../authorization/organization-where.ts';
import type { Actor } from '../context.ts';

const nothing: Prisma.RequestWhereInput = { id: { in: [] } };

/** The requests (repair requests and applications) a scope describes. */
export function requestWhere(scope: RowScope<RequestScopeField>): Prisma.RequestWhereInput {
  switch (scope.kind) {
    case 'own':
      return { [scope.field]: scope.userId };
    case 'organization':
      return organizationWhere(scope) ?? nothing;
    case 'city':
      return { cityId: scope.cityId };
    case 'everything':
      return {};
    case 'nothing':
      return nothing;
  }
}

/** What part of the requests table an actor can see. */
export const requestsVisibleTo = (actor: Actor): Prisma.RequestWhereInput =>
  requestWhere(requestScope(actor));

/** The applications an actor may pay for. */
export const requestsPayableBy = (actor: Actor): Prisma.RequestWhereInput =>
  requestWhere(paymentScope(actor));
