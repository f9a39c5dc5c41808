// What every new application goes through, whoever files it: the service's provider in the city, a
// number, the documents claimed against the service's requirements, a content hash (what a signature
// signs), the SUBMITTED step — and registration at once when the service needs no signature.
import { createHash } from 'node:crypto';
import { canonicalJson, localDateOf, type Answers, type AuditAction } from '@citydesk/domain';
import type { RequestChannel } from '../../generated/prisma/client.ts';
import { invalidInput } from '../../errors.ts';
import type { Tx } from '../../infra/db/database.ts';
import { isStaff, recordAudit } from '../audit/record-audit.ts';
import { checkMeterApplication } from '../meters/meter-applications.ts';
import type { Actor, Emit } from '../context.ts';
import { allocateRequestNumber } from '../requests/allocate-request-number.ts';
import { recordRequestEvent } from '../requests/record-event.ts';
import { applicationDeadline } from './application-deadline.ts';
import { claimApplicationDocuments, type ApplicationDocumentsInput } from './application-documents.ts';
import { offeredInDistrict, providerIn, type EService } from './e-service.ts';
import { registerApplication } from './register-application.ts';

export interface ApplicationCity {
  id: string;
  code: string;
  countryCode: string;
  timeZone: string;
}

export interface NewApplication {
  service: EService;
  city: ApplicationCity;
  /** Validated answers. */
  answers: Answers;
  documents: readonly ApplicationDocumentsInput[];
  /** The premises the application is about (services whose subject is PREMISES). */
  place: { buildingId: string; premisesId: string | null; districtId: string } | null;
  /** The resident's account, when the citizen has one. */
  residentId: string | null;
  applicantName: string;
  applicantEmail: string | null;
  contactPhone: string;
  channel: RequestChannel;
  /** The office filing on the citizen's behalf. */
  intakeOrganizationId: string | null;
  /** The audit code when staff file it (a resident's own submission is on its timeline only). */
  audit?: AuditAction;
}

/** The SHA-256 of what the applicant submits: service, answers, place and the files' own hashes. */
export function applicationContentHash(content: {
  service: string;
  answers: Answers;
  place: NewApplication['place'];
  documents: { kind: string | null; sha256: string }[];
}): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** Files the application; returns its id. Refusals are INVALID_INPUT and roll the transaction back. */
export async function createApplication(
  tx: Tx,
  emit: Emit,
  actor: Actor,
  input: NewApplication,
  now: Date,
): Promise<string> {
  const { service } = input;
  const provider = providerIn(service, input.city.id);
  if (!provider) throw invalidInput([{ field: 'serviceCode', code: 'not_offered_here' }]);
  if (service.spec.subject === 'PREMISES' && !input.place)
    throw invalidInput([{ field: 'premisesId', code: 'required' }]);
  if (!offeredInDistrict(service, input.place?.districtId ?? null))
    throw invalidInput([{ field: 'premisesId', code: 'not_offered_here' }]);
  // A meter application must fit the premises' meter register; a replacement or re-verification is about
  // one of its meters.
  const meterId = await checkMeterApplication(tx, {
    outcome: service.spec.outcome,
    premisesId: input.place?.premisesId ?? null,
    answers: input.answers,
    today: localDateOf(now.getTime(), input.city.timeZone),
  });

  const number = await allocateRequestNumber(tx, input.city, now);
  const request = await tx.request.create({
    data: {
      kind: 'E_SERVICE',
      status: 'SUBMITTED',
      number,
      cityId: input.city.id,
      categoryId: service.row.id,
      residentId: input.residentId,
      filedById: actor.userId,
      channel: input.channel,
      contactName: input.applicantName,
      contactPhone: input.contactPhone,
      buildingId: input.place?.buildingId ?? null,
      premisesId: input.place?.premisesId ?? null,
      organizationId: provider.id,
      intakeOrganizationId: input.intakeOrganizationId,
      meterId,
      // Provisional: the clock really starts at registration, which recomputes it.
      deadlineAt: await applicationDeadline(tx, input.city, service, { filedAt: now, registeredAt: now }),
      createdAt: now,
    },
  });
  const submitted = await recordRequestEvent(tx, {
    request,
    type: 'SUBMITTED',
    actor,
    toStatus: 'SUBMITTED',
    data: { channel: input.channel, service: service.row.code },
    at: now,
  });
  emit(submitted);
  const files = await claimApplicationDocuments(
    tx,
    actor,
    { requestId: request.id, eventId: submitted.eventId },
    service.spec.documents,
    input.documents,
  );
  await tx.application.create({
    data: {
      requestId: request.id,
      answers: input.answers,
      applicantName: input.applicantName,
      applicantEmail: input.applicantEmail,
      contentHash: applicationContentHash({
        service: service.row.code,
        answers: input.answers,
        place: input.place,
        documents: files.map((f) => ({ kind: f.documentKind ?? null, sha256: f.sha256 })),
      }),
    },
  });
  if (input.audit && isStaff(actor))
    await recordAudit(tx, {
      action: input.audit,
      actor,
      target: { type: 'application', id: request.id },
      details: {
        number,
        service: service.row.code,
        channel: input.channel,
        residentId: input.residentId ?? undefined,
        documents: files.length,
      },
      at: now,
    });
  if (service.spec.signing === 'NONE')
    await registerApplication(tx, emit, now, {
      requestId: request.id,
      city: input.city,
      service,
      filedAt: now,
    });
  return request.id;
}
