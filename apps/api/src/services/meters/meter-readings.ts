// Monthly meter readings from the cabinet (seed 003): a resident submits the reading of a meter of
// their premises while the city's submission window is open; a second submission in the same month
// corrects the first. The history is per meter.
import { localDateOf, readingWindow, validateMeterReading } from '@citydesk/domain';
import type { Meter, MeterReading } from '../../generated/prisma/client.ts';
import { AppError, invalidInput, notAllowed, notFound } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import type { Actor, ServiceDeps } from '../context.ts';

export type MeterWithReadings = Meter & {
  readings: MeterReading[];
  premises: {
    number: string;
    building: { street: string; houseNumber: string; district: { cityId: string } };
  };
};

const meterInclude = {
  readings: { orderBy: { period: 'desc' as const }, take: 24 },
  premises: {
    select: {
      number: true,
      building: { select: { street: true, houseNumber: true, district: { select: { cityId: true } } } },
    },
  },
};

/** The meters of the resident's premises, each with its recent readings (newest first). */
export function listMyMeters(deps: ServiceDeps, actor: Actor): Promise<MeterWithReadings[]> {
  if (actor.role !== 'RESIDENT') throw notAllowed();
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

export async function submitMeterReading(
  deps: ServiceDeps,
  actor: Actor,
  input: { meterId: string; value: unknown },
): Promise<MeterWithReadings> {
  if (actor.role !== 'RESIDENT') throw notAllowed();
  if (!isUuid(input.meterId)) throw notFound();
  const meter = await deps.db.meter.findFirst({
    where: { id: input.meterId, premises: { occupants: { some: { userId: actor.userId } } } },
    include: meterInclude,
  });
  if (!meter) throw notFound();
  if (meter.status !== 'ACTIVE') throw notAllowed();
  const window = await readingWindowFor(deps, meter.premises.building.district.cityId);
  if (!window.open) throw new AppError('NOT_ALLOWED');
  const period = new Date(`${window.period}T00:00:00Z`);
  const previous = meter.readings.find((r) => r.period < period);
  const checked = validateMeterReading(input.value, previous ? Number(previous.value) : null);
  if (!checked.ok) throw invalidInput(checked.issues.map((i) => ({ ...i, field: 'value' })));
  const now = deps.clock();
  await deps.db.meterReading.upsert({
    where: { meterId_period: { meterId: meter.id, period } },
    create: {
      meterId: meter.id,
      period,
      value: checked.value,
      submittedAt: now,
      submittedById: actor.userId,
    },
    update: { value: checked.value, submittedAt: now, submittedById: actor.userId },
  });
  return deps.db.meter.findUniqueOrThrow({ where: { id: meter.id }, include: meterInclude });
}
