import { describe, expect, it } from 'vitest';
import type { TransitionRules } from './transition.ts';
import { availableActionsOf, decideTransition } from './transition.ts';

// A toy lifecycle, so the generic rules are tested apart from any real table.
type Status = 'OPEN' | 'HELD' | 'DONE';
type Action = 'hold' | 'release' | 'finish' | 'finishByBot';
type Actor = 'CLERK' | 'BOT' | 'GUEST';

const rules: TransitionRules<Action, Status, Actor> = {
  hold: { actor: 'CLERK', from: ['OPEN'], to: 'HELD' },
  release: { actor: 'CLERK', from: ['HELD'], to: 'OPEN' },
  finish: { actor: 'CLERK', from: ['OPEN', 'HELD'], to: 'DONE' },
  finishByBot: { actor: 'BOT', from: ['OPEN'], to: 'DONE' },
};

describe('decideTransition', () => {
  it('leads the owner from an allowed status to the rule’s target', () => {
    expect(decideTransition(rules, 'OPEN', 'hold', 'CLERK')).toEqual({ ok: true, to: 'HELD' });
    expect(decideTransition(rules, 'HELD', 'finish', 'CLERK')).toEqual({ ok: true, to: 'DONE' });
    expect(decideTransition(rules, 'OPEN', 'finishByBot', 'BOT')).toEqual({ ok: true, to: 'DONE' });
  });

  it('refuses the owner from any other status', () => {
    expect(decideTransition(rules, 'HELD', 'hold', 'CLERK')).toEqual({
      ok: false,
      reason: 'NOT_ALLOWED_FROM_STATUS',
    });
    expect(decideTransition(rules, 'DONE', 'finish', 'CLERK')).toEqual({
      ok: false,
      reason: 'NOT_ALLOWED_FROM_STATUS',
    });
  });

  it('refuses anyone else by role, whatever the status, so the status is not revealed', () => {
    for (const status of ['OPEN', 'HELD', 'DONE'] as const) {
      expect(decideTransition(rules, status, 'hold', 'GUEST')).toEqual({
        ok: false,
        reason: 'NOT_ALLOWED_FOR_ROLE',
      });
      expect(decideTransition(rules, status, 'finishByBot', 'CLERK')).toEqual({
        ok: false,
        reason: 'NOT_ALLOWED_FOR_ROLE',
      });
    }
  });
});

describe('availableActionsOf', () => {
  it('lists the actor’s allowed actions in the order given, not the table’s', () => {
    expect(availableActionsOf(rules, ['finish', 'hold', 'release', 'finishByBot'], 'OPEN', 'CLERK')).toEqual([
      'finish',
      'hold',
    ]);
    expect(availableActionsOf(rules, ['hold', 'release', 'finish', 'finishByBot'], 'OPEN', 'CLERK')).toEqual([
      'hold',
      'finish',
    ]);
  });

  it('offers only what is listed', () => {
    expect(availableActionsOf(rules, ['release'], 'OPEN', 'CLERK')).toEqual([]);
    expect(availableActionsOf(rules, [], 'OPEN', 'CLERK')).toEqual([]);
  });

  it('offers nothing in a final status or to an actor without actions', () => {
    const all = ['hold', 'release', 'finish', 'finishByBot'] as const;
    expect(availableActionsOf(rules, all, 'DONE', 'CLERK')).toEqual([]);
    expect(availableActionsOf(rules, all, 'OPEN', 'GUEST')).toEqual([]);
    expect(availableActionsOf(rules, all, 'OPEN', 'BOT')).toEqual(['finishByBot']);
    expect(availableActionsOf(rules, all, 'HELD', 'CLERK')).toEqual(['release', 'finish']);
  });
});
