// Writes the standard repair catalogue (prisma/seed/standard-categories.ts) where it is missing: the default SLA
// set of a new city and of the demo. Categories are found by code; one an administrator changed is left alone.
import { standardCategories } from '../../../../prisma/seed/standard-categories.ts';
import type { Db, Tx } from '../infra/db/database.ts';

/** Inserts the standard categories that do not exist yet; returns how many it inserted. */
export async function insertStandardCategories(tx: Db | Tx): Promise<number> {
  const { count } = await tx.serviceCategory.createMany({
    data: standardCategories.map((c) => ({
      code: c.code,
      name: c.name,
      slaUnit: c.slaUnit,
      slaAmount: c.slaAmount,
      isEmergency: c.isEmergency,
      sortOrder: c.sortOrder,
      ...(c.handlingOrganizationKind ? { handlingOrganizationKind: c.handlingOrganizationKind } : {}),
    })),
    skipDuplicates: true,
  });
  return count;
}
