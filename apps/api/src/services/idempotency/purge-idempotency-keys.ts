// The periodic job that forgets used idempotency keys once they expired (24 hours after first use).
import type { ServiceDeps } from '../context.ts';

export async function purgeExpiredIdempotencyKeys(deps: Pick<ServiceDeps, 'db' | 'clock'>): Promise<number> {
  const { count } = await deps.db.idempotencyKey.deleteMany({ where: { expiresAt: { lte: deps.clock() } } });
  return count;
}
