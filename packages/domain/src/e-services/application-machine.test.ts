import { describe, expect, it } from 'vitest';
import type { Actor } from '../requests/state-machine.ts';
import { actors } from '../requests/state-machine.ts';
import type { ApplicationAction } from './application-machine.ts';
import {
  applicationActions,
  availableApplicationActions,
  isApplicationAction,
  maxPaymentAmount,
  transitionApplication,
  validateApplicationDecision,
} from './application-machine.ts';
import type { ApplicationStatus } from './application-status.ts';
import { applicationStatuses, isTerminalApplicationStatus } from './application-status.ts';

// The expected lifecycle, written out by hand from the specification — deliberately NOT derived from
// `applicationTransitions`, so a typo in the table fails here. Every combination not listed must be refused.
const allowed: ReadonlyArray<readonly [ApplicationStatus, ApplicationAction, Actor, ApplicationStatus]> = [
  ['SUBMITTED', 'register', 'SYSTEM', 'REGISTERED'],
  ['REGISTERED', 'startReview', 'DISPATCHER', 'IN_REVIEW'],
  ['REGISTERED', 'invalidate', 'DISPATCHER', 'INVALID'],
  ['IN_REVIEW', 'requestPayment', 'DISPATCHER', 'AWAITING_PAYMENT'],
  ['IN_REVIEW', 'approve', 'DISPATCHER', 'APPROVED'],
  ['IN_REVIEW', 'refuse', 'DISPATCHER', 'REFUSED'],
  ['IN_REVIEW', 'invalidate', 'DISPATCHER', 'INVALID'],
  ['AWAITING_PAYMENT', 'confirmPayment', 'SYSTEM', 'APPROVED'],
  ['AWAITING_PAYMENT', 'invalidate', 'DISPATCHER', 'INVALID'],
  ['AWAITING_PAYMENT', 'returnToReview', 'SYSTEM', 'IN_REVIEW'],
  ['APPROVED', 'invalidate', 'DISPATCHER', 'INVALID'],
];

// Which actor owns each action, also by hand: decides which refusal reason to expect.
const ownerOf: Record<ApplicationAction, Actor> = {
  register: 'SYSTEM',
  startReview: 'DISPATCHER',
  requestPayment: 'DISPATCHER',
  confirmPayment: 'SYSTEM',
  approve: 'DISPATCHER',
  refuse: 'DISPATCHER',
  invalidate: 'DISPATCHER',
  returnToReview: 'SYSTEM',
};

const key = (status: string, action: string, actor: string) => `${status}|${action}|${actor}`;
const allowedTo = new Map(allowed.map(([status, action, actor, to]) => [key(status, action, actor), to]));

const crossProduct = applicationStatuses.flatMap((status) =>
  applicationActions.flatMap((action) => actors.map((actor) => [status, action, actor] as const)),
);

describe('transitionApplication — every status × action × actor', () => {
  it('covers the full cross product of 7 statuses, 8 actions and 5 actors', () => {
    expect(applicationActions).toEqual([
      'register',
      'startReview',
      'requestPayment',
      'confirmPayment',
      'approve',
      'refuse',
      'invalidate',
      'returnToReview',
    ]);
    expect(crossProduct).toHaveLength(7 * 8 * 5);
    expect(allowed).toHaveLength(11);
    expect(new Set(allowed.map(([s, a, r]) => key(s, a, r))).size).toBe(11);
  });

  it.each(crossProduct)('%s + %s by %s', (status, action, actor) => {
    const result = transitionApplication(status, action, actor);
    const to = allowedTo.get(key(status, action, actor));
    if (to !== undefined) {
      expect(result).toEqual({ ok: true, to });
    } else if (ownerOf[action] !== actor) {
      expect(result).toEqual({ ok: false, reason: 'NOT_ALLOWED_FOR_ROLE' });
    } else {
      expect(result).toEqual({ ok: false, reason: 'NOT_ALLOWED_FROM_STATUS' });
    }
  });

  it('allows exactly the 9 listed combinations', () => {
    const succeeded = crossProduct
      .filter(([s, a, r]) => transitionApplication(s, a, r).ok)
      .map(([s, a, r]) => key(s, a, r));
    expect(succeeded.sort()).toEqual([...allowedTo.keys()].sort());
  });
});

