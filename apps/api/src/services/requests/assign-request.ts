// The management company's dispatcher gives a routed (or reopened) request to a contractor it contracts,
// optionally naming the worker; the contractor's work order is issued in the same transaction.
import { invalidInput } from '../../errors.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import type { RequestWithRelations } from './request-shape.ts';
import { transitionRequest } from './transition-request.ts';
import { staffOrganizationOf } from '../authorization/assert-can.ts';

export interface AssignRequestInput {
  requestId: string;
  /** The version the dispatcher saw; a concurrent change makes this STALE_VERSION. */
  version: number;
  contractorOrganizationId: string;
  /** A worker of that contractor, when the dispatcher knows who goes. */
  assigneeId?: string | null;
  comment?: string | null;
}

export async function assignRequest(
  deps: ServiceDeps,
  actor: Actor,
  input: AssignRequestInput,
): Promise<RequestWithRelations> {
  const organizationId = staffOrganizationOf(actor, 'request:assign');
  // Only a contractor the dispatcher's organization contracts.
  const contractor = await deps.db.organization.findFirst({
    where: {
      id: input.contractorOrganizationId,
      kind: 'CONTRACTOR',
      cityId: actor.cityId ?? '',
      clients: { some: { organizationId } },
    },
  });
  if (!contractor) throw invalidInput([{ field: 'contractorOrganizationId', code: 'invalid_choice' }]);
  const worker = input.assigneeId
    ? await deps.db.membership.findFirst({
        where: { userId: input.assigneeId, role: 'CONTRACTOR', organizationId: contractor.id },
        include: { user: { select: { displayName: true } } },
      })
    : null;
  if (input.assigneeId && !worker) throw invalidInput([{ field: 'assigneeId', code: 'invalid_choice' }]);

  const current = await deps.db.request.findUnique({
    where: { id: input.requestId },
    select: { status: true },
  });
  return transitionRequest(deps, actor, {
    requestId: input.requestId,
    version: input.version,
    action: current?.status === 'ASSIGNED' || current?.status === 'RETURNED' ? 'reassign' : 'assign',
    comment: input.comment ?? null,
    changes: { contractorOrganizationId: contractor.id, assigneeId: worker?.userId ?? null },
    data: {
      contractorOrganizationId: contractor.id,
      contractorName: contractor.name,
      ...(worker ? { assigneeId: worker.userId, assigneeName: worker.user.displayName } : {}),
    },
    within: async (tx, { request }) => {
      const now = request.updatedAt;
      await tx.workOrder.upsert({
        where: { requestId: request.id },
        create: {
          number: `${request.number}-WO`,
          requestId: request.id,
          contractorOrganizationId: contractor.id,
          assigneeId: worker?.userId ?? null,
          issuedById: actor.userId,
          issuedAt: now,
        },
        update: {
          contractorOrganizationId: contractor.id,
          assigneeId: worker?.userId ?? null,
          issuedById: actor.userId,
          issuedAt: now,
          startedAt: null,
          doneAt: null,
        },
      });
    },
  });
}
