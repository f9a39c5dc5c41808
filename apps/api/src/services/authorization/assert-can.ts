// The services' side of the policy (packages/domain/src/policy): the same actions the schema
// declares, asserted again inside the service, and the actor's scope where a use case needs the
// organization or the city it acts for.
import { actorScope, can, type Action } from '@citydesk/domain';
import { notAllowed } from '../../errors.ts';
import type { Actor } from '../context.ts';

/** NOT_ALLOWED unless the actor's role may perform the action. */
export function assertCan(actor: Actor, action: Action): void {
  if (!can(actor.role, action)) throw notAllowed();
}

/**
 * The organization a staff member acts for when performing `action`; NOT_ALLOWED for a role
 * that may not perform it, or staff without an organization.
 */
export function staffOrganizationOf(actor: Actor, action: Action): string {
  assertCan(actor, action);
  const scope = actorScope(actor);
  if (scope.kind !== 'organization') throw notAllowed();
  return scope.organizationId;
}

/**
 * The city an administrator administers when performing `action`; NOT_ALLOWED for a role that
 * may not perform it, or an administrator without a city.
 */
export function administeredCityOf(actor: Actor, action: Action): string {
  assertCan(actor, action);
  const scope = actorScope(actor);
  if (scope.kind !== 'city') throw notAllowed();
  return scope.cityId;
}
