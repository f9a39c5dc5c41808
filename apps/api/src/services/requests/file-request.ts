// A resident files a repair request from the cabinet, for their own premises or a common area
// of their building, with up to 10 photos uploaded beforehand.
import { validateFileRequestInput } from '@citydesk/domain';
import type { CommonArea } from '../../generated/prisma/client.ts';
import { invalidInput, notFound } from '../../errors.ts';
import { transact, type Actor, type ServiceDeps } from '../context.ts';
import {
  runIdempotently,
  type IdempotencyClaim,
  type IdempotencyKey,
} from '../idempotency/run-idempotently.ts';
import { allocateRequestNumber } from './allocate-request-number.ts';
import { createRequest } from './create-request.ts';
import { requestInclude, type RequestWithRelations } from './request-shape.ts';
import { assertCan } from '../authorization/assert-can.ts';

export interface FileRequestInput {
  categoryId: string;
  premisesId?: string | null;
  commonArea?: CommonArea | null;
  /** With a common area: which of the resident's buildings. */
  buildingId?: string | null;
  description: string;
  contactPhone: string;
  preferredVisit?: string | null;
  /** Uploads of kind PHOTO (POST /files?kind=PHOTO). */
  photoIds?: string[];
}

/** With an idempotency key, a repeated filing returns the request the first one created. */
export async function fileRequest(
  deps: ServiceDeps,
  actor: Actor,
  input: FileRequestInput,
  idempotency: IdempotencyKey | null = null,
): Promise<RequestWithRelations> {
  assertCan(actor, 'request:file');
  return runIdempotently(
    deps,
    idempotency,
    { operation: 'fileRequest', input },
    {
      run: (claim) => fileRequestOnce(deps, actor, input, claim),
      replay: (requestId) => filedRequest(deps, requestId),
    },
  );
}

/** What a filing returned, read again for a replay. */
export function filedRequest(deps: ServiceDeps, requestId: string): Promise<RequestWithRelations> {
  return deps.db.request.findUniqueOrThrow({ where: { id: requestId }, include: requestInclude });
}

async function fileRequestOnce(
  deps: ServiceDeps,
  actor: Actor,
  input: FileRequestInput,
  claim: IdempotencyClaim | null,
): Promise<RequestWithRelations> {
  assertCan(actor, 'request:file');
  const checked = validateFileRequestInput(input);
  if (!checked.ok) throw invalidInput(checked.issues);
  const value = checked.value;

  const category = await findRepairCategory(deps, input.categoryId);
  // The location must be the resident's own premises, or a common area of their building.
  const occupancy = await deps.db.occupancy.findFirst({
    where: value.premisesId
      ? { userId: actor.userId, premisesId: value.premisesId }
      : { userId: actor.userId, premises: { buildingId: input.buildingId ?? '' } },
    include: {
      user: true,
      premises: { include: { building: { include: { district: { include: { city: true } } } } } },
    },
  });
  if (!occupancy) throw notFound();
  const building = occupancy.premises.building;

  const now = deps.clock();
  const number = await allocateRequestNumber(deps.db, building.district.city, now);
  return transact(deps, async (tx, emit) => {
    const request = await createRequest(
      tx,
      emit,
      actor,
      {
        category,
        building,
        city: building.district.city,
        premisesId: value.premisesId ? occupancy.premisesId : null,
        commonArea: value.commonArea ?? null,
        residentId: actor.userId,
        channel: 'WEB',
        contactName: occupancy.user.displayName,
        contactPhone: value.contactPhone,
        description: value.description,
        preferredVisit: value.preferredVisit ?? null,
        photoIds: input.photoIds ?? [],
        number,
      },
      now,
    );
    await claim?.complete(tx, request.id);
    return request;
  });
}

export async function findRepairCategory(deps: ServiceDeps, categoryId: string) {
  const category = await deps.db.serviceCategory.findFirst({
    where: { id: categoryId, active: true, kind: 'REPAIR' },
  });
  if (!category) throw invalidInput([{ field: 'categoryId', code: 'required' }]);
  return category;
}
