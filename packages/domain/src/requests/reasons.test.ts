import { describe, expect, it } from 'vitest';
import {
  dispatcherCancellationReasons,
  reasonRequirement,
  requiresReason,
  residentRejectionReasons,
  transitionCommentMaxLength,
  validateTransitionReason,
} from './reasons.ts';
import { requestActions } from './state-machine.ts';

describe('reason lists', () => {
  it('lists the resident rejection reasons', () => {
    expect(residentRejectionReasons).toEqual(['NOT_DONE', 'POOR_QUALITY', 'DAMAGE', 'OTHER']);
  });

  it('lists the dispatcher cancellation reasons', () => {
    expect(dispatcherCancellationReasons).toEqual([
      'DUPLICATE',
      'NOT_OUR_RESPONSIBILITY',
      'RESOLVED_BY_PHONE',
      'RESIDENT_WITHDREW',
      'OTHER',
    ]);
  });
});

describe('requiresReason', () => {
  it('is true for reject, reopen, returnForRework and cancelByDispatcher only', () => {
    expect(requestActions.filter(requiresReason)).toEqual([
      'returnForRework',
      'reject',
      'reopen',
      'cancelByDispatcher',
    ]);
  });

  it('describes what each of them needs', () => {
    expect(reasonRequirement('reject')).toEqual({ codes: residentRejectionReasons, commentRequired: false });
    // Reopening an auto-closed request says what is still wrong, as a rejection does.
    expect(reasonRequirement('reopen')).toEqual(reasonRequirement('reject'));
    expect(reasonRequirement('returnForRework')).toEqual({ codes: null, commentRequired: true });
    expect(reasonRequirement('cancelByDispatcher')).toEqual({
      codes: dispatcherCancellationReasons,
      commentRequired: true,
    });
    expect(reasonRequirement('confirm')).toBeNull();
  });
});

describe('validateTransitionReason', () => {
  it('accepts a rejection with a listed code and no comment', () => {
    expect(validateTransitionReason('reject', { reasonCode: 'POOR_QUALITY' })).toEqual({
      ok: true,
      value: { reasonCode: 'POOR_QUALITY', comment: null },
    });
  });

  it('requires a code to reject', () => {
    expect(validateTransitionReason('reject', { comment: 'the tap still drips' })).toEqual({
      ok: false,
      issues: [{ field: 'reasonCode', code: 'required' }],
    });
  });

  it('refuses a code from another list', () => {
    expect(validateTransitionReason('reject', { reasonCode: 'DUPLICATE' })).toEqual({
      ok: false,
      issues: [{ field: 'reasonCode', code: 'invalid_choice' }],
    });
  });

  it('requires a comment when the code is OTHER', () => {
    expect(validateTransitionReason('reject', { reasonCode: 'OTHER', comment: '  ' })).toEqual({
      ok: false,
      issues: [{ field: 'comment', code: 'required' }],
    });
    expect(validateTransitionReason('reject', { reasonCode: 'OTHER', comment: ' smell of gas ' })).toEqual({
      ok: true,
      value: { reasonCode: 'OTHER', comment: 'smell of gas' },
    });
  });

  it('requires a comment to return work for rework, and no code', () => {
    expect(validateTransitionReason('returnForRework', {})).toEqual({
      ok: false,
      issues: [{ field: 'comment', code: 'required' }],
    });
    expect(
      validateTransitionReason('returnForRework', { reasonCode: 'NOT_DONE', comment: 'no signed act' }),
    ).toEqual({ ok: false, issues: [{ field: 'reasonCode', code: 'not_allowed' }] });
    expect(validateTransitionReason('returnForRework', { comment: 'no signed act' })).toEqual({
      ok: true,
      value: { reasonCode: null, comment: 'no signed act' },
    });
  });

  it('requires both a code and a comment to cancel as a dispatcher', () => {
    expect(validateTransitionReason('cancelByDispatcher', {})).toEqual({
      ok: false,
      issues: [
        { field: 'reasonCode', code: 'required' },
        { field: 'comment', code: 'required' },
      ],
    });
    expect(
      validateTransitionReason('cancelByDispatcher', {
        reasonCode: 'DUPLICATE',
        comment: 'same as KZN-2026-000122',
      }),
    ).toEqual({ ok: true, value: { reasonCode: 'DUPLICATE', comment: 'same as KZN-2026-000122' } });
  });

  it('accepts an optional comment on actions that need no reason, but no code', () => {
    expect(validateTransitionReason('confirm', { comment: 'thank you' })).toEqual({
      ok: true,
      value: { reasonCode: null, comment: 'thank you' },
    });
    expect(validateTransitionReason('confirm', {})).toEqual({
      ok: true,
      value: { reasonCode: null, comment: null },
    });
    expect(validateTransitionReason('cancelByResident', { reasonCode: 'DUPLICATE' })).toEqual({
      ok: false,
      issues: [{ field: 'reasonCode', code: 'not_allowed' }],
    });
  });

  it('limits the comment length', () => {
    const atLimit = 'ж'.repeat(transitionCommentMaxLength);
    expect(validateTransitionReason('returnForRework', { comment: atLimit }).ok).toBe(true);
    expect(validateTransitionReason('returnForRework', { comment: `${atLimit}ж` })).toEqual({
      ok: false,
      issues: [{ field: 'comment', code: 'too_long' }],
    });
  });
});
