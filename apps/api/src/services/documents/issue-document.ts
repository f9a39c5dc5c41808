// Issuing a document: an immutable row with a number, a random public verification code and the
// payload it certifies. The PDF is rendered from that payload on demand, in the reader's language.
import { randomBytes } from 'node:crypto';
import { generateVerificationCode, type IssuedDocumentPayload } from '@citydesk/domain';
import type { IssuedDocument } from '../../generated/prisma/client.ts';
import type { Tx } from '../../infra/db/database.ts';

export async function issueDocument(
  tx: Tx,
  input: {
    request: { id: string; number: string };
    kind: string;
    issuerOrganizationId: string;
    payload: IssuedDocumentPayload;
    now: Date;
  },
): Promise<IssuedDocument> {
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
    },
  });
}
