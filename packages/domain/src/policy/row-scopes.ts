// Which rows an actor reaches, as pure data: the services translate a scope into a database
// filter, so a row outside it is NOT_FOUND (never "forbidden", which would confirm it exists).
import type { Role } from '../roles.ts';

/** The part of a signed-in user the row scopes depend on. */
export interface ScopedActor {
  role: Role;
  userId: string;
  /** The organization a staff member acts for (null for residents). */
  organizationId: string | null;
  /** The city of that organization (the administrator's city). */
  cityId: string | null;
}

/**
 * A set of rows: the actor's own (`field` holds their user id), their organization's (any of
 * `fields` holds its id), their city's, every row the surrounding scope already allows, or none.
 */
export type RowScope<Field extends string = string> =
  | { kind: 'own'; field: Field; userId: string }
  | { kind: 'organization'; fields: readonly Field[]; organizationId: string }
  | { kind: 'city'; cityId: string }
  | { kind: 'everything' }
  | { kind: 'nothing' };

export const nothing = { kind: 'nothing' } as const satisfies RowScope;

/** Whose data an actor acts on, before it is tied to a table's fields. */
export type ActorScope =
  | { kind: 'own'; userId: string }
  | { kind: 'organization'; organizationId: string }
  | { kind: 'city'; cityId: string }
  | { kind: 'nothing' };

/**
 * Whose data an actor acts on at all: a resident their own, staff (dispatcher, contractor) one
 * organization's, the administrator one city's. Staff without an organization, or an
 * administrator without a city, reach nothing.
 */
export function actorScope(actor: ScopedActor): ActorScope {
  switch (actor.role) {
    case 'RESIDENT':
      return { kind: 'own', userId: actor.userId };
    case 'DISPATCHER':
    case 'CONTRACTOR':
      return actor.organizationId ? { kind: 'organization', organizationId: actor.organizationId } : nothing;
    case 'ADMINISTRATOR':
      return actor.cityId ? { kind: 'city', cityId: actor.cityId } : nothing;
  }
}

export type RequestScopeField =
  'residentId' | 'organizationId' | 'intakeOrganizationId' | 'contractorOrganizationId';

/** The field of a request (repair request or application) that ties it to each staff role. */
const requestFieldsOf = {
  // The organization's own work, and what its office filed on a citizen's behalf (notaries).
  DISPATCHER: ['organizationId', 'intakeOrganizationId'],
  CONTRACTOR: ['contractorOrganizationId'],
} as const satisfies Partial<Record<Role, readonly RequestScopeField[]>>;

/** The requests and applications an actor may see. */
export function requestScope(actor: ScopedActor): RowScope<RequestScopeField> {
  const scope = actorScope(actor);
  if (scope.kind === 'own') return { kind: 'own', field: 'residentId', userId: scope.userId };
  if (scope.kind !== 'organization') return scope;
  const fields =
    actor.role === 'DISPATCHER' || actor.role === 'CONTRACTOR' ? requestFieldsOf[actor.role] : [];
  return { kind: 'organization', fields, organizationId: scope.organizationId };
}

export type WorkOrderScopeField = 'contractorOrganizationId';

/**
 * The work orders an actor may print or list, within the requests they see: a contractor only
 * those given to its organization (not one taken from it), residents none.
 */
export function workOrderScope(actor: ScopedActor): RowScope<WorkOrderScopeField> {
  switch (actor.role) {
    case 'RESIDENT':
      return nothing;
    case 'CONTRACTOR':
      return actor.organizationId
        ? { kind: 'organization', fields: ['contractorOrganizationId'], organizationId: actor.organizationId }
        : nothing;
    case 'DISPATCHER':
    case 'ADMINISTRATOR':
      return { kind: 'everything' };
  }
}

export type DashboardScopeField = 'organizationId' | 'contractorId';

/**
 * Whose figures an actor reads in the city the dashboard counts in: the administrator every
 * organization's (and may narrow them to one), a dispatcher their company's, a contractor's staff
 * their contractor's; residents none.
 */
export function dashboardScope(actor: ScopedActor): RowScope<DashboardScopeField> {
  const scope = actorScope(actor);
  switch (actor.role) {
    case 'RESIDENT':
      return nothing;
    case 'DISPATCHER':
      return scope.kind === 'organization' ? { ...scope, fields: ['organizationId'] } : nothing;
    case 'CONTRACTOR':
      return scope.kind === 'organization' ? { ...scope, fields: ['contractorId'] } : nothing;
    case 'ADMINISTRATOR':
      return { kind: 'everything' };
  }
}

/**
 * The applications an actor may pay for: a resident their own, a dispatcher only what their office
 * filed on a client's behalf (never the applications they decide); nobody else.
 */
export function paymentScope(actor: ScopedActor): RowScope<RequestScopeField> {
  const scope = actorScope(actor);
  switch (actor.role) {
    case 'RESIDENT':
      return requestScope(actor);
    case 'DISPATCHER':
      return scope.kind === 'organization'
        ? { kind: 'organization', fields: ['intakeOrganizationId'], organizationId: scope.organizationId }
        : nothing;
    case 'CONTRACTOR':
    case 'ADMINISTRATOR':
      return nothing;
  }
}

/**
 * The applications a staff member decides (and whose documents they revoke): those of the
 * organization they act for, not the ones their office only filed.
 */
export function decisionScope(actor: ScopedActor): RowScope<'organizationId'> {
  const scope = actorScope(actor);
  return actor.role === 'DISPATCHER' && scope.kind === 'organization'
    ? { kind: 'organization', fields: ['organizationId'], organizationId: scope.organizationId }
    : nothing;
}

/**
 * Whether one loaded row is in a scope (for the `viewerCan…` answers, which look at a row already
 * read). A `city` scope needs the row's `cityId`.
 */
export function inScope<Field extends string>(
  scope: RowScope<Field>,
  row: Partial<Record<Field | 'cityId', string | null>>,
): boolean {
  switch (scope.kind) {
    case 'own':
      return row[scope.field] === scope.userId;
    case 'organization':
      return scope.fields.some((field) => row[field] === scope.organizationId);
    case 'city':
      return row.cityId === scope.cityId;
    case 'everything':
      return true;
    case 'nothing':
      return false;
  }
}