describe('transitionApplication — behaviour spelled out', () => {
  it('refuses a resident every action whatever the status, by role', () => {
    for (const status of applicationStatuses)
      for (const action of applicationActions)
        expect(transitionApplication(status, action, 'RESIDENT')).toEqual({
          ok: false,
          reason: 'NOT_ALLOWED_FOR_ROLE',
        });
  });

  it('leaves payment confirmation to the platform, not the reviewer', () => {
    expect(transitionApplication('AWAITING_PAYMENT', 'confirmPayment', 'SYSTEM')).toEqual({
      ok: true,
      to: 'APPROVED',
    });
    expect(transitionApplication('AWAITING_PAYMENT', 'confirmPayment', 'DISPATCHER')).toEqual({
      ok: false,
      reason: 'NOT_ALLOWED_FOR_ROLE',
    });
    expect(transitionApplication('AWAITING_PAYMENT', 'approve', 'DISPATCHER')).toEqual({
      ok: false,
      reason: 'NOT_ALLOWED_FROM_STATUS',
    });
  });

  it('does not let a reviewer decide before starting the review', () => {
    for (const action of ['approve', 'refuse', 'requestPayment'] as const)
      expect(transitionApplication('REGISTERED', action, 'DISPATCHER')).toEqual({
        ok: false,
        reason: 'NOT_ALLOWED_FROM_STATUS',
      });
  });

  it('cannot invalidate an application nobody has registered yet, nor a refused or invalid one', () => {
    for (const status of ['SUBMITTED', 'REFUSED', 'INVALID'] as const)
      expect(transitionApplication(status, 'invalidate', 'DISPATCHER')).toEqual({
        ok: false,
        reason: 'NOT_ALLOWED_FROM_STATUS',
      });
  });
});

describe('availableApplicationActions', () => {
  it.each(applicationStatuses.flatMap((status) => actors.map((actor) => [status, actor] as const)))(
    'in %s for %s matches the expected list',
    (status, actor) => {
      const expected = applicationActions.filter((action) => allowedTo.has(key(status, action, actor)));
      expect(availableApplicationActions(status, actor)).toEqual(expected);
    },
  );

  it('offers the reviewer every decision during review, in the declared order', () => {
    expect(availableApplicationActions('IN_REVIEW', 'DISPATCHER')).toEqual([
      'requestPayment',
      'approve',
      'refuse',
      'invalidate',
    ]);
  });

  it('offers the platform registration of a submitted application only', () => {
    expect(availableApplicationActions('SUBMITTED', 'SYSTEM')).toEqual(['register']);
    expect(availableApplicationActions('SUBMITTED', 'DISPATCHER')).toEqual([]);
  });
});

