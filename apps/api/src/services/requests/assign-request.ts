// The management company's dispatcher gives a routed (or reopened) request to a contractor;
// the contractor's work order is issued in the same transaction.
import { transition } from '@citydesk/domain';
import { AppError, invalidInput, notAllowed, notFound } from '../../errors.ts';
import { transact, type Actor, type ServiceDeps } from '../context.ts';
import { recordRequestEvent } from './record-event.ts';
import { requestInclude, type RequestWithRelations } from './request-shape.ts';
import { requestsVisibleTo } from './visibility.ts';

export interface AssignRequestInput {
  requestId: string;
  /** The version the dispatcher saw; a concurrent change makes this STALE_VERSION. */
  version: number;
  contractorOrganizationId: string;
  comment?: string | null;
}

export async function assignRequest(
  deps: ServiceDeps,
  actor: Actor,
  input: AssignRequestInput,
): Promise<RequestWithRelations> {
  if (actor.role !== 'DISPATCHER') throw notAllowed();
  return transact(deps, async (tx, emit) => {
    const request = await tx.request.findFirst({
      where: { id: input.requestId, ...requestsVisibleTo(actor) },
    });
    if (!request) throw notFound();
    const step = transition(request.status, 'assign', 'DISPATCHER');
    if (!step.ok) throw notAllowed();
    const contractor = await tx.organization.findFirst({
      where: { id: input.contractorOrganizationId, kind: 'CONTRACTOR', cityId: request.cityId },
    });
    if (!contractor) throw invalidInput([{ field: 'contractorOrganizationId', code: 'required' }]);

    const now = deps.clock();
    const { count } = await tx.request.updateMany({
      where: { id: request.id, version: input.version, status: request.status },
      data: {
        status: step.to,
        contractorOrganizationId: contractor.id,
        version: { increment: 1 },
        updatedAt: now,
      },
    });
    if (count === 0) throw new AppError('STALE_VERSION');

    await tx.workOrder.upsert({
      where: { requestId: request.id },
      create: {
        number: `${request.number}-WO`,
        requestId: request.id,
        contractorOrganizationId: contractor.id,
        issuedById: actor.userId,
        issuedAt: now,
      },
      update: { contractorOrganizationId: contractor.id, issuedById: actor.userId, issuedAt: now },
    });
    const updated = await tx.request.findUniqueOrThrow({
      where: { id: request.id },
      include: requestInclude,
    });
    emit(
      await recordRequestEvent(tx, {
        request: updated,
        type: 'ASSIGNED',
        actor,
        fromStatus: request.status,
        toStatus: step.to,
        comment: input.comment?.trim() || null,
        data: { contractorOrganizationId: contractor.id, contractorName: contractor.name },
        at: now,
      }),
    );
    return updated;
  });
}
