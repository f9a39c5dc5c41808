// What every read of a meter loads beside its own columns, for the resident's and the desk's views: the
// city's time zone (verification state is counted in local days) and its open sealing / unsealing work.
import { openRequestStatuses } from '@citydesk/domain';
import type { Prisma } from '../../generated/prisma/client.ts';

/** The open sealing / unsealing work orders of a meter (at most one: see `lockForSealWork`). */
export const openSealWorkWhere = {
  kind: 'REPAIR',
  status: { in: [...openRequestStatuses] },
} satisfies Prisma.RequestWhereInput;

export const openWorkInclude = {
  where: openSealWorkWhere,
  select: { id: true, number: true, status: true, category: { select: { code: true } } },
  take: 1,
} satisfies Prisma.Meter$workRequestsArgs;

export const meterCityInclude = {
  select: { cityId: true, city: { select: { timeZone: true } } },
} satisfies Prisma.DistrictDefaultArgs;
