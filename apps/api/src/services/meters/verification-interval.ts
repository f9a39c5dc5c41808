// The date a meter's next verification is due, fixed whenever a verification is recorded: its city's interval
// for the kind of meter (`meter_verification_interval`), or the domain's default when the city set none.
import { defaultVerificationIntervalMonths, verificationDueOn, type MeterKind } from '@citydesk/domain';
import type { Tx } from '../../infra/db/database.ts';

export const dateOnly = (d: Date) => d.toISOString().slice(0, 10);
export const dateValue = (day: string) => new Date(`${day}T00:00:00Z`);

/** The verification interval, in months, of a kind of meter in a city. */
export async function verificationIntervalMonths(tx: Tx, cityId: string, kind: MeterKind): Promise<number> {
  const row = await tx.meterVerificationInterval.findUnique({ where: { cityId_kind: { cityId, kind } } });
  return row?.months ?? defaultVerificationIntervalMonths[kind];
}

/** The register's columns for a verification on `verifiedOn` (`YYYY-MM-DD`). */
export async function verificationColumns(tx: Tx, cityId: string, kind: MeterKind, verifiedOn: string) {
  const months = await verificationIntervalMonths(tx, cityId, kind);
  return {
    verifiedOn: dateValue(verifiedOn),
    verificationDueOn: dateValue(verificationDueOn(verifiedOn, months)),
  };
}