describe('application lifecycle shape', () => {
  it('has at least one way out of every open status, and out of a decided one only an invalidation', () => {
    for (const status of applicationStatuses) {
      const ways = actors.flatMap((actor) => availableApplicationActions(status, actor));
      if (isTerminalApplicationStatus(status))
        expect(ways).toEqual(status === 'APPROVED' ? ['invalidate'] : []);
      else expect(ways.length).toBeGreaterThan(0);
    }
  });

  it('reaches every status from SUBMITTED', () => {
    const reached = new Set<ApplicationStatus>(['SUBMITTED']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [status, action, actor] of crossProduct) {
        const result = transitionApplication(status, action, actor);
        if (reached.has(status) && result.ok && !reached.has(result.to)) {
          reached.add(result.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...applicationStatuses].sort());
  });
});

describe('isApplicationAction', () => {
  it('recognises actions from untrusted input', () => {
    for (const action of applicationActions) expect(isApplicationAction(action)).toBe(true);
    for (const value of ['REGISTER', 'assign', 'route', '', null, undefined, 0])
      expect(isApplicationAction(value)).toBe(false);
  });
});

describe('validateApplicationDecision', () => {
  const grounds = ['notEligible', 'alreadyRegistered'] as const;
  const none = { groundCode: null, comment: null, amount: null };

  describe('refuse', () => {
    it('accepts a ground from the list, with an optional trimmed comment', () => {
      expect(validateApplicationDecision('refuse', { groundCode: 'notEligible' }, grounds)).toEqual({
        ok: true,
        value: { ...none, groundCode: 'notEligible' },
      });
      expect(
        validateApplicationDecision(
          'refuse',
          { groundCode: 'alreadyRegistered', comment: '  since 2019 ' },
          grounds,
        ),
      ).toEqual({ ok: true, value: { ...none, groundCode: 'alreadyRegistered', comment: 'since 2019' } });
    });

    it.each([undefined, null, '', '   '])('requires a ground (%j)', (groundCode) => {
      expect(validateApplicationDecision('refuse', { groundCode }, grounds)).toEqual({
        ok: false,
        issues: [{ field: 'groundCode', code: 'required' }],
      });
    });

    it('refuses a ground the service does not list', () => {
      expect(validateApplicationDecision('refuse', { groundCode: 'noReason' }, grounds)).toEqual({
        ok: false,
        issues: [{ field: 'groundCode', code: 'invalid_choice' }],
      });
      expect(validateApplicationDecision('refuse', { groundCode: 'notEligible' }, [])).toEqual({
        ok: false,
        issues: [{ field: 'groundCode', code: 'invalid_choice' }],
      });
    });

    it('reports a missing ground and a long comment together', () => {
      expect(validateApplicationDecision('refuse', { comment: 'x'.repeat(2001) }, grounds)).toEqual({
        ok: false,
        issues: [
          { field: 'comment', code: 'too_long' },
          { field: 'groundCode', code: 'required' },
        ],
      });
    });

    it('drops an amount given by mistake', () => {
      expect(
        validateApplicationDecision('refuse', { groundCode: 'notEligible', amount: 500 }, grounds),
      ).toEqual({
        ok: true,
        value: { ...none, groundCode: 'notEligible' },
      });
    });
  });

  describe('invalidate', () => {
    it('requires a comment saying what is wrong', () => {
      for (const comment of [undefined, null, '', ' \n\t '])
        expect(validateApplicationDecision('invalidate', { comment }, grounds)).toEqual({
          ok: false,
          issues: [{ field: 'comment', code: 'required' }],
        });
    });

    it('accepts 1 to 2000 characters after trimming, counted in code points', () => {
      expect(validateApplicationDecision('invalidate', { comment: ' x ' }, grounds)).toEqual({
        ok: true,
        value: { ...none, comment: 'x' },
      });
      const longest = '😀'.repeat(2000);
      expect(validateApplicationDecision('invalidate', { comment: `  ${longest}  ` }, grounds)).toEqual({
        ok: true,
        value: { ...none, comment: longest },
      });
      expect(validateApplicationDecision('invalidate', { comment: 'x'.repeat(2001) }, grounds)).toEqual({
        ok: false,
        issues: [{ field: 'comment', code: 'too_long' }],
      });
    });

    it('ignores a ground code given by mistake', () => {
      expect(
        validateApplicationDecision('invalidate', { comment: 'Wrong PIN', groundCode: 'whatever' }, grounds),
      ).toEqual({ ok: true, value: { ...none, comment: 'Wrong PIN' } });
    });
  });

  describe('requestPayment', () => {
    it('accepts a positive whole amount in minor units up to 100 000 000.00', () => {
      for (const amount of [1, 150_00, maxPaymentAmount])
        expect(validateApplicationDecision('requestPayment', { amount }, grounds)).toEqual({
          ok: true,
          value: { ...none, amount },
        });
      expect(maxPaymentAmount).toBe(10_000_000_000);
    });

    it.each([undefined, null])('requires an amount (%j)', (amount) => {
      expect(validateApplicationDecision('requestPayment', { amount }, grounds)).toEqual({
        ok: false,
        issues: [{ field: 'amount', code: 'required' }],
      });
    });

    it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, '100' as unknown as number])(
      'refuses %s as not a whole number',
      (amount) => {
        expect(validateApplicationDecision('requestPayment', { amount }, grounds)).toEqual({
          ok: false,
          issues: [{ field: 'amount', code: 'invalid_number' }],
        });
      },
    );

    it.each([0, -1, -0])('refuses %s as too small', (amount) => {
      expect(validateApplicationDecision('requestPayment', { amount }, grounds)).toEqual({
        ok: false,
        issues: [{ field: 'amount', code: 'too_small' }],
      });
    });

    it('refuses more than the maximum', () => {
      expect(
        validateApplicationDecision('requestPayment', { amount: maxPaymentAmount + 1 }, grounds),
      ).toEqual({
        ok: false,
        issues: [{ field: 'amount', code: 'too_large' }],
      });
    });

    it('keeps an optional comment and drops a ground code', () => {
      expect(
        validateApplicationDecision(
          'requestPayment',
          { amount: 100, comment: ' debt ', groundCode: 'x' },
          grounds,
        ),
      ).toEqual({ ok: true, value: { ...none, amount: 100, comment: 'debt' } });
    });
  });

  describe.each(['register', 'startReview', 'confirmPayment', 'approve'] as const)('%s', (action) => {
    it('needs nothing', () => {
      expect(validateApplicationDecision(action, {}, grounds)).toEqual({ ok: true, value: none });
    });

    it('accepts an optional comment of at most 2000 characters', () => {
      expect(validateApplicationDecision(action, { comment: '  fine  ' }, grounds)).toEqual({
        ok: true,
        value: { ...none, comment: 'fine' },
      });
      expect(validateApplicationDecision(action, { comment: 'x'.repeat(2000) }, grounds).ok).toBe(true);
      expect(validateApplicationDecision(action, { comment: 'x'.repeat(2001) }, grounds)).toEqual({
        ok: false,
        issues: [{ field: 'comment', code: 'too_long' }],
      });
    });

    it('drops a ground code and an amount given by mistake', () => {
      expect(validateApplicationDecision(action, { groundCode: 'notEligible', amount: 5 }, grounds)).toEqual({
        ok: true,
        value: none,
      });
    });
  });
});
