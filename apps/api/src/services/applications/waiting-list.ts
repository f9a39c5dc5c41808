// Waiting lists: an entry's position is the number of live entries of its list registered before it
// (ties broken by id) plus one, so a removal moves everyone behind it up at once.
import type { Db, Tx } from '../../infra/db/database.ts';

export async function queuePosition(db: Db | Tx, entryId: string): Promise<number> {
  const rows = await db.$queryRaw<{ position: bigint }[]>`
    SELECT count(*) + 1 AS position
      FROM waiting_list_entry other
      JOIN waiting_list_entry own ON own.id = ${entryId}::uuid
     WHERE other.list_code = own.list_code
       AND other.removed_at IS NULL
       AND (other.registered_at, other.id) < (own.registered_at, own.id)`;
  return Number(rows[0]!.position);
}
