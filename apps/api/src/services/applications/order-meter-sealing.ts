// A meter application whose meter is not sealed (seed 003: a registration or replacement without a seal
// number, a re-verification of a meter dismantled for it): the reviewer orders a sealing work order. It is
// an ordinary repair request routed to the reviewer's own organization, so it runs through the whole
// contractor workflow (assignment, printed order, signed scan, verification, confirmation); when it is
// closed the meter becomes active.
import { needsSealing } from '@citydesk/domain';
import { createTranslator } from '@citydesk/i18n';
import { notAllowed, notFound } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import { staffOrganizationOf } from '../authorization/assert-can.ts';
import { transact, type Actor, type ServiceDeps } from '../context.ts';
import { lockForSealWork } from '../meters/order-seal-work.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { createRequest } from '../requests/create-request.ts';
import { recordRequestEvent } from '../requests/record-event.ts';
import type { ApplicationWithRelations } from './application-shape.ts';
import { findEServiceById } from './e-service.ts';
import { getApplication } from './list-applications.ts';

export const SEALING_CATEGORY_CODE = 'meter_sealing';

export async function orderMeterSealing(
  deps: ServiceDeps,
  actor: Actor,
  input: { requestId: string },
): Promise<ApplicationWithRelations> {
  const organizationId = staffOrganizationOf(actor, 'application:orderMeterSealing');
  if (!isUuid(input.requestId)) throw notFound();
  const application = await deps.db.request.findFirst({
    where: { id: input.requestId, kind: 'E_SERVICE', organizationId },
    include: {
      application: true,
      building: { include: { district: { include: { city: true } } } },
      childRequests: { select: { id: true } },
    },
  });
  if (!application?.application || !application.building) throw notFound();
  const service = await findEServiceById(deps.db, application.categoryId);
  const answers = application.application.answers as Record<string, unknown>;
  const outcome = service?.spec.outcome;
  if (
    !outcome ||
    application.status !== 'IN_REVIEW' ||
    !needsSealing(outcome, answers) ||
    application.childRequests.length > 0
  )
    throw notAllowed();
  const category = await deps.db.serviceCategory.findUniqueOrThrow({
    where: { code: SEALING_CATEGORY_CODE },
  });
  const { t } = createTranslator(actor.locale);
  const building = application.building;
  const now = deps.clock();

  await transact(deps, async (tx, emit) => {
    // Re-checked under a lock on the application: two clicks at once must not order two sealings.
    // (Two statements: under READ COMMITTED the count after the lock sees what the other one committed.)
    const [locked] = await tx.$queryRaw<{ status: string }[]>`
      SELECT status::text AS status FROM request WHERE id = ${application.id}::uuid FOR UPDATE`;
    const children = await tx.request.count({ where: { parentRequestId: application.id } });
    if (locked?.status !== 'IN_REVIEW' || children > 0) throw notAllowed();
    const meterId = outcome === 'METER_REVERIFICATION' ? application.meterId : null;
    // Not while the resident's (or the call centre's) own sealing or unsealing of the meter is open.
    if (meterId) await lockForSealWork(tx, meterId);
    const order = await createRequest(
      tx,
      emit,
      actor,
      {
        category,
        building,
        city: building.district.city,
        premisesId: application.premisesId,
        commonArea: null,
        residentId: application.residentId,
        channel: 'OFFICE',
        contactName: application.contactName,
        contactPhone: application.contactPhone,
        description: t(
          outcome === 'METER_REGISTRATION'
            ? 'meters.sealingOrderDescription'
            : 'meterRegister.applicationSealing',
          {
            kind: t(`meters.kinds.${String(answers.meterKind)}` as never),
            serial: String(answers.serialNumber),
            number: application.number,
          },
        ),
        preferredVisit: null,
        photoIds: [],
        routeTo: organizationId,
        parentRequestId: application.id,
        // A re-verified meter is on the register already: the order seals it. A new meter is sealed through
        // its application (it is registered on approval).
        meterId,
      },
      now,
    );
    emit(
      await recordRequestEvent(tx, {
        request: application,
        type: 'SEALING_ORDERED',
        actor,
        data: { childRequestId: order.id, childRequestNumber: order.number },
        at: now,
      }),
    );
    await recordAudit(tx, {
      action: 'application.meter_sealing.order',
      actor,
      target: { type: 'application', id: application.id },
      details: { number: application.number, orderId: order.id, orderNumber: order.number, meterId },
      at: now,
    });
  });
  return (await getApplication(deps, actor, application.id))!;
}
