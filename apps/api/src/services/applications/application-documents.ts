// The documents an application comes with: each upload answers one of the service's document
// requirements, and the requirement's types, size and count are enforced when they are claimed.
import type { DocumentRequirement } from '@citydesk/domain';
import type { Attachment } from '../../generated/prisma/client.ts';
import { invalidInput, type InputIssue } from '../../errors.ts';
import type { Tx } from '../../infra/db/database.ts';
import { claimAttachments } from '../attachments/claim-attachments.ts';
import type { Actor } from '../context.ts';

/** Uploads (kind DOCUMENT) given for one requirement. */
export interface ApplicationDocumentsInput {
  kind: string;
  attachmentIds: string[];
}

function countIssues(
  requirements: readonly DocumentRequirement[],
  given: readonly ApplicationDocumentsInput[],
) {
  const issues: InputIssue[] = [];
  for (const document of given)
    if (!requirements.some((r) => r.kind === document.kind))
      issues.push({ field: 'documents', code: 'invalid_choice' });
  for (const requirement of requirements) {
    const ids = given.filter((d) => d.kind === requirement.kind).flatMap((d) => d.attachmentIds);
    const field = `documents.${requirement.kind}`;
    if (requirement.required && ids.length === 0) issues.push({ field, code: 'document_required' });
    if (ids.length > requirement.maxFiles) issues.push({ field, code: 'too_many_files' });
  }
  return issues;
}

/**
 * Claims the uploads for the application and labels each with its requirement. Refuses with
 * INVALID_INPUT on `documents.<kind>`: `document_required`, `too_many_files`, `attachment_unavailable`,
 * `file_type_not_allowed` (a type the requirement does not accept) or `file_too_large`. Runs inside
 * the caller's transaction, which a refusal rolls back.
 */
export async function claimApplicationDocuments(
  tx: Tx,
  actor: Actor,
  target: { requestId: string; eventId: string },
  requirements: readonly DocumentRequirement[],
  given: readonly ApplicationDocumentsInput[],
): Promise<Attachment[]> {
  const counted = countIssues(requirements, given);
  if (counted.length > 0) throw invalidInput(counted);
  const claimed: Attachment[] = [];
  for (const requirement of requirements) {
    const field = `documents.${requirement.kind}`;
    const ids = given.filter((d) => d.kind === requirement.kind).flatMap((d) => d.attachmentIds);
    const files = await claimAttachments(tx, actor, {
      ...target,
      attachmentIds: ids,
      kinds: ['DOCUMENT'],
      field,
    });
    const issues: InputIssue[] = [];
    for (const file of files) {
      if (!(requirement.accept as readonly string[]).includes(file.mimeType))
        issues.push({ field, code: 'file_type_not_allowed' });
      else if (file.sizeBytes > requirement.maxBytes) issues.push({ field, code: 'file_too_large' });
    }
    if (issues.length > 0) throw invalidInput(issues);
    if (files.length > 0)
      await tx.attachment.updateMany({
        where: { id: { in: files.map((f) => f.id) } },
        data: { documentKind: requirement.kind },
      });
    claimed.push(...files);
  }
  return claimed;
}
