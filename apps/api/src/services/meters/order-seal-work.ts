// Sealing or unsealing a meter, ordered by the resident in the cabinet or by the call centre for a caller
// (seed 003: "Заказать самостоятельно услугу по опломбированию или распломбированию приборов учета можно на
// сайте … по телефону"). The order is a work order (repair request in the `meter_sealing` or `meter_unsealing`
// category) routed to the organization that keeps the city's meters, so it runs through the ordinary
// contractor workflow; closing it seals or unseals the meter (activate-sealed-meter.ts).
import {
  normalizePhone,
  sealWorkAllowed,
  sealWorkCategoryCodes,
  trimToNull,
  type SealWork,
} from '@citydesk/domain';
import { createTranslator } from '@citydesk/i18n';
import type { Prisma, RequestChannel } from '../../generated/prisma/client.ts';
import { AppError, invalidInput, notAllowed, notFound, type InputIssue } from '../../errors.ts';
import type { Tx } from '../../infra/db/database.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import { transact, type Actor, type ServiceDeps } from '../context.ts';
import {
  runIdempotently,
  type IdempotencyClaim,
  type IdempotencyKey,
} from '../idempotency/run-idempotently.ts';
import { createRequest } from '../requests/create-request.ts';
import { meterInclude, type MeterWithReadings } from './meter-readings.ts';
import { openSealWorkWhere } from './meter-shape.ts';
import { deskMeterInclude, METER_SERVICE_CODE, meterDeskScope, type DeskMeter } from './staff-meters.ts';
import { assertCan } from '../authorization/assert-can.ts';

/**
 * Locks the meter and refuses a second open work order for it (METER_WORK_OPEN): under the lock, two
 * orders at once are counted one after the other.
 */
