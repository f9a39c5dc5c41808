// A citizen for whom an office filed an application (a notary, the call centre) has no account: at
// filing they get an access code at the contacts they gave (SMS to the phone, and the e-mail when
// given), and with the application's number and that code they open it on the public "track an
// application" page and download its documents. Only the code's hash is stored; 50 random bits are not
// guessable, and an address that keeps trying wrong pairs waits (the verification page's throttle).
import { createHash, getRandomValues, timingSafeEqual } from 'node:crypto';
import {
  formatVerificationCode,
  generateVerificationCode,
  normalizeVerificationCode,
  verificationCodeRandomBytes,
  type Locale,
} from '@citydesk/domain';
import { createTranslator } from '@citydesk/i18n';
import { notFound, rateLimited } from '../../errors.ts';
import type { Tx } from '../../infra/db/database.ts';
import type { VerificationThrottle } from '../../infra/rate-limit/verification-throttle.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import type { ServiceDeps } from '../context.ts';
import { renderIssuedDocumentPdf } from '../documents/issued-document-pdf.ts';
import { applicationInclude, type ApplicationWithRelations } from './application-shape.ts';

export const CLIENT_ACCESS_TEMPLATE = 'application.access';

const hashAccessCode = (requestId: string, code: string) =>
  createHash('sha256').update(`access:${requestId}:${code}`).digest('hex');

/**
 * Gives application `requestId`, filed for a client without an account, an access code and sends it to
 * the client's phone and e-mail, in the city's official language. In the filing transaction.
 */
export async function issueClientAccess(
  tx: Tx,
  input: {
    requestId: string;
    number: string;
    phone: string;
    email: string | null;
    locale: Locale;
    now: Date;
  },
): Promise<void> {
  const code = generateVerificationCode(getRandomValues(new Uint8Array(verificationCodeRandomBytes)));
  await tx.application.update({
    where: { requestId: input.requestId },
    data: { accessCodeHash: hashAccessCode(input.requestId, code) },
  });
  const { t } = createTranslator(input.locale);
  const message = {
    recipientId: null,
    template: CLIENT_ACCESS_TEMPLATE,
    locale: input.locale,
    subject: t('contacts.accessSubject', { number: input.number }),
    body: t('contacts.accessText', { number: input.number, code: formatVerificationCode(code) }),
    payload: { requestId: input.requestId, requestNumber: input.number },
    createdAt: input.now,
  };
  await tx.notification.createMany({
    data: [
      { ...message, channel: 'SMS' as const, address: input.phone },
      ...(input.email ? [{ ...message, channel: 'EMAIL' as const, address: input.email }] : []),
    ],
  });
}

type TrackDeps = Pick<ServiceDeps, 'db' | 'clock'> & { verificationThrottle: VerificationThrottle };

/**
 * The application with `number` when `code` is its access code; null otherwise (saying nothing about
 * whether the number exists). RATE_LIMITED for an address that tried too many wrong pairs.
 */
export async function trackApplication(
  deps: TrackDeps,
  input: { number: string; code: string; ip: string },
): Promise<ApplicationWithRelations | null> {
  const attempt = await deps.verificationThrottle.attempt(input.ip, deps.clock());
  if (!attempt.allowed) throw rateLimited(attempt.retryAfterMs);
  const code = normalizeVerificationCode(input.code);
  const number = input.number.trim().toUpperCase();
  const found =
    code && number.length > 0 && number.length <= 40
      ? await deps.db.request.findFirst({
          where: {
            number,
            kind: 'E_SERVICE',
            residentId: null,
            application: { accessCodeHash: { not: null } },
          },
          include: applicationInclude,
        })
      : null;
  const stored = found?.application?.accessCodeHash;
  if (
    !found ||
    !code ||
    !stored ||
    !timingSafeEqual(Buffer.from(hashAccessCode(found.id, code), 'hex'), Buffer.from(stored, 'hex'))
  )
    return null;
  await deps.verificationThrottle.genuine(input.ip, deps.clock());
  return found;
}

/** A document of a tracked application as PDF; NOT_FOUND unless number and code open the application. */
export async function trackedDocumentPdf(
  deps: TrackDeps,
  input: { number: string; code: string; ip: string; documentId: string; publicUrl: string; locale: Locale },
): Promise<{ fileName: string; bytes: Buffer }> {
  const application = await trackApplication(deps, input);
  if (!application || !isUuid(input.documentId)) throw notFound();
  const document = await deps.db.issuedDocument.findFirst({
    where: { id: input.documentId, requestId: application.id },
    include: { request: { include: { city: true } } },
  });
  if (!document) throw notFound();
  return renderIssuedDocumentPdf(document, input.publicUrl, input.locale);
}
