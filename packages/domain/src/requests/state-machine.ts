import { availableActionsOf, decideTransition } from '../lifecycle/transition.ts';
import type { TransitionDecision, TransitionRule } from '../lifecycle/transition.ts';
import type { Role } from '../roles.ts';
import { roles } from '../roles.ts';
import type { RequestStatus } from './status.ts';

/** Who takes an action: a person in one of the roles, or the platform itself (routing, auto-close jobs). */
export type Actor = Role | 'SYSTEM';
export const actors = [...roles, 'SYSTEM'] as const satisfies readonly Actor[];

/** Every action that moves a repair request from one status to another. */
export const requestActions = [
  'route',
  'assign',
  'start',
  'completeWork',
  'verify',
  'returnForRework',
  'confirm',
  'reject',
  'autoClose',
  'reopen',
  'cancelByResident',
  'cancelByDispatcher',
  'routeByAdministrator',
  'reassign',
] as const;
export type RequestAction = (typeof requestActions)[number];

/** One row of the lifecycle: the only actor who may take the action, where it may start, where it leads. */
export type RequestTransitionRule = TransitionRule<RequestStatus, Actor>;

/**
 * The repair-request lifecycle as one table. Each action belongs to exactly one actor; where two roles may do
 * "the same thing" (cancel, route) they have separate actions, so the audit trail says who did it and each role's
 * schema exposes only its own verbs.
 */
export const requestTransitions = {
  route: { actor: 'SYSTEM', from: ['NEW'], to: 'ROUTED' },
  routeByAdministrator: { actor: 'ADMINISTRATOR', from: ['NEW'], to: 'ROUTED' },
  assign: { actor: 'DISPATCHER', from: ['ROUTED', 'REOPENED'], to: 'ASSIGNED' },
  reassign: { actor: 'DISPATCHER', from: ['ASSIGNED', 'RETURNED'], to: 'ASSIGNED' },
  start: { actor: 'CONTRACTOR', from: ['ASSIGNED', 'RETURNED'], to: 'IN_PROGRESS' },
  completeWork: { actor: 'CONTRACTOR', from: ['IN_PROGRESS'], to: 'WORK_DONE' },
  verify: { actor: 'DISPATCHER', from: ['WORK_DONE'], to: 'VERIFIED' },
  returnForRework: { actor: 'DISPATCHER', from: ['WORK_DONE'], to: 'RETURNED' },
  confirm: { actor: 'RESIDENT', from: ['VERIFIED'], to: 'CLOSED' },
  reject: { actor: 'RESIDENT', from: ['VERIFIED'], to: 'REOPENED' },
  // Nobody answered in time: closed, but not as confirmed. The resident may still reopen it — within the window
  // of `reopenAllowedUntil`, which the service checks — and it then goes back to work as a rejection does.
  autoClose: { actor: 'SYSTEM', from: ['VERIFIED'], to: 'CLOSED_UNCONFIRMED' },
  reopen: { actor: 'RESIDENT', from: ['CLOSED_UNCONFIRMED'], to: 'REOPENED' },
  cancelByResident: { actor: 'RESIDENT', from: ['NEW', 'ROUTED'], to: 'CANCELLED' },
  cancelByDispatcher: {
    actor: 'DISPATCHER',
    from: ['NEW', 'ROUTED', 'ASSIGNED', 'REOPENED'],
    to: 'CANCELLED',
  },
} as const satisfies Record<RequestAction, RequestTransitionRule>;

export type { TransitionRefusal } from '../lifecycle/transition.ts';
export type TransitionResult = TransitionDecision<RequestStatus>;

/**
 * Decides whether `actor` may take `action` on a request in `status`, and if so which status it leads to.
 *
 * The role is checked first: an actor who may never take the action is told NOT_ALLOWED_FOR_ROLE whatever the
 * status, so the answer does not depend on (or reveal) the request's state. Only the action's own actor can get
 * NOT_ALLOWED_FROM_STATUS.
 */
export function transition(status: RequestStatus, action: RequestAction, actor: Actor): TransitionResult {
  return decideTransition<RequestAction, RequestStatus, Actor>(requestTransitions, status, action, actor);
}

/**
 * The actions `actor` may take on a request in `status`, in the order of {@link requestActions}; the source of
 * `viewerCan` fields, so the UI never re-implements the rules.
 */
export function availableActions(status: RequestStatus, actor: Actor): RequestAction[] {
  return availableActionsOf<RequestAction, RequestStatus, Actor>(
    requestTransitions,
    requestActions,
    status,
    actor,
  );
}

/** Narrows an untrusted value to a {@link RequestAction}. */
export function isRequestAction(value: unknown): value is RequestAction {
  return typeof value === 'string' && (requestActions as readonly string[]).includes(value);
}
