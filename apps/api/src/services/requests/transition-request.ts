// Every lifecycle step after filing goes through here: the domain decides whether the actor's role
// may take the action from the current status, the reason rules are checked, and the change is a
// conditional write on (id, status, version) so that of two concurrent actors exactly one wins.
import {
  isRequestStatus,
  requestTransitions,
  transition,
  validateTransitionReason,
  type RequestAction,
} from '@citydesk/domain';
import type { Prisma, RequestEventType } from '../../generated/prisma/client.ts';
import type { Tx } from '../../infra/db/database.ts';
import { invalidInput } from '../../errors.ts';
import { transact, type Actor, type Emit, type ServiceDeps } from '../context.ts';
import { changeStatus } from '../lifecycle/change-status.ts';
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
  cancelByResident: 'CANCELLED',
  cancelByDispatcher: 'CANCELLED',
};

/** Columns that follow from reaching the action's status. */
function statusColumns(action: RequestAction, now: Date): Prisma.RequestUncheckedUpdateManyInput {
  const to = requestTransitions[action].to;
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
    eventType: eventOfAction[input.action],
    ...reason,
    changes: { ...input.changes, ...statusColumns(input.action, now) },
    ...(input.data !== undefined ? { data: input.data } : {}),
    within: async (t, written) => {
      await input.within?.(t, written);
      const { request } = written;
      if (request.status === 'CLOSED') await completeMeterWork(t, request);
    },
  });
}
