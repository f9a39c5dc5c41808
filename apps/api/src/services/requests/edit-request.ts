// The dispatcher's edits that are not lifecycle steps: a note, another category (which also
// recomputes the SLA deadline from the filing time), a priority. Each is a timeline step and a
// conditional write on the version the dispatcher saw.
import { isOpen, isRequestStatus, type AuditAction } from '@citydesk/domain';
import type { Prisma, RequestEventType, RequestPriority } from '../../generated/prisma/client.ts';
import { AppError, invalidInput, notAllowed, notFound } from '../../errors.ts';
import type { Tx } from '../../infra/db/database.ts';
import { changedFields } from '../audit/audit-details.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { cityDeadline } from '../calendars/city-deadline.ts';
import { transact, type Actor, type ServiceDeps } from '../context.ts';
import { recordRequestEvent } from './record-event.ts';
import { requestInclude, type RequestWithRelations } from './request-shape.ts';
import { requestsVisibleTo } from './visibility.ts';
import { assertCan } from '../authorization/assert-can.ts';

interface Edit {
  requestId: string;
  version: number;
  type: RequestEventType;
  comment?: string | null;
  changes: (request: RequestWithRelations, tx: Tx) => Promise<Prisma.RequestUncheckedUpdateManyInput>;
  data?: (request: RequestWithRelations) => Prisma.InputJsonValue;
  audit: AuditAction;
  /** The edited fields before and after, for the audit row. */
  changed?: (before: RequestWithRelations, after: RequestWithRelations) => Record<string, unknown>;
}

async function editRequest(deps: ServiceDeps, actor: Actor, edit: Edit): Promise<RequestWithRelations> {
  assertCan(actor, 'request:edit');
  const comment = edit.comment?.trim() || null;
  if (comment && comment.length > 2000) throw invalidInput([{ field: 'comment', code: 'too_long' }]);
  return transact(deps, async (tx, emit) => {
    const request = await tx.request.findFirst({
      where: { id: edit.requestId, kind: 'REPAIR', ...requestsVisibleTo(actor) },
      include: requestInclude,
    });
    if (!request) throw notFound();
    if (!isRequestStatus(request.status) || !isOpen(request.status)) throw notAllowed();
    const now = deps.clock();
    const { count } = await tx.request.updateMany({
      where: { id: request.id, version: edit.version },
      data: { ...(await edit.changes(request, tx)), version: { increment: 1 }, updatedAt: now },
    });
    if (count === 0) throw new AppError('STALE_VERSION');
    const updated = await tx.request.findUniqueOrThrow({
      where: { id: request.id },
      include: requestInclude,
    });
    emit(
      await recordRequestEvent(tx, {
        request: updated,
        type: edit.type,
        actor,
        comment,
        ...(edit.data ? { data: edit.data(request) } : {}),
        at: now,
      }),
    );
    await recordAudit(tx, {
      action: edit.audit,
      actor,
      target: { type: 'request', id: request.id },
      details: { number: request.number, comment: comment ?? undefined, ...edit.changed?.(request, updated) },
      at: now,
    });
    return updated;
  });
}

export function addRequestNote(
  deps: ServiceDeps,
  actor: Actor,
  input: { requestId: string; version: number; comment: string },
) {
  if (!input.comment.trim()) throw invalidInput([{ field: 'comment', code: 'required' }]);
  return editRequest(deps, actor, {
    ...input,
    type: 'COMMENTED',
    audit: 'request.add_note',
    changes: async () => ({}),
  });
}

export function changeRequestCategory(
  deps: ServiceDeps,
  actor: Actor,
  input: { requestId: string; version: number; categoryId: string; comment?: string | null },
) {
  return editRequest(deps, actor, {
    ...input,
    type: 'CATEGORY_CHANGED',
    audit: 'request.change_category',
    changes: async (request, tx) => {
      const category = await tx.serviceCategory.findFirst({
        where: { id: input.categoryId, active: true, kind: 'REPAIR' },
      });
      if (!category) throw invalidInput([{ field: 'categoryId', code: 'invalid_choice' }]);
      const city = await tx.city.findUniqueOrThrow({ where: { id: request.cityId } });
      const deadlineAt = await cityDeadline(tx, city, request.createdAt, {
        unit: category.slaUnit,
        amount: category.slaAmount,
      });
      return {
        categoryId: category.id,
        deadlineAt,
        escalatedAt: null,
        ...(category.isEmergency ? { priority: 'EMERGENCY' as const } : {}),
      };
    },
    data: (request) => ({ fromCategory: request.category.code, toCategoryId: input.categoryId }),
    changed: (before, after) =>
      changedFields(
        { category: before.category.code, priority: before.priority, deadlineAt: before.deadlineAt },
        { category: after.category.code, priority: after.priority, deadlineAt: after.deadlineAt },
      ),
  });
}

export function setRequestPriority(
  deps: ServiceDeps,
  actor: Actor,
  input: { requestId: string; version: number; priority: RequestPriority; comment?: string | null },
) {
  return editRequest(deps, actor, {
    ...input,
    type: 'PRIORITY_CHANGED',
    audit: 'request.set_priority',
    changes: async () => ({ priority: input.priority }),
    data: (request) => ({ from: request.priority, to: input.priority }),
    changed: (before, after) => changedFields({ priority: before.priority }, { priority: after.priority }),
  });
}
