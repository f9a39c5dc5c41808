// For integration tests: the audit rows a step wrote, so a test can say "exactly this one row".
import type { AuditLog } from '../../generated/prisma/client.ts';
import type { Db } from '../../infra/db/database.ts';

/** The rows written while `step` ran (by position, so rows of the same millisecond are kept apart). */
export async function auditedBy<T>(db: Db, step: () => Promise<T>): Promise<{ result: T; rows: AuditLog[] }> {
  const last = await db.auditLog.findFirst({ orderBy: { position: 'desc' }, select: { position: true } });
  const result = await step();
  const rows = await db.auditLog.findMany({
    where: { position: { gt: last?.position ?? 0n } },
    orderBy: { position: 'asc' },
  });
  return { result, rows };
}

/** Runs a step that must be refused with `code` and proves it left no audit row. */
export async function refusedUnaudited(db: Db, step: () => Promise<unknown>, code: string): Promise<void> {
  const before = await db.auditLog.count();
  let error: unknown = null;
  try {
    await step();
  } catch (caught) {
    error = caught;
  }
  if ((error as { code?: string } | null)?.code !== code)
    throw new Error(`expected ${code}, got ${error === null ? 'success' : String((error as Error).message)}`);
  const after = await db.auditLog.count();
  if (after !== before) throw new Error(`a refused step left ${after - before} audit row(s)`);
}
