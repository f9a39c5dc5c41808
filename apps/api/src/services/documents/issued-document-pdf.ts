// Downloading an issued document: whoever can see the application (the applicant, the office that
// filed it, the issuing organization, the city's administrators) gets the PDF in their language; the
// QR code and the printed link lead to the public verification page.
import { issuedDocumentPayloadSchema, type Locale, type LocalizedText } from '@citydesk/domain';
import { renderCertificatePdf } from '@citydesk/documents';
import type { Prisma } from '../../generated/prisma/client.ts';
import { notFound } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { requestsVisibleTo } from '../requests/visibility.ts';

export const verifyUrlOf = (publicUrl: string, code: string) =>
  `${publicUrl.replace(/\/+$/, '')}/verify/${code}`;

export async function issuedDocumentPdf(
  deps: Pick<ServiceDeps, 'db'>,
  actor: Actor,
  input: { documentId: string; publicUrl: string; locale?: Locale },
): Promise<{ fileName: string; bytes: Buffer }> {
  if (!isUuid(input.documentId)) throw notFound();
  const document = await deps.db.issuedDocument.findFirst({
    where: { id: input.documentId, request: { AND: [{ kind: 'E_SERVICE' }, requestsVisibleTo(actor)] } },
    include: { request: { include: { city: true } } },
  });
  if (!document) throw notFound();
  return renderIssuedDocumentPdf(document, input.publicUrl, input.locale ?? actor.locale);
}

/** Renders a stored document in `locale`, its QR code and link leading to `<publicUrl>/verify/<code>`. */
export async function renderIssuedDocumentPdf(
  document: Prisma.IssuedDocumentGetPayload<{ include: { request: { include: { city: true } } } }>,
  publicUrl: string,
  locale: Locale,
): Promise<{ fileName: string; bytes: Buffer }> {
  const city = document.request.city;
  const bytes = await renderCertificatePdf(
    {
      payload: issuedDocumentPayloadSchema.parse(document.payload),
      number: document.number,
      verificationCode: document.verificationCode,
      verifyUrl: verifyUrlOf(publicUrl, document.verificationCode),
      issuedAt: document.issuedAt,
      timeZone: city.timeZone,
      cityName: (city.name as LocalizedText)[locale],
    },
    locale,
  );
  return { fileName: `${document.number}.pdf`, bytes };
}
