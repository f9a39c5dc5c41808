// Issuing a document: an immutable row with a number, a random public verification code and the
// payload it certifies. The PDF is rendered from that payload on demand, in the reader's language. A
// document with a subject key replaces (revokes as SUPERSEDED) the live one with the same key; the
// database allows one live document per key, so two concurrent issues cannot both stay valid.
import { randomBytes } from 'node:crypto';
import { generateVerificationCode, type IssuedDocumentPayload } from '@citydesk/domain';
import type { IssuedDocument } from '../../generated/prisma/client.ts';
import type { Tx } from '../../infra/db/database.ts';
import type { Emit } from '../context.ts';
import { revokeDocuments } from './revoke-documents.ts';

export interface DocumentToIssue {
  request: { id: string; number: string };
  kind: string;
  issuerOrganizationId: string;
  payload: IssuedDocumentPayload;
  now: Date;
  /** The last local date `YYYY-MM-DD` it is valid on; null = no limit. */
  validUntil?: string | null;
  /** What it is about (`<service>:<answer>`); a live document with the same key is superseded. */
  subjectKey?: string | null;
}

export async function issueDocument(tx: Tx, emit: Emit, input: DocumentToIssue): Promise<IssuedDocument> {
  const subjectKey = input.subjectKey ?? null;
  if (subjectKey !== null)
    await revokeDocuments(tx, emit, { subjectKey }, { reason: 'SUPERSEDED', actor: null, now: input.now });
  const earlier = await tx.issuedDocument.count({ where: { requestId: input.request.id } });
  return tx.issuedDocument.create({
    data: {
      requestId: input.request.id,
      number: `${input.request.number}-${earlier + 1}`,
      // 50 random bits: unguessable for a rate-limited public page, short enough to type.
      verificationCode: generateVerificationCode(randomBytes(8)),
      kind: input.kind,
      issuerOrganizationId: input.issuerOrganizationId,
      payload: input.payload,
      issuedAt: input.now,
      validUntil: input.validUntil ? new Date(`${input.validUntil}T00:00:00Z`) : null,
      subjectKey,
    },
  });
}
