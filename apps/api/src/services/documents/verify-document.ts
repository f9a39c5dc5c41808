// The public check a bank or a notary makes: is the document with this code genuine, what does it
// certify and when was it issued. Anyone may ask (no login), so it answers only from the frozen
// payload and says nothing about an unknown code beyond "not genuine". A revoked document says when and
// why (the reason's category, never the reviewer's note); an expired one since when.
import {
  documentStatus,
  issuedDocumentPayloadSchema,
  localDateOf,
  normalizeVerificationCode,
  type DocumentRevocationReason,
  type IssuedDocumentPayload,
} from '@citydesk/domain';
import { rateLimited } from '../../errors.ts';
import type { VerificationThrottle } from '../../infra/rate-limit/verification-throttle.ts';
import type { ServiceDeps } from '../context.ts';

export type VerificationResult =
  | { status: 'UNKNOWN' }
  | {
      status: 'GENUINE' | 'REVOKED' | 'EXPIRED';
      number: string;
      kind: string;
      issuedAt: Date;
      revokedAt: Date | null;
      revocationReason: DocumentRevocationReason | null;
      /** The last local date it is valid on, when limited. */
      validUntil: string | null;
      timeZone: string;
      payload: IssuedDocumentPayload;
    };

/**
 * Checks a code for the caller at `ip`. An address that tried too many unknown codes is refused with
 * RATE_LIMITED for a while (50 random bits are not guessable anyway; this keeps anyone from trying).
 */
export async function verifyDocument(
  deps: Pick<ServiceDeps, 'db' | 'clock'> & { verificationThrottle: VerificationThrottle },
  input: { code: string; ip: string },
): Promise<VerificationResult> {
  const attempt = await deps.verificationThrottle.attempt(input.ip, deps.clock());
  if (!attempt.allowed) throw rateLimited(attempt.retryAfterMs);
  const normalized = normalizeVerificationCode(input.code);
  const document = normalized
    ? await deps.db.issuedDocument.findUnique({
        where: { verificationCode: normalized },
        include: { request: { select: { city: { select: { timeZone: true } } } } },
      })
    : null;
  if (!document) return { status: 'UNKNOWN' };
  await deps.verificationThrottle.genuine(input.ip, deps.clock());
  const timeZone = document.request.city.timeZone;
  const validUntil = document.validUntil?.toISOString().slice(0, 10) ?? null;
  const status = documentStatus(
    { revokedAt: document.revokedAt, validUntil },
    localDateOf(deps.clock().getTime(), timeZone),
  );
  return {
    status: status === 'ISSUED' ? 'GENUINE' : status,
    number: document.number,
    kind: document.kind,
    issuedAt: document.issuedAt,
    revokedAt: document.revokedAt,
    revocationReason: document.revocationReason,
    validUntil,
    timeZone,
    payload: issuedDocumentPayloadSchema.parse(document.payload),
  };
}
