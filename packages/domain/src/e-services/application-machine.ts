import type { ValidationIssue, ValidationResult } from '../issues.ts';
import { availableActionsOf, decideTransition } from '../lifecycle/transition.ts';
import type { TransitionDecision, TransitionRule } from '../lifecycle/transition.ts';
import type { Actor } from '../requests/state-machine.ts';
import { codePointLength, trimToNull } from '../text.ts';
import type { ApplicationStatus } from './application-status.ts';

/** Every action that moves an e-service application from one status to another. */
export const applicationActions = [
  'register',
  'startReview',
  'requestPayment',
  'confirmPayment',
  'approve',
  'refuse',
  'invalidate',
  'returnToReview',
] as const;
export type ApplicationAction = (typeof applicationActions)[number];

/** One row of the application lifecycle. */
export type ApplicationTransitionRule = TransitionRule<ApplicationStatus, Actor>;

/**
 * The application lifecycle as one table; as for repair requests, each action belongs to exactly one actor.
 * The platform registers submissions and confirms payments (the payment provider's callback); everything that
 * needs judgement is the reviewing dispatcher's.
 */
export const applicationTransitions = {
  register: { actor: 'SYSTEM', from: ['SUBMITTED'], to: 'REGISTERED' },
  startReview: { actor: 'DISPATCHER', from: ['REGISTERED'], to: 'IN_REVIEW' },
  requestPayment: { actor: 'DISPATCHER', from: ['IN_REVIEW'], to: 'AWAITING_PAYMENT' },
  confirmPayment: { actor: 'SYSTEM', from: ['AWAITING_PAYMENT'], to: 'APPROVED' },
  approve: { actor: 'DISPATCHER', from: ['IN_REVIEW'], to: 'APPROVED' },
  refuse: { actor: 'DISPATCHER', from: ['IN_REVIEW'], to: 'REFUSED' },
  // Wrong data can surface at any point, even while the applicant is asked to pay or after the approval
  // (false documents found later): invalidating an approved application revokes what it issued.
  invalidate: {
    actor: 'DISPATCHER',
    from: ['REGISTERED', 'IN_REVIEW', 'AWAITING_PAYMENT', 'APPROVED'],
    to: 'INVALID',
  },
  // A payment that did not clear what the outcome requires (the debt grew meanwhile) goes back to the reviewer.
  returnToReview: { actor: 'SYSTEM', from: ['AWAITING_PAYMENT'], to: 'IN_REVIEW' },
} as const satisfies Record<ApplicationAction, ApplicationTransitionRule>;

export type ApplicationTransitionResult = TransitionDecision<ApplicationStatus>;

/**
 * Decides whether `actor` may take `action` on an application in `status`, and if so which status it leads to.
 * The role is checked before the status, as for repair requests (see {@link decideTransition}).
 */
export function transitionApplication(
  status: ApplicationStatus,
  action: ApplicationAction,
  actor: Actor,
): ApplicationTransitionResult {
  return decideTransition<ApplicationAction, ApplicationStatus, Actor>(
    applicationTransitions,
    status,
    action,
    actor,
  );
}

/** The actions `actor` may take on an application in `status`, in the order of {@link applicationActions}. */
export function availableApplicationActions(status: ApplicationStatus, actor: Actor): ApplicationAction[] {
  return availableActionsOf<ApplicationAction, ApplicationStatus, Actor>(
    applicationTransitions,
    applicationActions,
    status,
    actor,
  );
}

/** Narrows an untrusted value to an {@link ApplicationAction}. */
export function isApplicationAction(value: unknown): value is ApplicationAction {
  return typeof value === 'string' && (applicationActions as readonly string[]).includes(value);
}

export const decisionCommentMaxLength = 2000;
/** The largest amount a reviewer may ask for, in minor units: 100 000 000.00 of the city's currency. */
export const maxPaymentAmount = 100_000_000_00;

/** What a reviewer gives with a decision; which parts are needed depends on the action. */
export type ApplicationDecisionInput = {
  /** refuse: the legal ground, one of the service's `refusalGrounds` codes. */
  groundCode?: string | null;
  /** invalidate: what is wrong with the data (required); other actions: an optional note. */
  comment?: string | null;
  /** requestPayment: the amount due in minor units, a positive integer. */
  amount?: number | null;
};

/** A decision after validation: the comment trimmed, parts the action does not use as `null`. */
export type ApplicationDecisionValue = {
  groundCode: string | null;
  comment: string | null;
  amount: number | null;
};

/**
 * Validates what a reviewer gives with `action`: `refuse` needs a ground from `allowedGroundCodes`, `invalidate`
 * a comment the applicant can act on, `requestPayment` a positive whole amount in minor units; every action
 * accepts a comment of at most 2000 characters. Parts the action does not use are dropped (returned as `null`),
 * so a stray amount never reaches an approval. Tolerates values of the wrong type at runtime.
 */
export function validateApplicationDecision(
  action: ApplicationAction,
  input: ApplicationDecisionInput,
  allowedGroundCodes: readonly string[],
): ValidationResult<ApplicationDecisionValue> {
  const issues: ValidationIssue[] = [];

  const comment = trimToNull(input.comment);
  if (action === 'invalidate' && comment === null) issues.push({ field: 'comment', code: 'required' });
  else if (comment !== null && codePointLength(comment) > decisionCommentMaxLength)
    issues.push({ field: 'comment', code: 'too_long' });

  let groundCode: string | null = null;
  if (action === 'refuse') {
    groundCode = trimToNull(input.groundCode);
    if (groundCode === null) issues.push({ field: 'groundCode', code: 'required' });
    else if (!allowedGroundCodes.includes(groundCode))
      issues.push({ field: 'groundCode', code: 'invalid_choice' });
  }

  let amount: number | null = null;
  if (action === 'requestPayment') {
    const raw: unknown = input.amount ?? null;
    if (raw === null) issues.push({ field: 'amount', code: 'required' });
    else if (typeof raw !== 'number' || !Number.isInteger(raw))
      issues.push({ field: 'amount', code: 'invalid_number' });
    else if (raw <= 0) issues.push({ field: 'amount', code: 'too_small' });
    else if (raw > maxPaymentAmount) issues.push({ field: 'amount', code: 'too_large' });
    else amount = raw;
  }

  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { groundCode, comment, amount } };
}
