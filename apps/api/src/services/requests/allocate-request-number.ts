import { formatRequestNumber } from '@citydesk/domain';
import type { Db, Tx } from '../../infra/db/database.ts';

/**
 * Next human-readable number for the city and year, e.g. KZN-2026-000123. The counter row stays locked
 * until the transaction that took the number ends, so filings take it on `db` (its own, one-statement
 * transaction) before they open theirs: they do not queue behind each other's whole filing, and a filing
 * that fails afterwards leaves a gap (numbers are unique and increasing, not gap-free).
 */
export async function allocateRequestNumber(
  tx: Db | Tx,
  city: { id: string; code: string; timeZone: string },
  at: Date,
): Promise<string> {
  const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: city.timeZone }).format(at));
  const rows = await tx.$queryRaw<{ last_value: number }[]>`
    INSERT INTO request_number_sequence (city_id, year, last_value) VALUES (${city.id}::uuid, ${year}, 1)
    ON CONFLICT (city_id, year) DO UPDATE SET last_value = request_number_sequence.last_value + 1
    RETURNING last_value`;
  return formatRequestNumber(city.code, year, rows[0]!.last_value);
}
