// Who may do what: the one table of role → actions. The schema builder puts a root field into
// the schema of every role that may perform its action, the scope check asks `can` at run time,
// and the services assert the same action. A new role is one entry here plus its tests.
import type { Role } from '../roles.ts';
import type { Action } from './actions.ts';

/** Who calls: a signed-in user's role, or the anonymous caller. */
export type Caller = Role | 'ANONYMOUS';

/** What anyone may do, signed in or not. */
export const publicActions = [
  'session:read',
  'session:signIn',
  'session:signOut',
  'city:read',
  'document:verify',
  'application:track',
  'transparency:read',
  'setup:read',
  'account:register',
  'account:resetPassword',
] as const satisfies readonly Action[];

/** What every signed-in user may do, whatever their role. */
export const signedInActions = [
  ...publicActions,
  'account:setLocale',
  'account:changePassword',
  'notification:list',
  'notification:markRead',
] as const satisfies readonly Action[];

/** The actions each caller may perform. */
export const grants: Record<Caller, readonly Action[]> = {
  // The first run happens before anyone can sign in: only the anonymous caller sets a city up.
  ANONYMOUS: [...publicActions, 'setup:run'],
  RESIDENT: [
    ...signedInActions,
    'request:file',
    'request:readOwn',
    'request:watchOwn',
    'request:confirm',
    'request:reject',
    'request:reopen',
    'request:rate',
    'request:cancel',
    'serviceCategory:list',
    'premises:readOwn',
    'eService:read',
    'application:submit',
    'application:readOwn',
    'application:read',
    'application:sign',
    'payment:start',
    'contact:read',
    'contact:confirm',
    'meter:readOwn',
    'meterReading:readWindow',
    'meterReading:submit',
    'meterSeal:order',
  ],
  DISPATCHER: [
    ...signedInActions,
    'request:cancel',
    'request:read',
    'request:readQueue',
    'request:watchQueue',
    'request:assign',
    'request:verify',
    'request:return',
    'request:fileByPhone',
    'request:edit',
    'serviceCategory:list',
    'building:list',
    'resident:search',
    'contractor:list',
    'contractor:listWorkers',
    'eService:read',
    'application:read',
    'application:readQueue',
    'application:readIntake',
    'application:fileOnBehalf',
    'application:review',
    'application:decide',
    'application:orderMeterSealing',
    'staff:listColleagues',
    'utilityAccount:read',
    'waitingList:remove',
    'document:revoke',
    'payment:start',
    'meterDesk:read',
    'meterReading:take',
    'meterSeal:orderForCaller',
    'dashboard:read',
  ],
  CONTRACTOR: [
    ...signedInActions,
    'request:read',
    'workOrder:list',
    'workOrder:watch',
    'workOrder:start',
    'workOrder:complete',
    'dashboard:read',
  ],
  ADMINISTRATOR: [
    ...signedInActions,
    'import:write',
    'request:read',
    'request:route',
    'request:readUnrouted',
    'request:watchCity',
    'eService:read',
    'application:read',
    'application:readCity',
    'serviceDistrict:read',
    'serviceDistrict:configure',
    'city:configure',
    'city:readOverview',
    'organization:list',
    'calendar:read',
    'calendar:configure',
    'dashboard:read',
    'dashboard:readRankings',
    'audit:read',
    'outbox:read',
    'outbox:retry',
  ],
};

const granted = new Map(
  Object.entries(grants).map(([caller, list]) => [caller as Caller, new Set<Action>(list)]),
);

/** Whether a caller (a role, or null for the anonymous caller) may perform an action. */
export function can(role: Role | null, action: Action): boolean {
  return granted.get(role ?? 'ANONYMOUS')?.has(action) ?? false;
}

/** The callers that may perform an action, in table order. */
export function callersThatCan(action: Action): Caller[] {
  return (Object.keys(grants) as Caller[]).filter((caller) =>
    can(caller === 'ANONYMOUS' ? null : caller, action),
  );
}

/** Whether an action is public: anyone may perform it, signed in or not. */
export const isPublicAction = (action: Action): boolean =>
  (publicActions as readonly Action[]).includes(action);
