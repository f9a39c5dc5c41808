// The public check a bank or a notary makes: is the document with this code genuine, what does it
// certify and when was it issued. Anyone may ask (no login), so it answers only from the frozen
// payload and says nothing about an unknown code beyond "not genuine".
import {
  issuedDocumentPayloadSchema,
  normalizeVerificationCode,
  type IssuedDocumentPayload,
} from '@citydesk/domain';
import type { ServiceDeps } from '../context.ts';

export type VerificationResult =
  | { status: 'UNKNOWN' }
  | {
      status: 'GENUINE' | 'REVOKED';
      number: string;
      kind: string;
      issuedAt: Date;
      revokedAt: Date | null;
      timeZone: string;
      payload: IssuedDocumentPayload;
    };

export async function verifyDocument(
  deps: Pick<ServiceDeps, 'db'>,
  code: string,
): Promise<VerificationResult> {
  const normalized = normalizeVerificationCode(code);
  if (!normalized) return { status: 'UNKNOWN' };
  const document = await deps.db.issuedDocument.findUnique({
    where: { verificationCode: normalized },
    include: { request: { select: { city: { select: { timeZone: true } } } } },
  });
  if (!document) return { status: 'UNKNOWN' };
  return {
    status: document.revokedAt ? 'REVOKED' : 'GENUINE',
    number: document.number,
    kind: document.kind,
    issuedAt: document.issuedAt,
    revokedAt: document.revokedAt,
    timeZone: document.request.city.timeZone,
    payload: issuedDocumentPayloadSchema.parse(document.payload),
  };
}
