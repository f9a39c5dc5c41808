// The authorization policy of citydesk, in one vocabulary:
//
// - actions (`actions.ts`): what can be done, named `'<resource>:<verb>'` after what the code does
//   (`request:assign`, `workOrder:complete`, `city:configure`, `audit:read` …);
// - grants (`grants.ts`): the table role → actions, with the anonymous caller's public actions;
//   `can(role | null, action)` answers from it;
// - row scopes (`row-scopes.ts`): which rows an actor reaches, as data (`own`, `organization`,
//   `city`, `everything`, `nothing`) the services translate into database filters.
//
// The API's schema builder gives every root field one action and puts it into the schema of each
// role that `can` perform it (the anonymous schema holds the public actions); the services assert
// the same action and read rows through the scopes. Adding a role is one entry in `grants` (and in
// the row scopes' switch), plus its rows in the tests' expectation tables.
export * from './actions.ts';
export * from './grants.ts';
export * from './row-scopes.ts';
