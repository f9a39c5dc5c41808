// Approval issues the service's outcome in the approving transaction: a place on the waiting list, a
// household-size record, a change of the meter register — and always a verifiable document stating it. What the
// outcome asserts (no debt) is checked first, in the same transaction, and stated on the document in words.
import {
  assertionStatements,
  documentValidUntil,
  householdChangeDates,
  localDateOf,
  type DocumentFact,
  type IssuedDocumentPayload,
  type LocalizedText,
} from '@citydesk/domain';
import { formatLocalDay } from '@citydesk/i18n';
import type { Tx } from '../../infra/db/database.ts';
import type { Emit } from '../context.ts';
import { issueDocument } from '../documents/issue-document.ts';
import { issueMeterOutcome } from '../meters/meter-outcomes.ts';
import { localizedMessage } from '../documents/localized-message.ts';
import type { RequestWithRelations } from '../requests/request-shape.ts';
import type { EService } from './e-service.ts';
import { answerFacts, fact, placeFact } from './outcome-facts.ts';
import { assertOutcomeAllowed } from './outcome-guard.ts';
import { queuePosition } from './waiting-list.ts';

export interface OutcomeInput {
  request: RequestWithRelations;
  service: EService;
  now: Date;
  /** The payment that led to the approval, if any. */
  payment: { amount: number; currency: string } | null;
}

export async function issueOutcome(tx: Tx, emit: Emit, input: OutcomeInput): Promise<void> {
  const { request, service, now } = input;
  const application = await tx.application.findUniqueOrThrow({ where: { requestId: request.id } });
  const city = await tx.city.findUniqueOrThrow({ where: { id: request.cityId } });
  const today = localDateOf(now.getTime(), city.timeZone);
  const answers = application.answers as Record<string, string | number | boolean>;
  await assertOutcomeAllowed(tx, {
    organizationId: request.organizationId!,
    spec: service.spec,
    answers,
    currency: city.currency,
  });
  const facts: DocumentFact[] = [];
  const place = placeFact(request);
  if (place) facts.push(place);
  facts.push(...answerFacts(service.spec, answers));
  let title: LocalizedText = service.row.name as LocalizedText;

  switch (service.spec.outcome) {
    case 'CERTIFICATE':
      facts.push(fact('validOn', { date: today }));
      break;
    case 'PAYMENT_RECEIPT':
      title = localizedMessage((m) => m.documents.outcome.titles.PAYMENT_RECEIPT);
      break;
    case 'WAITING_LIST': {
      title = localizedMessage((m) => m.documents.outcome.titles.WAITING_LIST);
      const entry = await tx.waitingListEntry.create({
        data: { listCode: service.row.code, requestId: request.id, registeredAt: now },
      });
      facts.push(fact('registrationDate', { date: today }));
      facts.push(fact('queueNumber', { number: await queuePosition(tx, entry.id) }));
      break;
    }
    case 'HOUSEHOLD_SIZE': {
      title = localizedMessage((m) => m.documents.outcome.titles.HOUSEHOLD_SIZE);
      // The household as the resident stated it when filing counts from that day (seed 003).
      const { effectiveFrom } = householdChangeDates(localDateOf(request.createdAt.getTime(), city.timeZone));
      const size = Number(answers.residentsCount);
      await tx.householdSizeRecord.create({
        data: {
          premisesId: request.premisesId!,
          size,
          effectiveFrom: new Date(`${effectiveFrom}T00:00:00Z`),
          requestId: request.id,
        },
      });
      facts.push(fact('registeredResidents', { number: size }));
      facts.push(fact('effectiveFrom', { date: effectiveFrom }));
      await tx.application.update({
        where: { requestId: request.id },
        data: { decision: { ...(application.decision as object), effectiveFrom } },
      });
      break;
    }
    case 'METER_REGISTRATION':
    case 'METER_REPLACEMENT':
    case 'METER_REVERIFICATION': {
      // The register changes here, in the approving transaction.
      const issued = await issueMeterOutcome(tx, {
        outcome: service.spec.outcome,
        request,
        answers,
        today,
        now,
      });
      title = issued.title;
      facts.push(...issued.facts);
      if (issued.change)
        await tx.application.update({
          where: { requestId: request.id },
          data: { decision: { ...(application.decision as object), meter: issued.change } },
        });
      break;
    }
  }
  if (input.payment) {
    facts.push(
      fact('amountPaid', { money: { amount: input.payment.amount, currency: input.payment.currency } }),
    );
    facts.push(fact('paidOn', { date: today }));
  }

  const { validityDays, supersedeBy } = service.spec;
  const validUntil = validityDays ? documentValidUntil(today, validityDays) : null;
  if (validUntil) facts.push(fact('validUntil', { date: validUntil }));
  const payload: IssuedDocumentPayload = {
    title,
    serviceName: service.row.name as LocalizedText,
    applicantName: application.applicantName,
    requestNumber: request.number,
    issuerName: request.organization?.name ?? '',
    facts,
    statements: assertionStatements(service.spec.asserts, answers, (locale) => formatLocalDay(today, locale)),
    officialLocale: city.officialLocale,
    ...(validUntil ? { validUntil } : {}),
  };
  const subject = supersedeBy ? String(answers[supersedeBy] ?? '').trim() : '';
  await issueDocument(tx, emit, {
    request,
    kind: service.spec.outcome,
    issuerOrganizationId: request.organizationId!,
    payload,
    now,
    validUntil,
    subjectKey: subject ? `${service.row.code}:${subject}` : null,
  });
  await tx.application.update({ where: { requestId: request.id }, data: { decidedAt: now } });
}
