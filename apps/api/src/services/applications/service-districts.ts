// District rollout (seed 001): the administrator enables a service district by district and sees how
// many of its documents each district has been issued.
import type { Prisma } from '../../generated/prisma/client.ts';
import { notFound } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import { changedFields } from '../audit/audit-details.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { transact, type Actor, type ServiceDeps } from '../context.ts';
import { findEService } from './e-service.ts';
import { administeredCityOf } from '../authorization/assert-can.ts';

export interface ServiceDistrictRow {
  districtId: string;
  name: Prisma.JsonValue;
  enabled: boolean;
  enabledAt: Date | null;
  issued: number;
}

export async function serviceDistricts(
  deps: ServiceDeps,
  actor: Actor,
  serviceCode: string,
): Promise<ServiceDistrictRow[]> {
  const cityId = administeredCityOf(actor, 'serviceDistrict:read');
  const service = await findEService(deps.db, serviceCode);
  if (!service) throw notFound();
  const [districts, issued] = await Promise.all([
    deps.db.district.findMany({ where: { cityId }, orderBy: { code: 'asc' } }),
    deps.db.$queryRaw<{ district_id: string; issued: bigint }[]>`
      SELECT b.district_id, count(d.id) AS issued
        FROM issued_document d
        JOIN request r ON r.id = d.request_id
        JOIN building b ON b.id = r.building_id
       WHERE r.category_id = ${service.row.id}::uuid AND r.city_id = ${cityId}::uuid AND d.revoked_at IS NULL
       GROUP BY b.district_id`,
  ]);
  const enabled = await deps.db.serviceDistrict.findMany({ where: { categoryId: service.row.id } });
  return districts.map((d) => {
    const on = enabled.find((e) => e.districtId === d.id);
    return {
      districtId: d.id,
      name: d.name,
      enabled: !service.spec.districtRollout || on !== undefined,
      enabledAt: on?.enabledAt ?? null,
      issued: Number(issued.find((i) => i.district_id === d.id)?.issued ?? 0),
    };
  });
}

export async function setServiceDistrict(
  deps: ServiceDeps,
  actor: Actor,
  input: { serviceCode: string; districtId: string; enabled: boolean },
): Promise<ServiceDistrictRow[]> {
  const cityId = administeredCityOf(actor, 'serviceDistrict:configure');
  const service = await findEService(deps.db, input.serviceCode);
  if (!service || !isUuid(input.districtId)) throw notFound();
  const district = await deps.db.district.findFirst({ where: { id: input.districtId, cityId } });
  if (!district) throw notFound();
  const key = { categoryId: service.row.id, districtId: district.id };
  const now = deps.clock();
  await transact(deps, async (tx) => {
    const wasEnabled =
      (await tx.serviceDistrict.findUnique({ where: { categoryId_districtId: key } })) !== null;
    if (input.enabled)
      await tx.serviceDistrict.upsert({
        where: { categoryId_districtId: key },
        create: { ...key, enabledAt: now },
        update: {},
      });
    else await tx.serviceDistrict.deleteMany({ where: key });
    await recordAudit(tx, {
      action: 'settings.service_district.set',
      actor,
      target: { type: 'service_district', id: `${input.serviceCode}/${district.code}` },
      details: {
        service: input.serviceCode,
        districtId: district.id,
        district: district.code,
        ...changedFields({ enabled: wasEnabled }, { enabled: input.enabled }),
      },
      at: now,
    });
  });
  return serviceDistricts(deps, actor, input.serviceCode);
}
