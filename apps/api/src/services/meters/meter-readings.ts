// Monthly meter readings from the cabinet (seed 003): a resident submits the reading of a meter of
// their premises while the city's submission window is open; a second submission in the same month
// corrects the first. The history is per meter; the rules a reading must pass are in record-reading.ts.
import { localDateOf, readingWindow } from '@citydesk/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { meterCityInclude, openWorkInclude } from './meter-shape.ts';
import { recordMeterReading } from './record-reading.ts';
import { assertCan } from '../authorization/assert-can.ts';

export const meterInclude = {
  readings: { orderBy: { period: 'desc' as const }, take: 24 },
  premises: {
    select: {
      number: true,
      building: { select: { street: true, houseNumber: true, district: meterCityInclude } },
    },
  },
  workRequests: openWorkInclude,
} satisfies Prisma.MeterInclude;

export type MeterWithReadings = Prisma.MeterGetPayload<{ include: typeof meterInclude }>;

/** The meters of the resident's premises, each with its recent readings (newest first). */
export function listMyMeters(deps: ServiceDeps, actor: Actor): Promise<MeterWithReadings[]> {
  assertCan(actor, 'meter:readOwn');
  return deps.db.meter.findMany({
    where: { premises: { occupants: { some: { userId: actor.userId } } }, status: { not: 'RETIRED' } },
    include: meterInclude,
    orderBy: [{ registeredAt: 'asc' }],
  });
}

/** The city's reading window as of now, in the city's local calendar. */
export async function readingWindowFor(deps: ServiceDeps, cityId: string) {
  const city = await deps.db.city.findUniqueOrThrow({ where: { id: cityId } });
  const today = localDateOf(deps.clock().getTime(), city.timeZone);
  const days = { fromDay: city.meterReadingFromDay, toDay: city.meterReadingToDay };
  return { today, ...days, ...readingWindow(today, days) };
}

/** This month's reading of a meter of the resident's premises (see {@link recordMeterReading}). */
export async function submitMeterReading(
  deps: ServiceDeps,
  actor: Actor,
  input: { meterId: string; value: unknown; confirm?: boolean },
): Promise<MeterWithReadings> {
  assertCan(actor, 'meterReading:submit');
  const meterId = await recordMeterReading(deps, {
    meterId: input.meterId,
    scope: { premises: { occupants: { some: { userId: actor.userId } } } },
    submittedById: actor.userId,
    value: input.value,
    confirm: input.confirm === true,
  });
  return deps.db.meter.findUniqueOrThrow({ where: { id: meterId }, include: meterInclude });
}