export async function lockForSealWork(tx: Tx, meterId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM meter WHERE id = ${meterId}::uuid FOR UPDATE`;
  const open = await tx.request.findFirst({
    where: { meterId, ...openSealWorkWhere },
    select: { number: true },
  });
  if (open) throw new AppError('METER_WORK_OPEN', { params: { number: open.number } });
}

interface Placement {
  meterId: string;
  work: SealWork;
  /** What the orderer may see. */
  scope: Prisma.MeterWhereInput;
  channel: RequestChannel;
  residentId: string | null;
  contactName: string;
  contactPhone: string;
}

/**
 * Places the work order once per idempotency key (the operation and `request` are what the caller sent);
 * resolves with the meter's id either way.
 */
function placeSealWorkOnce(
  deps: ServiceDeps,
  actor: Actor,
  placement: Placement,
  idempotency: IdempotencyKey | null,
  request: { operation: string; input: unknown },
): Promise<string> {
  return runIdempotently(deps, idempotency, request, {
    run: (claim) => placeSealWork(deps, actor, placement, claim),
    replay: async (requestId) =>
      (await deps.db.request.findUniqueOrThrow({ where: { id: requestId }, select: { meterId: true } }))
        .meterId!,
  });
}

async function placeSealWork(
  deps: ServiceDeps,
  actor: Actor,
  input: Placement,
  claim: IdempotencyClaim | null,
): Promise<string> {
  if (!isUuid(input.meterId)) throw notFound();
  const meter = await deps.db.meter.findFirst({
    where: { AND: [input.scope, { id: input.meterId }] },
    include: { premises: { include: { building: { include: { district: { include: { city: true } } } } } } },
  });
  if (!meter) throw notFound();
  const building = meter.premises.building;
  const city = building.district.city;
  const [provider, category] = await Promise.all([
    deps.db.serviceProvider.findFirst({
      where: { category: { code: METER_SERVICE_CODE }, organization: { cityId: city.id } },
      select: { organizationId: true },
    }),
    deps.db.serviceCategory.findFirst({
      where: { code: sealWorkCategoryCodes[input.work], kind: 'REPAIR', active: true },
    }),
  ]);
  // No organization keeps the city's meters (or the work is not offered): nobody could do it.
  if (!provider || !category) throw notAllowed();
  // The contractor reads the order in the city's official language, whoever ordered it.
  const { t } = createTranslator(city.officialLocale);
  await transact(deps, async (tx, emit) => {
    await lockForSealWork(tx, meter.id);
    const current = await tx.meter.findUniqueOrThrow({ where: { id: meter.id }, select: { status: true } });
    if (!sealWorkAllowed(current.status, input.work)) throw notAllowed();
    const created = await createRequest(
      tx,
      emit,
      actor,
      {
        category,
        building,
        city,
        premisesId: meter.premisesId,
        // Recorded when the call centre orders it for a caller (a resident's own order is not staff's).
        audit: { action: 'meter.seal_work.order', target: { type: 'meter', id: meter.id } },
        commonArea: null,
        residentId: input.residentId,
        channel: input.channel,
        contactName: input.contactName,
        contactPhone: input.contactPhone,
        description: t(`meterRegister.workDescription.${input.work}`, {
          kind: t(`meters.kinds.${meter.kind}`),
          serial: meter.serialNumber,
        }),
        preferredVisit: null,
        photoIds: [],
        routeTo: provider.organizationId,
        meterId: meter.id,
      },
      deps.clock(),
    );
    await claim?.complete(tx, created.id);
  });
  return meter.id;
}

/** The resident orders sealing or unsealing of a meter of their own premises (another's is NOT_FOUND). */
export async function orderSealWork(
  deps: ServiceDeps,
  actor: Actor,
  input: { meterId: string; work: SealWork },
  idempotency: IdempotencyKey | null = null,
): Promise<MeterWithReadings> {
  assertCan(actor, 'meterSeal:order');
  const user = await deps.db.user.findUniqueOrThrow({ where: { id: actor.userId } });
  const meterId = await placeSealWorkOnce(
    deps,
    actor,
    {
      ...input,
      scope: { premises: { occupants: { some: { userId: actor.userId } } } },
      channel: 'WEB',
      residentId: actor.userId,
      contactName: user.displayName,
      contactPhone: user.phone ?? '',
    },
    idempotency,
    { operation: 'orderMeterSealWork', input },
  );
  return deps.db.meter.findUniqueOrThrow({ where: { id: meterId }, include: meterInclude });
}

export interface CallerSealWorkInput {
  meterId: string;
  work: SealWork;
  callerName: string;
  callerPhone: string;
  /** The caller, when they are a registered resident of the meter's premises (they confirm the work). */
  residentId?: string | null;
}

/** The call centre of the organization that keeps the meters orders the work for a caller (channel PHONE). */
export async function orderSealWorkForCaller(
  deps: ServiceDeps,
  actor: Actor,
  input: CallerSealWorkInput,
  idempotency: IdempotencyKey | null = null,
): Promise<DeskMeter> {
  const scope = await meterDeskScope(deps, actor, 'meterSeal:orderForCaller');
  const issues: InputIssue[] = [];
  const name = trimToNull(input.callerName);
  if (name === null) issues.push({ field: 'callerName', code: 'required' });
  const phone = normalizePhone(input.callerPhone ?? '');
  if (phone === null) issues.push({ field: 'callerPhone', code: 'invalid_phone' });
  let residentId: string | null = null;
  if (input.residentId) {
    const lives =
      isUuid(input.residentId) && isUuid(input.meterId)
        ? await deps.db.occupancy.findFirst({
            where: { userId: input.residentId, premises: { meters: { some: { id: input.meterId } } } },
          })
        : null;
    if (!lives) issues.push({ field: 'residentId', code: 'invalid_choice' });
    else residentId = lives.userId;
  }
  if (issues.length > 0 || name === null || phone === null) throw invalidInput(issues);
  const meterId = await placeSealWorkOnce(
    deps,
    actor,
    {
      meterId: input.meterId,
      work: input.work,
      scope,
      channel: 'PHONE',
      residentId,
      contactName: name,
      contactPhone: phone,
    },
    idempotency,
    { operation: 'orderMeterSealWorkForCaller', input },
  );
  return deps.db.meter.findUniqueOrThrow({ where: { id: meterId }, include: deskMeterInclude });
}
