// Every lifecycle step after filing goes through here: the domain decides whether the actor's role
// may take the action from the current status, the reason rules are checked, and the change is a
// conditional write on (id, status, version) so that of two concurrent actors exactly one wins.
import { transition, validateTransitionReason, type RequestAction } from '@citydesk/domain';
import type { Prisma, RequestEventType, RequestStatus } from '../../generated/prisma/client.ts';
import type { Tx } from '../../infra/db/database.ts';
import { AppError, invalidInput, notAllowed, notFound } from '../../errors.ts';
import { transact, type Actor, type Emit, type ServiceDeps } from '../context.ts';
import { recordRequestEvent } from './record-event.ts';
import { requestInclude, type RequestWithRelations } from './request-shape.ts';
import { requestsVisibleTo } from './visibility.ts';

const eventOfAction: Record<RequestAction, RequestEventType> = {
  route: 'ROUTED',
  routeByAdministrator: 'ROUTED',
  assign: 'ASSIGNED',
  reassign: 'ASSIGNED',
  start: 'STARTED',
  completeWork: 'WORK_DONE',
  verify: 'VERIFIED',
  returnForRework: 'RETURNED',
  confirm: 'CONFIRMED',
  reject: 'REOPENED',
  autoClose: 'AUTO_CLOSED',
  cancelByResident: 'CANCELLED',
  cancelByDispatcher: 'CANCELLED',
};

/** Columns that follow from reaching a status. */
function statusColumns(to: RequestStatus, now: Date): Prisma.RequestUncheckedUpdateManyInput {
  if (to === 'CLOSED' || to === 'CANCELLED') return { closedAt: now };
  if (to === 'VERIFIED') return { verifiedAt: now };
  return {};
}

export interface TransitionInput {
  requestId: string;
  /** The version the actor saw; null only for the system's own steps (timers). */
  version: number | null;
  action: RequestAction;
  reasonCode?: string | null;
  comment?: string | null;
  /** Extra columns the action sets (contractor, organization, …). */
  changes?: Prisma.RequestUncheckedUpdateManyInput;
  /** Event details beyond the common fields. */
  data?: Prisma.InputJsonValue;
  /** Runs inside the transaction after the change and its event are written (work orders, attachments). */
  within?: (tx: Tx, written: { request: RequestWithRelations; eventId: string }) => Promise<void>;
}

/**
 * Applies one lifecycle action for `actor` (null = the system). Refuses with NOT_FOUND when the
 * actor cannot see the request, NOT_ALLOWED when the state machine forbids the step,
 * INVALID_INPUT when a required reason is missing and STALE_VERSION when someone changed the
 * request meanwhile — in every refusal nothing is written.
 */
export async function transitionRequest(
  deps: ServiceDeps,
  actor: Actor | null,
  input: TransitionInput,
): Promise<RequestWithRelations> {
  const reason = validateTransitionReason(input.action, input);
  if (!reason.ok) throw invalidInput(reason.issues);
  return transact(deps, (tx, emit) => applyTransition(tx, emit, deps.clock(), actor, input, reason.value));
}

async function applyTransition(
  tx: Tx,
  emit: Emit,
  now: Date,
  actor: Actor | null,
  input: TransitionInput,
  reason: { reasonCode: string | null; comment: string | null },
): Promise<RequestWithRelations> {
  const request = await tx.request.findFirst({
    where: { id: input.requestId, ...(actor ? requestsVisibleTo(actor) : {}) },
  });
  if (!request) throw notFound();
  const step = transition(request.status, input.action, actor?.role ?? 'SYSTEM');
  if (!step.ok) throw notAllowed();
  if (input.version !== null && input.version !== request.version) throw new AppError('STALE_VERSION');

  const { count } = await tx.request.updateMany({
    where: { id: request.id, status: request.status, version: request.version },
    data: {
      ...input.changes,
      ...statusColumns(step.to, now),
      status: step.to,
      version: { increment: 1 },
      updatedAt: now,
    },
  });
  if (count === 0) throw new AppError('STALE_VERSION');

  const updated = await tx.request.findUniqueOrThrow({ where: { id: request.id }, include: requestInclude });
  const message = await recordRequestEvent(tx, {
    request: updated,
    type: eventOfAction[input.action],
    actor,
    fromStatus: request.status,
    toStatus: step.to,
    comment: reason.comment,
    reasonCode: reason.reasonCode,
    ...(input.data !== undefined ? { data: input.data } : {}),
    at: now,
  });
  await input.within?.(tx, { request: updated, eventId: message.eventId });
  emit(message);
  return updated;
}
