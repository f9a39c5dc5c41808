import type { Role } from '../../gql/session/graphql.ts';

/** Where each role lands after signing in; each path is the root of that role's lazily loaded shell. */
export const homePath: Record<Role, string> = {
  RESIDENT: '/resident',
  DISPATCHER: '/dispatcher',
  CONTRACTOR: '/contractor',
  ADMINISTRATOR: '/admin',
};

/** Whether a path (e.g. where a signed-out visitor was going) belongs to the role's part of the app. */
export function pathBelongsTo(role: Role, path: string): boolean {
  const root = homePath[role];
  return path === root || path.startsWith(`${root}/`);
}
