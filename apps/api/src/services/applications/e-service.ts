// An e-service read from the catalogue: its row, its parsed definition and who provides it.
import { parseServiceSpec, type ServiceSpec } from '@citydesk/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db/database.ts';

const eServiceInclude = {
  providers: { include: { organization: { select: { id: true, name: true, kind: true, cityId: true } } } },
  districts: { select: { districtId: true } },
} satisfies Prisma.ServiceCategoryInclude;

export type EServiceRow = Prisma.ServiceCategoryGetPayload<{ include: typeof eServiceInclude }>;
export type EService = { row: EServiceRow; spec: ServiceSpec };

const where = { kind: 'E_SERVICE', active: true } as const;

/** An active e-service by its code, or null. */
export async function findEService(db: Db | Tx, code: string): Promise<EService | null> {
  const row = await db.serviceCategory.findFirst({ where: { ...where, code }, include: eServiceInclude });
  return row ? { row, spec: parseServiceSpec(row.definition) } : null;
}

/** An active e-service by its catalogue id, or null. */
export async function findEServiceById(db: Db | Tx, id: string): Promise<EService | null> {
  const row = await db.serviceCategory.findFirst({ where: { ...where, id }, include: eServiceInclude });
  return row ? { row, spec: parseServiceSpec(row.definition) } : null;
}

/** Every active e-service, in catalogue order. */
export async function listEServices(db: Db | Tx): Promise<EService[]> {
  const rows = await db.serviceCategory.findMany({
    where,
    include: eServiceInclude,
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
  });
  return rows.map((row) => ({ row, spec: parseServiceSpec(row.definition) }));
}

/** The organization that handles the service in a city, or null when none does there. */
export function providerIn(service: EService, cityId: string) {
  return service.row.providers.find((p) => p.organization.cityId === cityId)?.organization ?? null;
}

/** Whether the service is offered in a district (always, unless it is rolled out district by district). */
export function offeredInDistrict(service: EService, districtId: string | null): boolean {
  if (!service.spec.districtRollout) return true;
  return districtId !== null && service.row.districts.some((d) => d.districtId === districtId);
}
