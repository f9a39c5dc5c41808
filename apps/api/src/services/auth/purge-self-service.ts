// Sign-ups and reset links are kept a day after they expire (for the audit of what happened around a
// sign-in), then the periodic job deletes them, confirmed or not: the account, not the row, is the record.
import type { ServiceDeps } from '../context.ts';

export const SELF_SERVICE_RETENTION_MS = 24 * 3600_000;

/** Deletes registrations and reset links that expired more than a day ago; returns how many. */
export async function purgeExpiredSelfService(deps: Pick<ServiceDeps, 'db' | 'clock'>): Promise<number> {
  const before = new Date(deps.clock().getTime() - SELF_SERVICE_RETENTION_MS);
  const registrations = await deps.db.registration.deleteMany({ where: { expiresAt: { lt: before } } });
  const resets = await deps.db.passwordReset.deleteMany({ where: { expiresAt: { lt: before } } });
  return registrations.count + resets.count;
}
