// What every new request goes through, whoever files it: a number, an SLA deadline, the FILED
// step, and synchronous routing to the building's company (or the administrator's unrouted queue).
import { transition, type AuditAction, type AuditTargetType } from '@citydesk/domain';
import type { CommonArea, RequestChannel, ServiceCategory } from '../../generated/prisma/client.ts';
import type { Tx } from '../../infra/db/database.ts';
import { claimAttachments } from '../attachments/claim-attachments.ts';
import { isStaff, recordAudit } from '../audit/record-audit.ts';
import { cityDeadline } from '../calendars/city-deadline.ts';
import type { Actor, Emit } from '../context.ts';
import { allocateRequestNumber } from './allocate-request-number.ts';
import { recordRequestEvent } from './record-event.ts';
import { requestInclude, type RequestWithRelations } from './request-shape.ts';

export interface NewRequest {
  category: ServiceCategory;
  building: { id: string; managingOrganizationId: string | null };
  city: { id: string; code: string; countryCode: string; timeZone: string };
  premisesId: string | null;
  commonArea: CommonArea | null;
  residentId: string | null;
  channel: RequestChannel;
  contactName: string;
  contactPhone: string;
  description: string;
  preferredVisit: string | null;
  photoIds: string[];
  /** Route to this organization instead of the building's company (work ordered by another desk). */
  routeTo?: string | null;
  /** The application that ordered this work (meter sealing). */
  parentRequestId?: string | null;
  /** The registered meter the work is for (sealing, unsealing). */
  meterId?: string | null;
  /**
   * The audit code when staff file it (phone intake, a meter's seal work), and what it is about (default: the
   * new request); residents' own filings are on their timeline only.
   */
  audit?: { action: AuditAction; target?: { type: AuditTargetType; id: string } };
  /** Taken with {@link allocateRequestNumber} before the transaction (else taken inside it). */
  number?: string;
}

export async function createRequest(
  tx: Tx,
  emit: Emit,
  actor: Actor,
  input: NewRequest,
  now: Date,
): Promise<RequestWithRelations> {
  const number = input.number ?? (await allocateRequestNumber(tx, input.city, now));
  const deadlineAt = await cityDeadline(tx, input.city, now, {
    unit: input.category.slaUnit,
    amount: input.category.slaAmount,
  });
  const created = await tx.request.create({
    data: {
      number,
      cityId: input.city.id,
      categoryId: input.category.id,
      residentId: input.residentId,
      filedById: actor.userId,
      channel: input.channel,
      contactName: input.contactName,
      contactPhone: input.contactPhone,
      buildingId: input.building.id,
      premisesId: input.premisesId,
      commonArea: input.commonArea,
      description: input.description,
      preferredVisit: input.preferredVisit,
      priority: input.category.isEmergency ? 'EMERGENCY' : 'NORMAL',
      deadlineAt,
      parentRequestId: input.parentRequestId ?? null,
      meterId: input.meterId ?? null,
      createdAt: now,
    },
  });
  const filed = await recordRequestEvent(tx, {
    request: created,
    type: 'FILED',
    actor,
    toStatus: 'NEW',
    data: { channel: input.channel },
    at: now,
  });
  emit(filed);
  if (input.photoIds.length > 0)
    await claimAttachments(tx, actor, {
      attachmentIds: input.photoIds,
      requestId: created.id,
      eventId: filed.eventId,
      kinds: ['PHOTO'],
    });

  const routed = transition('NEW', 'route', 'SYSTEM');
  const routeTo = input.routeTo ?? input.building.managingOrganizationId;
  if (routeTo && routed.ok) {
    const request = await tx.request.update({
      where: { id: created.id },
      data: {
        status: routed.to,
        organizationId: routeTo,
        version: { increment: 1 },
      },
    });
    emit(
      await recordRequestEvent(tx, {
        request,
        type: 'ROUTED',
        actor: null,
        fromStatus: 'NEW',
        toStatus: routed.to,
        at: now,
      }),
    );
  } else {
    emit(await recordRequestEvent(tx, { request: created, type: 'UNROUTED', actor: null, at: now }));
  }
  if (input.audit && isStaff(actor))
    await recordAudit(tx, {
      action: input.audit.action,
      actor,
      target: input.audit.target ?? { type: 'request', id: created.id },
      details: {
        number: created.number,
        requestId: created.id,
        channel: input.channel,
        category: input.category.code,
        residentId: input.residentId ?? undefined,
        meterId: input.meterId ?? undefined,
        routedTo: routeTo ?? undefined,
      },
      at: now,
    });
  return tx.request.findUniqueOrThrow({ where: { id: created.id }, include: requestInclude });
}
