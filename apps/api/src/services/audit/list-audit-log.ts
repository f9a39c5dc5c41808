// The administrator reads the audit trail, newest first, a page at a time: filtered by action (one code,
// or a whole group such as `auth`), by who acted, by what it was about and by time. An administrator sees
// the rows of their city's organizations and the rows tied to no organization (residents' sign-ins,
// anonymous failed ones, system steps), never another city's staff.
import { auditActionGroups, isAuditAction, type AuditActionGroup } from '@citydesk/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import { invalidInput, type InputIssue } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { administeredCityOf } from '../authorization/assert-can.ts';

export interface AuditLogFilter {
  /** An action code (`request.assign`) or a group (`auth`: every sign-in event). */
  action?: string | null;
  actorId?: string | null;
  targetId?: string | null;
  /** Rows at or after this instant. */
  from?: Date | null;
  /** Rows before this instant. */
  to?: Date | null;
}

export interface AuditLogPageInput {
  filter?: AuditLogFilter | null;
  first?: number | null;
  /** The `endCursor` of the previous page. */
  after?: string | null;
}

export const auditPageSize = { default: 50, max: 200 };

const entryInclude = {
  actor: { select: { displayName: true, email: true } },
  organization: { select: { name: true } },
} satisfies Prisma.AuditLogInclude;

export type AuditEntry = Prisma.AuditLogGetPayload<{ include: typeof entryInclude }>;

export interface AuditLogPage {
  entries: AuditEntry[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** A page's cursor: the position of its last row, opaque to clients. */
export const cursorOf = (position: bigint): string => Buffer.from(`audit:${position}`).toString('base64url');

function positionOf(cursor: string): bigint | null {
  const match = /^audit:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? BigInt(match[1]!) : null;
}

const isGroup = (value: string): value is AuditActionGroup => Object.hasOwn(auditActionGroups, value);

function whereOf(filter: AuditLogFilter, issues: InputIssue[]): Prisma.AuditLogWhereInput[] {
  const where: Prisma.AuditLogWhereInput[] = [];
  const action = filter.action?.trim();
  if (action) {
    if (isAuditAction(action)) where.push({ action });
    else if (isGroup(action)) where.push({ action: { startsWith: `${action}.` } });
    else issues.push({ field: 'filter.action', code: 'invalid_choice' });
  }
  const actorId = filter.actorId?.trim();
  if (actorId) {
    if (isUuid(actorId)) where.push({ actorId });
    else issues.push({ field: 'filter.actorId', code: 'invalid_format' });
  }
  const targetId = filter.targetId?.trim();
  if (targetId) {
    if (targetId.length <= 128) where.push({ targetId });
    else issues.push({ field: 'filter.targetId', code: 'too_long' });
  }
  if (filter.from) where.push({ occurredAt: { gte: filter.from } });
  if (filter.to) where.push({ occurredAt: { lt: filter.to } });
  if (filter.from && filter.to && filter.from > filter.to)
    issues.push({ field: 'filter.to', code: 'too_small' });
  return where;
}

export async function listAuditLog(
  deps: ServiceDeps,
  actor: Actor,
  input: AuditLogPageInput,
): Promise<AuditLogPage> {
  const cityId = administeredCityOf(actor, 'audit:read');
  const issues: InputIssue[] = [];
  const first = input.first ?? auditPageSize.default;
  if (!Number.isInteger(first) || first < 1) issues.push({ field: 'first', code: 'too_small' });
  else if (first > auditPageSize.max) issues.push({ field: 'first', code: 'too_large' });
  const after = input.after ? positionOf(input.after) : null;
  if (input.after && after === null) issues.push({ field: 'after', code: 'invalid_format' });
  const filters = whereOf(input.filter ?? {}, issues);
  if (issues.length > 0) throw invalidInput(issues);

  const rows = await deps.db.auditLog.findMany({
    where: {
      AND: [
        { OR: [{ organizationId: null }, { organization: { cityId } }] },
        ...(after === null ? [] : [{ position: { lt: after } }]),
        ...filters,
      ],
    },
    include: entryInclude,
    orderBy: { position: 'desc' },
    take: first + 1,
  });
  const entries = rows.slice(0, first);
  const last = entries.at(-1);
  return {
    entries,
    endCursor: last ? cursorOf(last.position) : null,
    hasNextPage: rows.length > first,
  };
}
