// Writes one audit row inside the caller's transaction, so a change that rolls back leaves no row and a
// committed one always has its row. The row names who acted (for whom, from where), what they did and to
// what, and the details an administrator needs to judge it (before/after, reasons) — never a secret.
import { actorScope, type AuditAction, type AuditTargetType } from '@citydesk/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../../infra/db/database.ts';
import type { Actor, RequestOrigin } from '../context.ts';
import { withoutSecrets } from './audit-details.ts';

/** What a row needs of the actor (a session's viewer, or the user who just signed in). */
export type AuditActor = Pick<Actor, 'userId' | 'role' | 'organizationId' | 'origin'>;

export interface AuditRecord {
  action: AuditAction;
  /** Who acted; null = anonymous (a failed sign-in) or the system (a payment provider's callback). */
  actor: AuditActor | null;
  target?: { type: AuditTargetType; id: string } | null;
  details?: Record<string, unknown>;
  at: Date;
  /** Where the call came from when there is no actor to carry it (a failed sign-in). */
  origin?: RequestOrigin;
  /** Without an actor: the organization whose business it was (the one a payment was due to). */
  organizationId?: string | null;
}

export async function recordAudit(tx: Tx | Db, record: AuditRecord): Promise<void> {
  const origin = record.actor?.origin ?? record.origin;
  await tx.auditLog.create({
    data: {
      occurredAt: record.at,
      actorId: record.actor?.userId ?? null,
      actorRole: record.actor?.role ?? null,
      organizationId: record.actor ? record.actor.organizationId : (record.organizationId ?? null),
      action: record.action,
      targetType: record.target?.type ?? null,
      targetId: record.target?.id ?? null,
      details: withoutSecrets(record.details ?? {}) as Prisma.InputJsonObject,
      clientIp: origin?.ip?.slice(0, 64) ?? null,
      httpRequestId: origin?.requestId?.slice(0, 128) ?? null,
    },
  });
}

/**
 * Staff act for an organization or the city; residents (whose scope is their own rows) have their
 * steps on their request's timeline, not here.
 */
export const isStaff = (actor: Actor | null): actor is Actor =>
  actor !== null && actorScope(actor).kind !== 'own';
