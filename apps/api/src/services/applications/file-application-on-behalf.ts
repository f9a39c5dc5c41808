// A notary office files an application for a citizen who came to it (seed 001): its staff enter the
// citizen's details and the property, attach the documents, and later download the result for them.
// The provider's call centre does the same for a caller (seed 003: household size and meters "по телефону
// call-центра"), for the services whose definition allows it, at premises of its own city; the caller may
// be a registered resident of the premises, whose cabinet then shows the application.
// The citizen needs no account; services that must be signed by the citizen cannot be filed this way.
import { codePointLength, normalizePhone, trimToNull, type Locale } from '@citydesk/domain';
import { invalidInput, notAllowed, notFound, type InputIssue } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import { staffOrganizationOf } from '../authorization/assert-can.ts';
import { transact, type Actor, type ServiceDeps } from '../context.ts';
import {
  runIdempotently,
  type IdempotencyClaim,
  type IdempotencyKey,
} from '../idempotency/run-idempotently.ts';
import type { ApplicationDocumentsInput } from './application-documents.ts';
import type { ApplicationWithRelations } from './application-shape.ts';
import { createApplication } from './create-application.ts';
import { findEService, providerIn } from './e-service.ts';
import { getApplication } from './list-applications.ts';
import { checkedAnswers } from './submit-application.ts';
import { issueClientAccess } from './client-access.ts';

export interface FileOnBehalfInput {
  serviceCode: string;
  applicantName: string;
  applicantPhone: string;
  applicantEmail?: string | null;
  /** Any building of the city; with `premisesNumber` for a flat in it. */
  buildingId?: string | null;
  premisesNumber?: string | null;
  /** The caller, when they are a registered resident of those premises. */
  residentId?: string | null;
  answers: unknown;
  documents?: ApplicationDocumentsInput[];
}

function checkApplicant(input: FileOnBehalfInput) {
  const issues: InputIssue[] = [];
  const name = trimToNull(input.applicantName);
  if (name === null) issues.push({ field: 'applicantName', code: 'required' });
  else if (codePointLength(name) > 200) issues.push({ field: 'applicantName', code: 'too_long' });
  const phone = trimToNull(input.applicantPhone);
  const normalized = phone === null ? null : normalizePhone(phone);
  if (phone === null) issues.push({ field: 'applicantPhone', code: 'required' });
  else if (normalized === null) issues.push({ field: 'applicantPhone', code: 'invalid_phone' });
  const email = trimToNull(input.applicantEmail)?.toLowerCase() ?? null;
  if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    issues.push({ field: 'applicantEmail', code: 'invalid_email' });
  if (issues.length > 0 || name === null || normalized === null) throw invalidInput(issues);
  return { name, phone: normalized, email };
}

/** The registered resident the application is also for: one who lives in the premises it is about. */
async function callerResident(
  deps: ServiceDeps,
  residentId: string | null | undefined,
  premisesId: string | null,
) {
  if (!residentId) return null;
  const lives =
    premisesId && isUuid(residentId)
      ? await deps.db.occupancy.findFirst({ where: { userId: residentId, premisesId } })
      : null;
  if (!lives) throw invalidInput([{ field: 'residentId', code: 'invalid_choice' }]);
  return lives.userId;
}

/** With an idempotency key, a repeated filing returns the application the first one created. */
export async function fileApplicationOnBehalf(
  deps: ServiceDeps,
  actor: Actor,
  input: FileOnBehalfInput,
  idempotency: IdempotencyKey | null = null,
): Promise<ApplicationWithRelations> {
  staffOrganizationOf(actor, 'application:fileOnBehalf');
  const id = await runIdempotently(
    deps,
    idempotency,
    { operation: 'fileApplicationOnBehalf', input },
    { run: (claim) => fileOnBehalfOnce(deps, actor, input, claim), replay: async (id) => id },
  );
  return (await getApplication(deps, actor, id))!;
}

async function fileOnBehalfOnce(
  deps: ServiceDeps,
  actor: Actor,
  input: FileOnBehalfInput,
  claim: IdempotencyClaim | null,
): Promise<string> {
  const organizationId = staffOrganizationOf(actor, 'application:fileOnBehalf');
  const office = await deps.db.organization.findUniqueOrThrow({ where: { id: organizationId } });
  const service = await findEService(deps.db, input.serviceCode);
  if (office.kind !== 'NOTARY_OFFICE' && !service) throw notAllowed();
  if (!service) throw notFound();
  // Who files: a notary office for its client, or the service's own provider (its call centre) for a caller.
  const callCentre =
    office.kind !== 'NOTARY_OFFICE' &&
    service.spec.callCentreIntake &&
    providerIn(service, office.cityId)?.id === office.id;
  if (office.kind !== 'NOTARY_OFFICE' && !callCentre) throw notAllowed();
  if (service.spec.signing !== 'NONE') throw notAllowed();
  const applicant = checkApplicant(input);
  const answers = checkedAnswers(service.spec, input.answers);

  let place: { buildingId: string; premisesId: string | null; districtId: string } | null = null;
  if (service.spec.subject === 'PREMISES') {
    if (!input.buildingId || !isUuid(input.buildingId))
      throw invalidInput([{ field: 'buildingId', code: 'required' }]);
    const building = await deps.db.building.findFirst({
      where: { id: input.buildingId, district: { cityId: office.cityId } },
      include: { premises: { where: { number: trimToNull(input.premisesNumber) ?? '' } } },
    });
    if (!building) throw invalidInput([{ field: 'buildingId', code: 'invalid_choice' }]);
    const premisesNumber = trimToNull(input.premisesNumber);
    if (premisesNumber !== null && building.premises.length === 0)
      throw invalidInput([{ field: 'premisesNumber', code: 'invalid_choice' }]);
    place = {
      buildingId: building.id,
      premisesId: building.premises[0]?.id ?? null,
      districtId: building.districtId,
    };
  }
  const residentId = await callerResident(deps, input.residentId, place?.premisesId ?? null);
  const city = await deps.db.city.findUniqueOrThrow({ where: { id: office.cityId } });

  const now = deps.clock();
  return transact(deps, async (tx, emit) => {
    const requestId = await createApplication(
      tx,
      emit,
      actor,
      {
        service,
        city,
        answers,
        documents: input.documents ?? [],
        place,
        residentId,
        applicantName: applicant.name,
        applicantEmail: applicant.email,
        contactPhone: applicant.phone,
        channel: callCentre ? 'PHONE' : 'OFFICE',
        audit: 'application.file_on_behalf',
        intakeOrganizationId: office.id,
      },
      now,
    );
    // The client has no account: the number and an access code, sent to the contacts given, open it.
    const { number } = await tx.request.findUniqueOrThrow({
      where: { id: requestId },
      select: { number: true },
    });
    await issueClientAccess(tx, {
      requestId,
      number,
      phone: applicant.phone,
      email: applicant.email,
      locale: city.officialLocale as Locale,
      now,
    });
    await claim?.complete(tx, requestId);
    return requestId;
  });
}
