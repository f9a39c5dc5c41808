// The one way a request or an application changes status: the caller's lifecycle decides whether the
// actor may take the step from the current status, and the change is a conditional write on
// (id, status, version), so of two concurrent actors exactly one wins. The step's event row and any
// follow-up writes (`within`) share the caller's transaction; the message is published after commit.
import type { AuditAction } from '@citydesk/domain';
import type {
  Prisma,
  Request,
  RequestEventType,
  RequestStatus,
  ServiceKind,
} from '../../generated/prisma/client.ts';
import type { Tx } from '../../infra/db/database.ts';
import { AppError, notAllowed, notFound } from '../../errors.ts';
import type { Actor, Emit } from '../context.ts';
import { isStaff, recordAudit } from '../audit/record-audit.ts';
import { recordRequestEvent } from '../requests/record-event.ts';
import { requestInclude, type RequestWithRelations } from '../requests/request-shape.ts';
import { requestsVisibleTo } from '../requests/visibility.ts';

const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A lifecycle's answer: the status the step leads to, or a refusal. */
export type StepDecision = { ok: true; to: RequestStatus } | { ok: false };

export interface StatusChange {
  requestId: string;
  kind: ServiceKind;
  /** Narrows who may take the step beyond what the actor can see (e.g. only the handling organization). */
  scope?: Prisma.RequestWhereInput;
  /** The version the actor saw; null only for the system's own steps (timers, payment callbacks). */
  version: number | null;
  /** The lifecycle's rule for this step; `role` is 'SYSTEM' when there is no actor. */
  decide: (status: RequestStatus, role: Actor['role'] | 'SYSTEM') => StepDecision;
  /**
   * A rule of the step beyond status and role (a deadline), checked on the row as read once the lifecycle allows
   * the step; it throws to refuse. The write is conditional on that row's version, so the rule held for it.
   */
  precondition?: (tx: Tx, request: Request, now: Date) => Promise<void>;
  eventType: RequestEventType;
  /** The audit code of the step when a staff member takes it (null: residents' and the system's steps). */
  audit: AuditAction | null;
  reasonCode?: string | null;
  comment?: string | null;
  /** Extra columns the step sets (contractor, organization, timestamps, …). */
  changes?: Prisma.RequestUncheckedUpdateManyInput;
  /** Event details beyond the common fields. */
  data?: Prisma.InputJsonValue;
  /** Runs inside the transaction after the change and its event are written. */
  within?: (tx: Tx, written: { request: RequestWithRelations; eventId: string }) => Promise<void>;
}

/**
 * Applies one step for `actor` (null = the system). Refuses with NOT_FOUND when the actor cannot see
 * the request, STALE_VERSION when the request is no longer at the version the actor saw (checked before the
 * step, so the loser of a race hears that it lost), NOT_ALLOWED when the lifecycle forbids the step from
 * the current version, and whatever the step's precondition throws; in every refusal nothing is written.
 */
export async function changeStatus(
  tx: Tx,
  emit: Emit,
  now: Date,
  actor: Actor | null,
  change: StatusChange,
): Promise<RequestWithRelations> {
  const request = await tx.request.findFirst({
    where: {
      AND: [
        { id: change.requestId, kind: change.kind },
        actor ? requestsVisibleTo(actor) : {},
        change.scope ?? {},
      ],
    },
  });
  if (!request) throw notFound();
  // The version first: a caller who saw an older version is answered about what they saw (reload),
  // not about the status someone else has moved the request to since.
  if (change.version !== null && change.version !== request.version) throw new AppError('STALE_VERSION');
  const step = change.decide(request.status, actor?.role ?? 'SYSTEM');
  if (!step.ok) throw notAllowed();
  await change.precondition?.(tx, request, now);

  const { count } = await tx.request.updateMany({
    where: { id: request.id, status: request.status, version: request.version },
    data: { ...change.changes, status: step.to, version: { increment: 1 }, updatedAt: now },
  });
  if (count === 0) throw new AppError('STALE_VERSION');

  const updated = await tx.request.findUniqueOrThrow({ where: { id: request.id }, include: requestInclude });
  const message = await recordRequestEvent(tx, {
    request: updated,
    type: change.eventType,
    actor,
    fromStatus: request.status,
    toStatus: step.to,
    comment: change.comment ?? null,
    reasonCode: change.reasonCode ?? null,
    ...(change.data !== undefined ? { data: change.data } : {}),
    at: now,
  });
  await change.within?.(tx, { request: updated, eventId: message.eventId });
  if (change.audit && isStaff(actor))
    await recordAudit(tx, {
      action: change.audit,
      actor,
      target: { type: change.kind === 'REPAIR' ? 'request' : 'application', id: request.id },
      details: {
        number: request.number,
        fromStatus: request.status,
        toStatus: step.to,
        reasonCode: change.reasonCode ?? undefined,
        comment: change.comment ?? undefined,
        ...(isJsonObject(change.data) ? change.data : {}),
      },
      at: now,
    });
  emit(message);
  return updated;
}
