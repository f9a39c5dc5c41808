// The catalogue of what can be done in citydesk, one `'<resource>:<verb>'` action per capability,
// named after what the code does. Every root field of the API declares one of these, and the
// services assert the same one, so schema and services speak one vocabulary.

/** Every action and what it lets its holder do. */
export const actionCatalogue = {
  // Session and the city everyone sees (public: the anonymous caller too).
  'session:read': 'Ask who is signed in.',
  'session:signIn': 'Sign in with e-mail and password.',
  'session:signOut': 'End the current session.',
  'city:read': 'Read the city’s name, time zone and currency.',
  'document:verify': 'Check an issued document by its verification code.',
  'application:track': 'Open an application with its number and access code.',
  'transparency:read': 'Read how the companies handle repairs.',
  'setup:read': 'Ask whether the installation still needs its city.',
  'setup:run': 'Create the city and its first administrator on a fresh installation (with the setup token).',
  'account:register': 'Sign up as a resident, with a code sent to one’s e-mail address.',
  'account:resetPassword': 'Ask for a link that sets a new password, and use it.',

  // Every signed-in user.
  'account:setLocale': 'Choose the language one reads citydesk in.',
  'account:changePassword': 'Change one’s password.',
  'notification:list': 'Read one’s own notifications.',
  'notification:markRead': 'Mark one’s own notifications read.',

  // Repair requests.
  'request:file': 'File a repair request for one’s own premises.',
  'request:readOwn': 'Read the requests one filed.',
  'request:watchOwn': 'Follow the steps on one’s own requests live.',
  'request:confirm': 'Confirm the work done: this closes a request.',
  'request:reject': 'Reject the work done with a reason.',
  'request:reopen': 'Reopen a request closed without confirmation.',
  'request:rate': 'Rate a closed request.',
  'request:cancel': 'Cancel a request.',
  'request:read': 'Read a request one’s organization (or city) handles.',
  'request:readQueue': 'Read the organization’s queue of open requests.',
  'request:watchQueue': 'Follow the organization’s queue live.',
  'request:assign': 'Give a request to a contractor, issuing its work order.',
  'request:verify': 'Accept the contractor’s work.',
  'request:return': 'Send the work back to the contractor for rework.',
  'request:fileByPhone': 'File a request for a caller.',
  'request:edit': 'Change a request’s category or priority, add a note.',
  'request:route': 'Route an unrouted request to a management company.',
  'request:readUnrouted': 'Read the requests no company serves.',
  'request:watchCity': 'Follow every step in the city live.',
  'serviceCategory:list': 'Read the categories a request or application can be filed in.',
  'premises:readOwn': 'Read the premises one lives in.',
  'building:list': 'Read the buildings of the city and of the company.',
  'resident:search': 'Find a resident to file for.',
  'contractor:list': 'Read the contractors the organization gives work to.',
  'contractor:listWorkers': 'Read the workers of a contracted contractor.',

  // Work orders.
  'workOrder:list': 'Read the work orders given to one’s organization.',
  'workOrder:watch': 'Follow the work orders live.',
  'workOrder:start': 'Start the work of a work order.',
  'workOrder:complete': 'Mark the work done with the signed order.',

  // E-service applications.
  'eService:read': 'Read the e-service catalogue.',
  'application:submit': 'Submit an application for oneself.',
  'application:readOwn': 'Read one’s own applications.',
  'application:read': 'Read an application one may see.',
  'application:sign': 'Sign an application with a one-time code.',
  'application:readQueue': 'Read the organization’s applications to decide.',
  'application:readIntake': 'Read what the office filed on citizens’ behalf.',
  'application:fileOnBehalf': 'File an application for a client or caller.',
  'application:review': 'Start the review of an application and run its check tasks.',
  'application:decide': 'Approve, refuse, invalidate an application or ask for its fee.',
  'application:orderMeterSealing': 'Order the sealing work an application needs.',
  'application:readCity': 'Read every application in the city.',
  'staff:listColleagues': 'Read the organization’s staff (to give a task to).',
  'utilityAccount:read': 'Read a utility account by its subscriber code.',
  'waitingList:remove': 'Remove an entry from a waiting list.',
  'document:revoke': 'Revoke a document the organization issued.',
  'payment:start': 'Start paying an application’s fee.',
  'contact:read': 'Read one’s confirmed e-mail addresses.',
  'contact:confirm': 'Confirm an e-mail address with a code.',
  'serviceDistrict:read': 'Read where an e-service is rolled out.',
  'serviceDistrict:configure': 'Roll an e-service out to (or back from) a district.',

  // Meters.
  'meter:readOwn': 'Read one’s meters and their readings.',
  'meterReading:readWindow': 'Read when readings are taken.',
  'meterReading:submit': 'Submit a reading of one’s meter.',
  'meterSeal:order': 'Order sealing or unsealing of one’s meter.',
  'meterDesk:read': 'Read the meter desk (the city’s meters).',
  'meterReading:take': 'Take a reading for a caller.',
  'meterSeal:orderForCaller': 'Order sealing or unsealing for a caller.',

  // The city's administration.
  'city:configure': 'Change the city’s settings (meter-reading rules).',
  'city:readOverview': 'Read the city overview.',
  'organization:list': 'Read the city’s organizations.',
  'calendar:read': 'Read the holiday calendars.',
  'calendar:configure': 'Change a holiday calendar.',
  'dashboard:read': 'Read the dashboards of one’s scope.',
  'dashboard:readRankings': 'Read the ranking of the companies.',
  'audit:read': 'Read the audit log.',
  'outbox:read': 'Read the outbox of e-mails and SMS.',
  'outbox:retry': 'Send a failed notification again.',

  // The administrator's data files.
  'import:write': 'Import the city’s data from files (housing stock; residents, accounts and meters follow).',
} as const satisfies Record<`${string}:${string}`, string>;

/** An action: `'<resource>:<verb>'`. */
export type Action = keyof typeof actionCatalogue;

/** Every action, in catalogue order. */
export const actions = Object.keys(actionCatalogue) as Action[];

/** Narrows an untrusted string to an {@link Action}. */
export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && Object.hasOwn(actionCatalogue, value);
}
