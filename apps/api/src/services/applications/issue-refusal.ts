// A refusal is an outcome too: the applicant gets a certificate of refusal naming the legal ground from
// the service's catalogue, numbered, dated and verifiable like any certificate (seed 004: "a certificate …
// or a certificate of refusal").
import { localDateOf, type IssuedDocumentPayload, type LocalizedText } from '@citydesk/domain';
import type { Tx } from '../../infra/db/database.ts';
import type { Emit } from '../context.ts';
import { issueDocument } from '../documents/issue-document.ts';
import { localizedMessage } from '../documents/localized-message.ts';
import type { RequestWithRelations } from '../requests/request-shape.ts';
import type { EService } from './e-service.ts';
import { fact, placeFact } from './outcome-facts.ts';

export const REFUSAL_DOCUMENT_KIND = 'REFUSAL';

export async function issueRefusal(
  tx: Tx,
  emit: Emit,
  input: { request: RequestWithRelations; service: EService; groundCode: string; now: Date },
): Promise<void> {
  const { request, service, now } = input;
  const ground = service.spec.refusalGrounds.find((g) => g.code === input.groundCode);
  if (!ground) throw new Error(`unknown refusal ground ${input.groundCode}`);
  const application = await tx.application.findUniqueOrThrow({ where: { requestId: request.id } });
  const city = await tx.city.findUniqueOrThrow({ where: { id: request.cityId } });
  const place = placeFact(request);
  const payload: IssuedDocumentPayload = {
    title: localizedMessage((m) => m.documents.outcome.titles.REFUSAL),
    serviceName: service.row.name as LocalizedText,
    applicantName: application.applicantName,
    requestNumber: request.number,
    issuerName: request.organization?.name ?? '',
    facts: [
      ...(place ? [place] : []),
      fact('decidedOn', { date: localDateOf(now.getTime(), city.timeZone) }),
      fact('refusalGround', { localized: ground.label }),
    ],
    statements: [],
    officialLocale: city.officialLocale,
  };
  await issueDocument(tx, emit, {
    request,
    kind: REFUSAL_DOCUMENT_KIND,
    issuerOrganizationId: request.organizationId!,
    payload,
    now,
  });
}
