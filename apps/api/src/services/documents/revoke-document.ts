// A reviewer of the issuing organization withdraws a document by hand (issued in error, on false
// documents, another reason said in the note). The document then verifies as REVOKED with that reason's
// category; the note stays in the file. Staff of other organizations do not see the document at all.
import { codePointLength, isManualRevocationReason, trimToNull } from '@citydesk/domain';
import { invalidInput, notAllowed, notFound } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import { getApplication } from '../applications/list-applications.ts';
import { staffOrganizationOf } from '../authorization/assert-can.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { transact, type Actor, type ServiceDeps } from '../context.ts';
import { revokeDocuments } from './revoke-documents.ts';

export const revocationNoteMaxLength = 2000;

export async function revokeDocument(
  deps: ServiceDeps,
  actor: Actor,
  input: { documentId: string; reason: string; note?: string | null },
) {
  const organizationId = staffOrganizationOf(actor, 'document:revoke');
  const note = trimToNull(input.note);
  const issues = [];
  if (!isManualRevocationReason(input.reason)) issues.push({ field: 'reason', code: 'invalid_choice' });
  if (input.reason === 'OTHER' && note === null) issues.push({ field: 'note', code: 'required' });
  if (note !== null && codePointLength(note) > revocationNoteMaxLength)
    issues.push({ field: 'note', code: 'too_long' });
  if (issues.length > 0) throw invalidInput(issues);
  if (!isUuid(input.documentId)) throw notFound();
  const where = { id: input.documentId, issuerOrganizationId: organizationId };
  const document = await deps.db.issuedDocument.findFirst({
    where,
    select: { id: true, number: true, requestId: true },
  });
  if (!document) throw notFound();
  const now = deps.clock();
  await transact(deps, async (tx, emit) => {
    const revoked = await revokeDocuments(tx, emit, where, {
      reason: input.reason as 'OTHER',
      actor,
      note,
      now,
    });
    if (revoked === 0) throw notAllowed();
    await recordAudit(tx, {
      action: 'document.revoke',
      actor,
      target: { type: 'document', id: document.id },
      details: { number: document.number, applicationId: document.requestId, reason: input.reason, note },
      at: now,
    });
  });
  return (await getApplication(deps, actor, document.requestId))!;
}
