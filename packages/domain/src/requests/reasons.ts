import type { ValidationIssue, ValidationResult } from '../issues.ts';
import { codePointLength, trimToNull } from '../text.ts';
import type { RequestAction } from './state-machine.ts';

/** Why a resident rejects the completed work (the `reject` action, and `reopen` after an auto-close). */
export const residentRejectionReasons = ['NOT_DONE', 'POOR_QUALITY', 'DAMAGE', 'OTHER'] as const;
export type ResidentRejectionReason = (typeof residentRejectionReasons)[number];

/** Why a dispatcher cancels a request (the `cancelByDispatcher` action). */
export const dispatcherCancellationReasons = [
  'DUPLICATE',
  'NOT_OUR_RESPONSIBILITY',
  'RESOLVED_BY_PHONE',
  'RESIDENT_WITHDREW',
  'OTHER',
] as const;
export type DispatcherCancellationReason = (typeof dispatcherCancellationReasons)[number];

/** Longest comment accepted on a transition, in characters (code points). */
export const transitionCommentMaxLength = 2000;

/** What an action asks of the actor besides the action itself. */
export type ReasonRequirement = {
  /** The codes the actor must pick one from, or `null` when the action takes no code. */
  readonly codes: readonly string[] | null;
  /** Whether a free-text comment is mandatory (a code of `OTHER` always needs one). */
  readonly commentRequired: boolean;
};

const requirements: Partial<Record<RequestAction, ReasonRequirement>> = {
  reject: { codes: residentRejectionReasons, commentRequired: false },
  reopen: { codes: residentRejectionReasons, commentRequired: false },
  returnForRework: { codes: null, commentRequired: true },
  cancelByDispatcher: { codes: dispatcherCancellationReasons, commentRequired: true },
};

/** What `action` requires — a reason code, a comment, or both — or `null` when it needs neither. */
export function reasonRequirement(action: RequestAction): ReasonRequirement | null {
  return requirements[action] ?? null;
}

/** Whether `action` needs a reason code or a comment: `reject`, `reopen`, `returnForRework`, `cancelByDispatcher`. */
export function requiresReason(action: RequestAction): boolean {
  return reasonRequirement(action) !== null;
}

export type TransitionReasonInput = { reasonCode?: string | null; comment?: string | null };
export type TransitionReason = { reasonCode: string | null; comment: string | null };

/**
 * Checks the reason code and comment given with `action`: a code from the action's list when it takes one (and
 * none otherwise), a comment when the action or the code `OTHER` requires one, at most
 * {@link transitionCommentMaxLength} characters. Returns the trimmed values (blank becomes `null`).
 */
export function validateTransitionReason(
  action: RequestAction,
  input: TransitionReasonInput,
): ValidationResult<TransitionReason> {
  const requirement = reasonRequirement(action);
  const issues: ValidationIssue[] = [];
  const reasonCode = trimToNull(input.reasonCode);
  const comment = trimToNull(input.comment);

  const codes = requirement?.codes ?? null;
  if (codes === null) {
    if (reasonCode !== null) issues.push({ field: 'reasonCode', code: 'not_allowed' });
  } else if (reasonCode === null) {
    issues.push({ field: 'reasonCode', code: 'required' });
  } else if (!codes.includes(reasonCode)) {
    issues.push({ field: 'reasonCode', code: 'invalid_choice' });
  }

  const commentRequired =
    (requirement?.commentRequired ?? false) || (codes !== null && reasonCode === 'OTHER');
  if (comment === null) {
    if (commentRequired) issues.push({ field: 'comment', code: 'required' });
  } else if (codePointLength(comment) > transitionCommentMaxLength) {
    issues.push({ field: 'comment', code: 'too_long' });
  }

  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { reasonCode, comment } };
}
