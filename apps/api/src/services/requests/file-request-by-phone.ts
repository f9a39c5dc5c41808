// A dispatcher files a request for a resident who phoned: either a known resident (found by
// search) or a caller given by name, phone and address. The request records channel PHONE and
// who filed it; it is routed like any other.
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
import { filedRequest, findRepairCategory } from './file-request.ts';
import type { RequestWithRelations } from './request-shape.ts';
import { staffOrganizationOf } from '../authorization/assert-can.ts';

export interface PhoneIntakeInput {
  categoryId: string;
  /** The caller, when they are a registered resident. */
  residentId?: string | null;
  contactName: string;
  contactPhone: string;
  /** A building the dispatcher's company serves. */
  buildingId: string;
  /** The apartment number, or a common area. */
  premisesNumber?: string | null;
  commonArea?: CommonArea | null;
  description: string;
  preferredVisit?: string | null;
}

/** With an idempotency key, a repeated intake returns the request the first one created. */
export async function fileRequestByPhone(
  deps: ServiceDeps,
  actor: Actor,
  input: PhoneIntakeInput,
  idempotency: IdempotencyKey | null = null,
): Promise<RequestWithRelations> {
  staffOrganizationOf(actor, 'request:fileByPhone');
  return runIdempotently(
    deps,
    idempotency,
    { operation: 'fileRequestByPhone', input },
    {
      run: (claim) => fileRequestByPhoneOnce(deps, actor, input, claim),
      replay: (requestId) => filedRequest(deps, requestId),
    },
  );
}

async function fileRequestByPhoneOnce(
  deps: ServiceDeps,
  actor: Actor,
  input: PhoneIntakeInput,
  claim: IdempotencyClaim | null,
): Promise<RequestWithRelations> {
  const organizationId = staffOrganizationOf(actor, 'request:fileByPhone');
  const building = await deps.db.building.findFirst({
    where: { id: input.buildingId, managingOrganizationId: organizationId },
    include: { district: { include: { city: true } } },
  });
  if (!building) throw notFound();
  const premises = input.premisesNumber?.trim()
    ? await deps.db.premises.findUnique({
        where: { buildingId_number: { buildingId: building.id, number: input.premisesNumber.trim() } },
      })
    : null;
  if (input.premisesNumber?.trim() && !premises)
    throw invalidInput([{ field: 'premisesNumber', code: 'invalid_choice' }]);

  const checked = validateFileRequestInput({ ...input, premisesId: premises?.id ?? null });
  const issues = checked.ok ? [] : [...checked.issues];
  const contactName = input.contactName.trim();
  if (!contactName) issues.push({ field: 'contactName', code: 'required' });
  else if (contactName.length > 200) issues.push({ field: 'contactName', code: 'too_long' });
  if (!checked.ok || issues.length > 0) throw invalidInput(issues);
  const value = checked.value;

  if (input.residentId) {
    const lives = await deps.db.occupancy.findFirst({
      where: { userId: input.residentId, premises: { buildingId: building.id } },
    });
    if (!lives) throw invalidInput([{ field: 'residentId', code: 'invalid_choice' }]);
  }
  const category = await findRepairCategory(deps, input.categoryId);

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
        premisesId: premises?.id ?? null,
        commonArea: value.commonArea ?? null,
        residentId: input.residentId ?? null,
        channel: 'PHONE',
        audit: { action: 'request.file_by_phone' },
        contactName,
        contactPhone: value.contactPhone,
        description: value.description,
        preferredVisit: value.preferredVisit ?? null,
        photoIds: [],
        number,
      },
      now,
    );
    await claim?.complete(tx, request.id);
    return request;
  });
}
