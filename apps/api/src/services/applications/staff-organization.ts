import { notAllowed } from '../../errors.ts';
import type { Actor } from '../context.ts';

/** The organization a staff member (dispatcher role) acts for; anyone else is NOT_ALLOWED. */
export function staffOrganizationOf(actor: Actor): string {
  if (actor.role !== 'DISPATCHER' || !actor.organizationId) throw notAllowed();
  return actor.organizationId;
}
