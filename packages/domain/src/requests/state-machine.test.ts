import { describe, expect, it } from 'vitest';
import type { Actor, RequestAction } from './state-machine.ts';
import { actors, availableActions, isRequestAction, requestActions, transition } from './state-machine.ts';
import type { RequestStatus } from './status.ts';
import { isTerminal, requestStatuses } from './status.ts';

// The expected lifecycle, written out by hand from the specification — deliberately NOT derived from
// `requestTransitions`, so a typo in the table fails here. Every combination not listed must be refused.
const allowed: ReadonlyArray<readonly [RequestStatus, RequestAction, Actor, RequestStatus]> = [
  ['NEW', 'route', 'SYSTEM', 'ROUTED'],
  ['NEW', 'routeByAdministrator', 'ADMINISTRATOR', 'ROUTED'],
  ['NEW', 'cancelByResident', 'RESIDENT', 'CANCELLED'],
  ['NEW', 'cancelByDispatcher', 'DISPATCHER', 'CANCELLED'],
  ['ROUTED', 'assign', 'DISPATCHER', 'ASSIGNED'],
  ['ROUTED', 'cancelByResident', 'RESIDENT', 'CANCELLED'],
  ['ROUTED', 'cancelByDispatcher', 'DISPATCHER', 'CANCELLED'],
  ['ASSIGNED', 'start', 'CONTRACTOR', 'IN_PROGRESS'],
  ['ASSIGNED', 'reassign', 'DISPATCHER', 'ASSIGNED'],
  ['ASSIGNED', 'cancelByDispatcher', 'DISPATCHER', 'CANCELLED'],
  ['IN_PROGRESS', 'completeWork', 'CONTRACTOR', 'WORK_DONE'],
  ['WORK_DONE', 'verify', 'DISPATCHER', 'VERIFIED'],
  ['WORK_DONE', 'returnForRework', 'DISPATCHER', 'RETURNED'],
  ['VERIFIED', 'confirm', 'RESIDENT', 'CLOSED'],
  ['VERIFIED', 'reject', 'RESIDENT', 'REOPENED'],
  ['VERIFIED', 'autoClose', 'SYSTEM', 'CLOSED_UNCONFIRMED'],
  ['CLOSED_UNCONFIRMED', 'reopen', 'RESIDENT', 'REOPENED'],
  ['RETURNED', 'start', 'CONTRACTOR', 'IN_PROGRESS'],
  ['RETURNED', 'reassign', 'DISPATCHER', 'ASSIGNED'],
  ['REOPENED', 'assign', 'DISPATCHER', 'ASSIGNED'],
  ['REOPENED', 'cancelByDispatcher', 'DISPATCHER', 'CANCELLED'],
];

// Which actor owns each action, also by hand: decides which refusal reason to expect.
const ownerOf: Record<RequestAction, Actor> = {
  route: 'SYSTEM',
  assign: 'DISPATCHER',
  start: 'CONTRACTOR',
  completeWork: 'CONTRACTOR',
  verify: 'DISPATCHER',
  returnForRework: 'DISPATCHER',
  confirm: 'RESIDENT',
  reject: 'RESIDENT',
  autoClose: 'SYSTEM',
  reopen: 'RESIDENT',
  cancelByResident: 'RESIDENT',
  cancelByDispatcher: 'DISPATCHER',
  routeByAdministrator: 'ADMINISTRATOR',
  reassign: 'DISPATCHER',
};

const key = (status: string, action: string, actor: string) => `${status}|${action}|${actor}`;
const allowedTo = new Map(allowed.map(([status, action, actor, to]) => [key(status, action, actor), to]));

const crossProduct = requestStatuses.flatMap((status) =>
  requestActions.flatMap((action) => actors.map((actor) => [status, action, actor] as const)),
);

describe('transition — every status × action × actor', () => {
  it('covers the full cross product of 11 statuses, 14 actions and 5 actors', () => {
    expect(actors).toEqual(['RESIDENT', 'DISPATCHER', 'CONTRACTOR', 'ADMINISTRATOR', 'SYSTEM']);
    expect(crossProduct).toHaveLength(11 * 14 * 5);
    expect(allowed).toHaveLength(21);
    expect(new Set(allowed.map(([s, a, r]) => key(s, a, r))).size).toBe(21);
  });

  it.each(crossProduct)('%s + %s by %s', (status, action, actor) => {
    const result = transition(status, action, actor);
    const to = allowedTo.get(key(status, action, actor));
    if (to !== undefined) {
      expect(result).toEqual({ ok: true, to });
    } else if (ownerOf[action] !== actor) {
      expect(result).toEqual({ ok: false, reason: 'NOT_ALLOWED_FOR_ROLE' });
    } else {
      expect(result).toEqual({ ok: false, reason: 'NOT_ALLOWED_FROM_STATUS' });
    }
  });

  it('allows exactly the 21 listed combinations', () => {
    const succeeded = crossProduct
      .filter(([s, a, r]) => transition(s, a, r).ok)
      .map(([s, a, r]) => key(s, a, r));
    expect(succeeded.sort()).toEqual([...allowedTo.keys()].sort());
  });
});

