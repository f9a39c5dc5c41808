// The application lists of each role, all filtered by what the actor may see.
import { openApplicationStatuses, type Action } from '@citydesk/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { requestsVisibleTo } from '../requests/visibility.ts';
import { applicationInclude, type ApplicationWithRelations } from './application-shape.ts';
import { assertCan } from '../authorization/assert-can.ts';

export type ApplicationListKind = 'mine' | 'queue' | 'intake' | 'all';

function listWhere(actor: Actor, kind: ApplicationListKind): Prisma.RequestWhereInput {
  switch (kind) {
    case 'mine':
    case 'all':
      return {};
    /** The organization's open applications to decide. */
    case 'queue':
      return { organizationId: actor.organizationId ?? '', status: { in: [...openApplicationStatuses] } };
    /** What an office filed on citizens' behalf. */
    case 'intake':
      return { intakeOrganizationId: actor.organizationId ?? '' };
  }
}

/** The policy action each list needs. */
const listActions: Record<ApplicationListKind, Action> = {
  mine: 'application:readOwn',
  queue: 'application:readQueue',
  intake: 'application:readIntake',
  all: 'application:readCity',
};

export async function listApplications(
  deps: ServiceDeps,
  actor: Actor,
  kind: ApplicationListKind,
  take = 200,
): Promise<ApplicationWithRelations[]> {
  assertCan(actor, listActions[kind]);
  return deps.db.request.findMany({
    where: { AND: [{ kind: 'E_SERVICE' }, requestsVisibleTo(actor), listWhere(actor, kind)] },
    orderBy: kind === 'queue' ? [{ deadlineAt: 'asc' }] : [{ createdAt: 'desc' }],
    include: applicationInclude,
    take,
  });
}

/** One application, or null when it does not exist or the actor may not see it. */
export function getApplication(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
): Promise<ApplicationWithRelations | null> {
  if (!isUuid(id)) return Promise.resolve(null);
  return deps.db.request.findFirst({
    where: { AND: [{ id, kind: 'E_SERVICE' }, requestsVisibleTo(actor)] },
    include: applicationInclude,
  });
}
