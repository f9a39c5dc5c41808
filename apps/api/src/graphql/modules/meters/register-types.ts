// The meter register's parts of a meter, shared by the resident's Meter and the desk's DeskMeter: its
// verification (due date and state on the city's today), its open sealing / unsealing work order, and
// what the viewer may order for it — the same rules the services enforce.
import {
  localDateOf,
  sealWorkAllowed,
  sealWorkOfCategory,
  sealWorks,
  verificationState,
  verificationStates,
  type MeterStatus,
} from '@citydesk/domain';
import { dateOnly } from '../../../services/meters/verification-interval.ts';
import { builder } from '../../builder.ts';

const subGraphs = ['resident' as const, 'dispatcher' as const];

export const MeterSealWorkEnum = builder.enumType('MeterSealWork', {
  subGraphs,
  description: 'Work on a meter’s seal: SEAL fits one (readings are taken again), UNSEAL takes it off.',
  values: sealWorks,
});

const VerificationStateEnum = builder.enumType('MeterVerificationState', {
  subGraphs,
  description: 'VALID; DUE_SOON within 30 days of the due date; EXPIRED after it.',
  values: verificationStates,
});

/** The part of a meter read (resident's or desk's) the register's fields need. */
export interface RegisterShape {
  status: MeterStatus;
  verifiedOn: Date;
  verificationDueOn: Date;
  premises: { building: { district: { city: { timeZone: string } } } };
  workRequests: { id: string; number: string; status: string; category: { code: string } }[];
}

export const MeterVerificationType = builder.objectRef<RegisterShape>('MeterVerification').implement({
  subGraphs,
  description: 'The meter’s metrological verification: when it was last verified, when it is due again.',
  fields: (t) => ({
    verifiedOn: t.string({ resolve: (m) => dateOnly(m.verifiedOn) }),
    dueOn: t.string({
      description: 'Local date by which it must be verified again (the kind’s interval after `verifiedOn`).',
      resolve: (m) => dateOnly(m.verificationDueOn),
    }),
    state: t.field({
      type: VerificationStateEnum,
      resolve: (m, _a, ctx) =>
        verificationState(
          localDateOf(ctx.deps.clock().getTime(), m.premises.building.district.city.timeZone),
          dateOnly(m.verificationDueOn),
        ),
    }),
  }),
});

type WorkOrder = RegisterShape['workRequests'][number];

export const MeterWorkOrderType = builder.objectRef<WorkOrder>('MeterWorkOrder').implement({
  subGraphs,
  description: 'An open sealing or unsealing work order of the meter (a repair request).',
  fields: (t) => ({
    id: t.exposeID('id'),
    number: t.exposeString('number'),
    status: t.exposeString('status'),
    work: t.field({ type: MeterSealWorkEnum, resolve: (w) => sealWorkOfCategory(w.category.code) ?? 'SEAL' }),
  }),
});

const mayOrder = (m: RegisterShape, work: (typeof sealWorks)[number]) =>
  m.workRequests.length === 0 && sealWorkAllowed(m.status, work);

export const MeterViewerCanType = builder.objectRef<RegisterShape>('MeterViewerCan').implement({
  subGraphs,
  description: 'What you may order for this meter now (one work order at a time).',
  fields: (t) => ({
    orderSealing: t.boolean({ resolve: (m) => mayOrder(m, 'SEAL') }),
    orderUnsealing: t.boolean({ resolve: (m) => mayOrder(m, 'UNSEAL') }),
  }),
});
