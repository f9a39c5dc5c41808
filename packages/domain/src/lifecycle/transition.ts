// The lifecycle rules shared by repair requests and e-service applications: each is one table of actions, and
// these two functions read any such table, so both lifecycles refuse in the same way and order.

/** One row of a lifecycle: the only actor who may take the action, where it may start, where it leads. */
export type TransitionRule<Status extends string, Actor extends string> = {
  readonly actor: Actor;
  readonly from: readonly Status[];
  readonly to: Status;
};

/** A whole lifecycle: one rule per action. */
export type TransitionRules<Action extends string, Status extends string, Actor extends string> = {
  readonly [A in Action]: TransitionRule<Status, Actor>;
};

/** Why a transition was refused. */
export type TransitionRefusal = 'NOT_ALLOWED_FROM_STATUS' | 'NOT_ALLOWED_FOR_ROLE';

/** The outcome of {@link decideTransition}: the status the action leads to, or why it is refused. */
export type TransitionDecision<Status extends string> =
  { ok: true; to: Status } | { ok: false; reason: TransitionRefusal };

/**
 * Decides whether `actor` may take `action` on something in `status` under `rules`, and if so which status it
 * leads to.
 *
 * The role is checked first: an actor who may never take the action is told NOT_ALLOWED_FOR_ROLE whatever the
 * status, so the answer does not depend on (or reveal) the current state. Only the action's own actor can get
 * NOT_ALLOWED_FROM_STATUS.
 */
export function decideTransition<Action extends string, Status extends string, Actor extends string>(
  rules: TransitionRules<Action, Status, Actor>,
  status: Status,
  action: Action,
  actor: Actor,
): TransitionDecision<Status> {
  const rule = rules[action];
  if (rule.actor !== actor) return { ok: false, reason: 'NOT_ALLOWED_FOR_ROLE' };
  if (!rule.from.includes(status)) return { ok: false, reason: 'NOT_ALLOWED_FROM_STATUS' };
  return { ok: true, to: rule.to };
}

/**
 * The actions `actor` may take on something in `status`, in the order of `actionsInOrder` (the order the UI
 * shows its buttons in, so it is the caller's list, not the table's key order).
 */
export function availableActionsOf<Action extends string, Status extends string, Actor extends string>(
  rules: TransitionRules<Action, Status, Actor>,
  actionsInOrder: readonly Action[],
  status: Status,
  actor: Actor,
): Action[] {
  return actionsInOrder.filter((action) => decideTransition(rules, status, action, actor).ok);
}