describe('transition — behaviour spelled out', () => {
  it('refuses a resident an assignment whatever the status, by role', () => {
    for (const status of requestStatuses) {
      expect(transition(status, 'assign', 'RESIDENT')).toEqual({ ok: false, reason: 'NOT_ALLOWED_FOR_ROLE' });
    }
  });

  it('refuses assignment when the request is already assigned, by status', () => {
    expect(transition('ASSIGNED', 'assign', 'DISPATCHER')).toEqual({
      ok: false,
      reason: 'NOT_ALLOWED_FROM_STATUS',
    });
  });

  it('lets only the resident close a verified request by hand', () => {
    expect(transition('VERIFIED', 'confirm', 'RESIDENT')).toEqual({ ok: true, to: 'CLOSED' });
    expect(transition('VERIFIED', 'confirm', 'DISPATCHER').ok).toBe(false);
    expect(transition('VERIFIED', 'confirm', 'ADMINISTRATOR').ok).toBe(false);
  });

  it('closes an unanswered request as unconfirmed, by the platform only', () => {
    expect(transition('VERIFIED', 'autoClose', 'SYSTEM')).toEqual({ ok: true, to: 'CLOSED_UNCONFIRMED' });
    for (const actor of actors.filter((a) => a !== 'SYSTEM'))
      expect(transition('VERIFIED', 'autoClose', actor), actor).toEqual({
        ok: false,
        reason: 'NOT_ALLOWED_FOR_ROLE',
      });
  });

  it('lets only the resident reopen a request closed without confirmation, back to work as a rejection does', () => {
    const reopened = transition('CLOSED_UNCONFIRMED', 'reopen', 'RESIDENT');
    expect(reopened).toEqual(transition('VERIFIED', 'reject', 'RESIDENT'));
    expect(reopened).toEqual({ ok: true, to: 'REOPENED' });
    for (const actor of actors.filter((a) => a !== 'RESIDENT'))
      expect(transition('CLOSED_UNCONFIRMED', 'reopen', actor).ok, actor).toBe(false);
    // A request the resident confirmed, or one still waiting for their answer, is not "reopened".
    expect(transition('CLOSED', 'reopen', 'RESIDENT')).toEqual({
      ok: false,
      reason: 'NOT_ALLOWED_FROM_STATUS',
    });
    expect(transition('VERIFIED', 'reopen', 'RESIDENT')).toEqual({
      ok: false,
      reason: 'NOT_ALLOWED_FROM_STATUS',
    });
    // Nor can the resident confirm or rate-close it after the fact: reopening is the only way out.
    expect(availableActions('CLOSED_UNCONFIRMED', 'RESIDENT')).toEqual(['reopen']);
  });

  it('does not let a resident cancel once a contractor is assigned', () => {
    expect(transition('ASSIGNED', 'cancelByResident', 'RESIDENT')).toEqual({
      ok: false,
      reason: 'NOT_ALLOWED_FROM_STATUS',
    });
  });

  it('lets the administrator route an unrouted request, and nothing else', () => {
    for (const status of requestStatuses) {
      expect(availableActions(status, 'ADMINISTRATOR')).toEqual(
        status === 'NEW' ? ['routeByAdministrator'] : [],
      );
    }
  });
});

describe('availableActions', () => {
  it.each(requestStatuses.flatMap((status) => actors.map((actor) => [status, actor] as const)))(
    'in %s for %s matches the expected list',
    (status, actor) => {
      const expected = requestActions.filter((action) => allowedTo.has(key(status, action, actor)));
      expect(availableActions(status, actor)).toEqual(expected);
    },
  );

  it('offers a dispatcher of an assigned request to cancel or reassign it', () => {
    expect(availableActions('ASSIGNED', 'DISPATCHER')).toEqual(['cancelByDispatcher', 'reassign']);
  });

  it('offers the resident confirm or reject on a verified request', () => {
    expect(availableActions('VERIFIED', 'RESIDENT')).toEqual(['confirm', 'reject']);
  });
});

describe('lifecycle shape', () => {
  it('has no way out of a terminal status but the resident’s reopen, and at least one out of every open one', () => {
    for (const status of requestStatuses) {
      const ways = actors.flatMap((actor) => availableActions(status, actor));
      if (status === 'CLOSED_UNCONFIRMED') expect(ways).toEqual(['reopen']);
      else expect(ways.length > 0, status).toBe(!isTerminal(status));
    }
    expect(isTerminal('CLOSED_UNCONFIRMED')).toBe(true);
  });

  it('reaches every status from NEW', () => {
    const reached = new Set<RequestStatus>(['NEW']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [status, action, actor] of crossProduct) {
        const result = transition(status, action, actor);
        if (reached.has(status) && result.ok && !reached.has(result.to)) {
          reached.add(result.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...requestStatuses].sort());
  });
});

describe('isRequestAction', () => {
  it('recognises actions from untrusted input', () => {
    for (const action of requestActions) expect(isRequestAction(action)).toBe(true);
    for (const value of ['ROUTE', 'close', '', null, 0]) expect(isRequestAction(value)).toBe(false);
  });
});
