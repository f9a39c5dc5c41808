// Every step of an application after it was submitted: the domain's application lifecycle decides,
// the shared status change writes it (conditional on version) with its event.
import {
  auditActionOfApplicationStep,
  isApplicationStatus,
  transitionApplication,
  type ApplicationAction,
} from '@citydesk/domain';
import type { Prisma, RequestEventType } from '../../generated/prisma/client.ts';
import type { Tx } from '../../infra/db/database.ts';
import type { Actor, Emit } from '../context.ts';
import { changeStatus } from '../lifecycle/change-status.ts';
import type { RequestWithRelations } from '../requests/request-shape.ts';

export const eventOfApplicationAction: Record<ApplicationAction, RequestEventType> = {
  register: 'REGISTERED',
  startReview: 'REVIEW_STARTED',
  requestPayment: 'PAYMENT_REQUESTED',
  confirmPayment: 'PAID',
  approve: 'APPROVED',
  refuse: 'REFUSED',
  invalidate: 'INVALIDATED',
  // Paid, but what the outcome needs still does not hold (the debt grew): the reviewer looks again.
  returnToReview: 'PAID',
};

export interface ApplicationStep {
  requestId: string;
  version: number | null;
  action: ApplicationAction;
  /** Narrows who may take the step beyond visibility (the handling organization). */
  scope?: Prisma.RequestWhereInput;
  reasonCode?: string | null;
  comment?: string | null;
  changes?: Prisma.RequestUncheckedUpdateManyInput;
  data?: Prisma.InputJsonValue;
  within?: (tx: Tx, written: { request: RequestWithRelations; eventId: string }) => Promise<void>;
}

/** Applies one application step inside the caller's transaction (see {@link changeStatus}). */
export function stepApplication(
  tx: Tx,
  emit: Emit,
  now: Date,
  actor: Actor | null,
  step: ApplicationStep,
): Promise<RequestWithRelations> {
  const { action, ...rest } = step;
  return changeStatus(tx, emit, now, actor, {
    ...rest,
    kind: 'E_SERVICE',
    decide: (status, role) => {
      const decided = isApplicationStatus(status) ? transitionApplication(status, action, role) : null;
      return decided?.ok ? { ok: true, to: decided.to } : { ok: false };
    },
    eventType: eventOfApplicationAction[action],
    audit: auditActionOfApplicationStep[action],
  });
}
