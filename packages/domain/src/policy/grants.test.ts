import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../roles.ts';
import { actions, isAction, type Action } from './actions.ts';
import { callersThatCan, can, grants, isPublicAction } from './grants.ts';

// The written expectation, independent of the table it checks. Letters: A anonymous,
// R resident, D dispatcher, C contractor, X administrator.
const expected: Record<Action, string> = {
  'import:write': 'X',
  'session:read': 'ARDCX',
  'session:signIn': 'ARDCX',
  'session:signOut': 'ARDCX',
  'city:read': 'ARDCX',
  'document:verify': 'ARDCX',
  'application:track': 'ARDCX',
  'transparency:read': 'ARDCX',
  'setup:read': 'ARDCX',
  'setup:run': 'A',
  'account:register': 'ARDCX',
  'account:resetPassword': 'ARDCX',
  'account:setLocale': 'RDCX',
  'account:changePassword': 'RDCX',
  'notification:list': 'RDCX',
  'notification:markRead': 'RDCX',
  'request:file': 'R',
  'request:readOwn': 'R',
  'request:watchOwn': 'R',
  'request:confirm': 'R',
  'request:reject': 'R',
  'request:reopen': 'R',
  'request:rate': 'R',
  'request:cancel': 'RD',
  'request:read': 'DCX',
  'request:readQueue': 'D',
  'request:watchQueue': 'D',
  'request:assign': 'D',
  'request:verify': 'D',
  'request:return': 'D',
  'request:fileByPhone': 'D',
  'request:edit': 'D',
  'request:route': 'X',
  'request:readUnrouted': 'X',
  'request:watchCity': 'X',
  'serviceCategory:list': 'RD',
  'premises:readOwn': 'R',
  'building:list': 'D',
  'resident:search': 'D',
  'contractor:list': 'D',
  'contractor:listWorkers': 'D',
  'workOrder:list': 'C',
  'workOrder:watch': 'C',
  'workOrder:start': 'C',
  'workOrder:complete': 'C',
  'eService:read': 'RDX',
  'application:submit': 'R',
  'application:readOwn': 'R',
  'application:read': 'RDX',
  'application:sign': 'R',
  'application:readQueue': 'D',
  'application:readIntake': 'D',
  'application:fileOnBehalf': 'D',
  'application:review': 'D',
  'application:decide': 'D',
  'application:orderMeterSealing': 'D',
  'application:readCity': 'X',
  'staff:listColleagues': 'D',
  'utilityAccount:read': 'D',
  'waitingList:remove': 'D',
  'document:revoke': 'D',
  'payment:start': 'RD',
  'contact:read': 'R',
  'contact:confirm': 'R',
  'serviceDistrict:read': 'X',
  'serviceDistrict:configure': 'X',
  'meter:readOwn': 'R',
  'meterReading:readWindow': 'R',
  'meterReading:submit': 'R',
  'meterSeal:order': 'R',
  'meterDesk:read': 'D',
  'meterReading:take': 'D',
  'meterSeal:orderForCaller': 'D',
  'city:configure': 'X',
  'city:readOverview': 'X',
  'organization:list': 'X',
  'calendar:read': 'X',
  'calendar:configure': 'X',
  'dashboard:read': 'DCX',
  'dashboard:readRankings': 'X',
  'audit:read': 'X',
  'outbox:read': 'X',
  'outbox:retry': 'X',
};

const letterOf: Record<Role, string> = {
  RESIDENT: 'R',
  DISPATCHER: 'D',
  CONTRACTOR: 'C',
  ADMINISTRATOR: 'X',
};

describe('policy grants', () => {
  it('names every action <resource>:<verb>', () => {
    for (const action of actions) expect(action).toMatch(/^[a-z][A-Za-z]*:[a-z][A-Za-z]*$/);
  });

  it('has an expectation for exactly the catalogue’s actions', () => {
    expect(Object.keys(expected).sort()).toEqual([...actions].sort());
  });

  it.each(actions)('grants %s to exactly the expected callers', (action) => {
    expect(can(null, action)).toBe(expected[action].includes('A'));
    for (const role of roles) expect(can(role, action)).toBe(expected[action].includes(letterOf[role]));
  });

  it('grants every action to someone, and lists no action twice for a caller', () => {
    for (const action of actions) expect(callersThatCan(action).length).toBeGreaterThan(0);
    for (const list of Object.values(grants)) expect(new Set(list).size).toBe(list.length);
  });

  it('gives every signed-in role the public actions too, but setting up a city to the anonymous caller only', () => {
    for (const action of actions.filter(isPublicAction)) {
      expect(can(null, action)).toBe(true);
      for (const role of roles) expect(can(role, action)).toBe(true);
    }
    expect(isPublicAction('setup:run')).toBe(false);
  });

  it('lists the callers of an action in table order', () => {
    expect(callersThatCan('request:read')).toEqual(['DISPATCHER', 'CONTRACTOR', 'ADMINISTRATOR']);
    expect(callersThatCan('session:signIn')).toEqual([
      'ANONYMOUS',
      'RESIDENT',
      'DISPATCHER',
      'CONTRACTOR',
      'ADMINISTRATOR',
    ]);
  });

  it('recognises actions and nothing else', () => {
    expect(isAction('request:assign')).toBe(true);
    for (const value of ['request:fly', 'request', '', 'toString', null, 1])
      expect(isAction(value)).toBe(false);
  });
});
