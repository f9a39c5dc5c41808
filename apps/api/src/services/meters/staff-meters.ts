// Meters for the staff of the utility that registers them (seed 003: the communal service centre, whose
// call centre also takes readings by phone): find a premises' meters by address or subscriber code and read
// a meter's history. Scoped here, not in the UI: only staff of an organization that provides the city's
// `meter_registration` service, and only meters of premises in that organization's city.
import { actorScope, can, type Action } from '@citydesk/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import { notAllowed, notFound } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { meterCityInclude, openWorkInclude } from './meter-shape.ts';
import { recordMeterReading } from './record-reading.ts';

/** The e-service whose provider keeps the meters. */
export const METER_SERVICE_CODE = 'meter_registration';

export const deskMeterInclude = {
  readings: {
    orderBy: { period: 'desc' as const },
    take: 120,
    include: { submittedBy: { select: { displayName: true } } },
  },
  premises: {
    select: {
      number: true,
      buildingId: true,
      building: { select: { street: true, houseNumber: true, district: meterCityInclude } },
      accounts: {
        select: { subscriberCode: true, holderName: true },
        orderBy: { subscriberCode: 'asc' as const },
      },
    },
  },
  workRequests: openWorkInclude,
} satisfies Prisma.MeterInclude;

export type DeskMeter = Prisma.MeterGetPayload<{ include: typeof deskMeterInclude }>;

/** Whether the actor's organization provides meter registration (the web shows the meters desk only then). */
export async function providesMeterService(
  deps: ServiceDeps,
  actor: Actor,
  action: Action = 'meterDesk:read',
): Promise<boolean> {
  const scope = actorScope(actor);
  if (!can(actor.role, action) || scope.kind !== 'organization') return false;
  const count = await deps.db.serviceProvider.count({
    where: { organizationId: scope.organizationId, category: { code: METER_SERVICE_CODE } },
  });
  return count > 0;
}

/** The meters the actor may see as meter-desk staff; NOT_ALLOWED for anyone else. */
export async function meterDeskScope(
  deps: ServiceDeps,
  actor: Actor,
  action: Action,
): Promise<Prisma.MeterWhereInput> {
  if (!(await providesMeterService(deps, actor, action)) || !actor.cityId) throw notAllowed();
  return { premises: { building: { district: { cityId: actor.cityId } } } };
}

/**
 * Meters of premises matching `search`: a subscriber code (its beginning, 4+ digits) or an address ("Баумана 7",
 * "Баумана 7 12": street words, then the house number, then the flat). At most 50, by address.
 */
export async function searchDeskMeters(
  deps: ServiceDeps,
  actor: Actor,
  search: string,
): Promise<DeskMeter[]> {
  const scope = await meterDeskScope(deps, actor, 'meterDesk:read');
  const text = search.trim();
  if (text.length < 2) return [];
  let where: Prisma.MeterWhereInput;
  if (/^\d{4,}$/.test(text)) {
    where = { premises: { accounts: { some: { subscriberCode: { startsWith: text } } } } };
  } else {
    const words = text
      .split(/[\s,]+/)
      .filter((w) => w.length > 0 && !/^(ул|пр|пер|кв|street|st)\.?$/i.test(w));
    const numbers: string[] = [];
    while (words.length > 1 && /^\d/.test(words.at(-1)!)) numbers.unshift(words.pop()!);
    const [house, flat] = numbers;
    where = {
      premises: {
        ...(flat ? { number: flat } : {}),
        building: {
          AND: words.map((w) => ({ street: { contains: w, mode: 'insensitive' as const } })),
          ...(house ? { houseNumber: { startsWith: house, mode: 'insensitive' as const } } : {}),
        },
      },
    };
  }
  return deps.db.meter.findMany({
    where: { AND: [scope, where] },
    include: deskMeterInclude,
    orderBy: [
      { premises: { building: { street: 'asc' } } },
      { premises: { number: 'asc' } },
      { kind: 'asc' },
    ],
    take: 50,
  });
}

/** One meter with its reading history (newest first); NOT_FOUND outside the actor's scope. */
export async function deskMeter(deps: ServiceDeps, actor: Actor, meterId: string): Promise<DeskMeter> {
  const scope = await meterDeskScope(deps, actor, 'meterDesk:read');
  if (!isUuid(meterId)) throw notFound();
  const meter = await deps.db.meter.findFirst({
    where: { AND: [scope, { id: meterId }] },
    include: deskMeterInclude,
  });
  if (!meter) throw notFound();
  return meter;
}

/**
 * The call centre takes this month's reading for a caller: recorded as submitted by the staff member for the
 * premises (source CALL_CENTRE), under exactly the rules of the resident's own submission.
 */
export async function takeMeterReading(
  deps: ServiceDeps,
  actor: Actor,
  input: { meterId: string; value: unknown; confirm?: boolean },
): Promise<DeskMeter> {
  const scope = await meterDeskScope(deps, actor, 'meterReading:take');
  const meterId = await recordMeterReading(deps, {
    meterId: input.meterId,
    scope,
    submittedById: actor.userId,
    source: 'CALL_CENTRE',
    value: input.value,
    confirm: input.confirm === true,
    auditAs: actor,
  });
  return deps.db.meter.findUniqueOrThrow({ where: { id: meterId }, include: deskMeterInclude });
}
