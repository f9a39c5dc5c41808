// Field tasks during a review: the reviewer orders an on-site meter inspection or a household check
// (one of the service's task kinds) for a field worker of the same organization, who records the
// result. Each is a timeline step without a status change, and only while the review runs: the checks
// before the transaction are for good messages, the conditional writes inside it are the rule.
import { codePointLength, trimToNull } from '@citydesk/domain';
import type { ReviewTask } from '../../generated/prisma/client.ts';
import type { Tx } from '../../infra/db/database.ts';
import { invalidInput, notAllowed, notFound } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import { staffOrganizationOf } from '../authorization/assert-can.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { transact, type Actor, type ServiceDeps } from '../context.ts';
import { recordRequestEvent } from '../requests/record-event.ts';
import { findEServiceById } from './e-service.ts';

const MAX_TEXT = 2000;

function optionalText(value: string | null | undefined, field: string): string | null {
  const text = trimToNull(value);
  if (text !== null && codePointLength(text) > MAX_TEXT) throw invalidInput([{ field, code: 'too_long' }]);
  return text;
}

/**
 * Holds the application in review for the rest of the transaction: a conditional write on its status
 * takes the row's lock, so a decision committed meanwhile makes this find the review over (NOT_ALLOWED),
 * and a decision arriving later waits for this transaction. The version stays: a task is no status change,
 * and the reviewer's next step must not turn stale because of it.
 */
async function holdReview(tx: Tx, requestId: string, now: Date): Promise<void> {
  const { count } = await tx.request.updateMany({
    where: { id: requestId, kind: 'E_SERVICE', status: 'IN_REVIEW' },
    data: { updatedAt: now },
  });
  if (count === 0) throw notAllowed();
}

export async function createReviewTask(
  deps: ServiceDeps,
  actor: Actor,
  input: { requestId: string; kind: string; assigneeId?: string | null; note?: string | null },
): Promise<ReviewTask> {
  const organizationId = staffOrganizationOf(actor, 'application:review');
  if (!isUuid(input.requestId)) throw notFound();
  const request = await deps.db.request.findFirst({
    where: { id: input.requestId, kind: 'E_SERVICE', organizationId },
  });
  if (!request) throw notFound();
  if (request.status !== 'IN_REVIEW') throw notAllowed();
  const service = await findEServiceById(deps.db, request.categoryId);
  if (!service?.spec.taskKinds.includes(input.kind as never))
    throw invalidInput([{ field: 'kind', code: 'invalid_choice' }]);
  const note = optionalText(input.note, 'note');
  if (input.assigneeId) {
    const colleague = isUuid(input.assigneeId)
      ? await deps.db.membership.findFirst({
          where: { userId: input.assigneeId, organizationId, role: 'DISPATCHER' },
        })
      : null;
    if (!colleague) throw invalidInput([{ field: 'assigneeId', code: 'invalid_choice' }]);
  }
  const now = deps.clock();
  return transact(deps, async (tx, emit) => {
    await holdReview(tx, request.id, now);
    const task = await tx.reviewTask.create({
      data: {
        requestId: request.id,
        kind: input.kind,
        assigneeId: input.assigneeId ?? null,
        note,
        createdAt: now,
      },
    });
    emit(
      await recordRequestEvent(tx, {
        request,
        type: 'TASK_CREATED',
        actor,
        comment: note,
        data: { taskId: task.id, kind: task.kind },
        at: now,
      }),
    );
    await recordAudit(tx, {
      action: 'application.task.create',
      actor,
      target: { type: 'review_task', id: task.id },
      details: {
        number: request.number,
        applicationId: request.id,
        kind: task.kind,
        assigneeId: task.assigneeId ?? undefined,
        note: note ?? undefined,
      },
      at: now,
    });
    return task;
  });
}

export async function completeReviewTask(
  deps: ServiceDeps,
  actor: Actor,
  input: { taskId: string; result: string },
): Promise<ReviewTask> {
  const organizationId = staffOrganizationOf(actor, 'application:review');
  if (!isUuid(input.taskId)) throw notFound();
  const result = optionalText(input.result, 'result');
  if (result === null) throw invalidInput([{ field: 'result', code: 'required' }]);
  const task = await deps.db.reviewTask.findFirst({
    where: { id: input.taskId, request: { organizationId } },
    include: { request: true },
  });
  if (!task) throw notFound();
  const now = deps.clock();
  return transact(deps, async (tx, emit) => {
    await holdReview(tx, task.requestId, now);
    const { count } = await tx.reviewTask.updateMany({
      where: { id: task.id, status: 'OPEN' },
      data: { status: 'DONE', result, completedAt: now },
    });
    if (count === 0) throw notAllowed();
    emit(
      await recordRequestEvent(tx, {
        request: task.request,
        type: 'TASK_COMPLETED',
        actor,
        comment: result,
        data: { taskId: task.id, kind: task.kind },
        at: now,
      }),
    );
    await recordAudit(tx, {
      action: 'application.task.complete',
      actor,
      target: { type: 'review_task', id: task.id },
      details: { number: task.request.number, applicationId: task.requestId, kind: task.kind, result },
      at: now,
    });
    return tx.reviewTask.findUniqueOrThrow({ where: { id: task.id } });
  });
}
