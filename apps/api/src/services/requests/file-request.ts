// A resident files a repair request. In the same transaction it gets its number and SLA
// deadline and is routed to the management company serving the building (or left for the
// administrator's "unrouted" queue when the building has none).
import {
  calendarFor,
  computeDeadline,
  countryCodes,
  transition,
  validateFileRequestInput,
  type CountryCode,
} from '@citydesk/domain';
import type { CommonArea } from '../../generated/prisma/client.ts';
import { AppError, invalidInput, notFound } from '../../errors.ts';
import { transact, type Actor, type ServiceDeps } from '../context.ts';
import { allocateRequestNumber } from './allocate-request-number.ts';
import { recordRequestEvent } from './record-event.ts';
import { requestInclude, type RequestWithRelations } from './request-shape.ts';

export interface FileRequestInput {
  categoryId: string;
  premisesId?: string | null;
  commonArea?: CommonArea | null;
  /** With a common area: which of the resident's buildings. */
  buildingId?: string | null;
  description: string;
  contactPhone: string;
  preferredVisit?: string | null;
}

export async function fileRequest(
  deps: ServiceDeps,
  actor: Actor,
  input: FileRequestInput,
): Promise<RequestWithRelations> {
  if (actor.role !== 'RESIDENT') throw new AppError('NOT_ALLOWED');
  const checked = validateFileRequestInput(input);
  if (!checked.ok) throw invalidInput(checked.issues);
  const value = checked.value;

  const category = await deps.db.serviceCategory.findFirst({
    where: { id: input.categoryId, active: true, kind: 'REPAIR' },
  });
  if (!category) throw invalidInput([{ field: 'categoryId', code: 'required' }]);

  // The location must be the resident's own premises, or a common area of their building.
  const occupancy = await deps.db.occupancy.findFirst({
    where: value.premisesId
      ? { userId: actor.userId, premisesId: value.premisesId }
      : { userId: actor.userId, premises: { buildingId: input.buildingId ?? '' } },
    include: { premises: { include: { building: { include: { district: { include: { city: true } } } } } } },
  });
  if (!occupancy) throw notFound();
  const building = occupancy.premises.building;
  const city = building.district.city;
  const user = await deps.db.user.findUniqueOrThrow({ where: { id: actor.userId } });

  return transact(deps, async (tx, emit) => {
    const now = deps.clock();
    const number = await allocateRequestNumber(tx, city, now);
    const deadlineAt = computeDeadline(
      now,
      { unit: category.slaUnit, amount: category.slaAmount },
      calendarFor(countryCodeOf(city.countryCode), city.timeZone),
    );
    const created = await tx.request.create({
      data: {
        number,
        cityId: city.id,
        categoryId: category.id,
        residentId: actor.userId,
        filedById: actor.userId,
        channel: 'WEB',
        contactName: user.displayName,
        contactPhone: value.contactPhone,
        buildingId: building.id,
        premisesId: value.premisesId ? occupancy.premisesId : null,
        commonArea: value.commonArea ?? null,
        description: value.description,
        preferredVisit: value.preferredVisit ?? null,
        priority: category.isEmergency ? 'EMERGENCY' : 'NORMAL',
        deadlineAt,
        createdAt: now,
      },
    });
    emit(await recordRequestEvent(tx, { request: created, type: 'FILED', actor, toStatus: 'NEW', at: now }));

    const routed = transition('NEW', 'route', 'SYSTEM');
    if (building.managingOrganizationId && routed.ok) {
      const request = await tx.request.update({
        where: { id: created.id },
        data: {
          status: routed.to,
          organizationId: building.managingOrganizationId,
          version: { increment: 1 },
        },
      });
      emit(
        await recordRequestEvent(tx, {
          request,
          type: 'ROUTED',
          actor: null,
          fromStatus: 'NEW',
          toStatus: routed.to,
          at: now,
        }),
      );
    } else {
      emit(await recordRequestEvent(tx, { request: created, type: 'UNROUTED', actor: null, at: now }));
    }
    return tx.request.findUniqueOrThrow({ where: { id: created.id }, include: requestInclude });
  });
}

function countryCodeOf(code: string): CountryCode {
  if (!(countryCodes as readonly string[]).includes(code))
    throw new Error(`no working-day calendar for ${code}`);
  return code as CountryCode;
}
