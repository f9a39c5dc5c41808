// Every lifecycle step after filing goes through here: the domain decides whether the actor's role
// may take the action from the current status, the reason rules are checked, and the change is a
// conditional write on (id, status, version) so that of two concurrent actors exactly one wins.
import {
  auditActionOfRequestStep,
  isRequestStatus,
  isTerminal,
  mayReopenAt,
  requestTransitions,
  transition,
  validateTransitionReason,
  type RequestAction,
} from '@citydesk/domain';
import type { Prisma, RequestEventType } from '../../generated/prisma/client.ts';
import type { Tx } from '../../infra/db/database.ts';
import { AppError, invalidInput } from '../../errors.ts';
import { transact, type Actor, type Emit, type ServiceDeps } from '../context.ts';
import { changeStatus, type StatusChange } from '../lifecycle/change-status.ts';
import { completeMeterWork } from '../meters/activate-sealed-meter.ts';
import type { RequestWithRelations } from './request-shape.ts';

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
  reopen: 'REOPENED',
  cancelByResident: 'CANCELLED',
  cancelByDispatcher: 'CANCELLED',
};

/** Columns that follow from reaching the action's status. */
function statusColumns(action: RequestAction, now: Date): Prisma.RequestUncheckedUpdateManyInput {
  // Reopened after an auto-close: open again, its window used up; a rating from before belonged to the closure.
  if (action === 'reopen') return { closedAt: null, reopenUntil: null, rating: null, ratingComment: null };
  const to = requestTransitions[action].to;
  if (isTerminal(to)) return { closedAt: now };
  if (to === 'VERIFIED') return { verifiedAt: now };
  return {};
}

/**
 * Rules of an action beyond status and role, checked inside the transaction on the row as read (so no caller
 * of `transitionRequest` can skip them): a request closed without confirmation is reopened only within the
 * window it was given, after which REOPEN_WINDOW_CLOSED says until when that was.
 */
const preconditions: Partial<Record<RequestAction, NonNullable<StatusChange['precondition']>>> = {
  reopen: async (tx, request, now) => {
    if (mayReopenAt(request, now)) return;
    const city = await tx.city.findUniqueOrThrow({
      where: { id: request.cityId },
      select: { timeZone: true },
    });
    throw new AppError('REOPEN_WINDOW_CLOSED', {
      params: { endedAt: request.reopenUntil?.toISOString() ?? now.toISOString(), timeZone: city.timeZone },
    });
  },
};

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

function applyTransition(
  tx: Tx,
  emit: Emit,
  now: Date,
  actor: Actor | null,
  input: TransitionInput,
  reason: { reasonCode: string | null; comment: string | null },
): Promise<RequestWithRelations> {
  return changeStatus(tx, emit, now, actor, {
    requestId: input.requestId,
    kind: 'REPAIR',
    version: input.version,
    decide: (status, role) => {
      const step = isRequestStatus(status) ? transition(status, input.action, role) : null;
      return step?.ok ? { ok: true, to: step.to } : { ok: false };
    },
    ...(preconditions[input.action] ? { precondition: preconditions[input.action] } : {}),
    eventType: eventOfAction[input.action],
    audit: auditActionOfRequestStep[input.action],
    ...reason,
    changes: { ...input.changes, ...statusColumns(input.action, now) },
    ...(input.data !== undefined ? { data: input.data } : {}),
    within: async (t, written) => {
      await input.within?.(t, written);
      const { request } = written;
      // Meter work the company verified acts on the meter, whether or not the resident confirmed.
      if (request.status === 'CLOSED' || request.status === 'CLOSED_UNCONFIRMED')
        await completeMeterWork(t, request);
    },
  });
}
