// The meter desk of the utility that registers meters: search by address or subscriber code, a meter's
// history with its CSV, and readings the call centre takes by phone. Rows are scoped in the services.
import {
  deskMeter,
  providesMeterService,
  searchDeskMeters,
  takeMeterReading,
  type DeskMeter,
} from '../../../services/meters/staff-meters.ts';
import { readingsCsv } from '../../../services/meters/readings-csv.ts';
import { meterAddress } from '../../../services/meters/meter-address.ts';
import { readingWindowFor } from '../../../services/meters/meter-readings.ts';
import { builder, policyField } from '../../builder.ts';
import { ReadingWindowType } from './meter-fields.ts';
import { MeterVerificationType, MeterViewerCanType, MeterWorkOrderType } from './register-types.ts';

const DeskMeterReadingType = builder.objectRef<DeskMeter['readings'][number]>('DeskMeterReading').implement({
  subGraphs: ['dispatcher'],
  fields: (t) => ({
    id: t.exposeID('id'),
    period: t.string({ description: 'YYYY-MM-01.', resolve: (r) => r.period.toISOString().slice(0, 10) }),
    value: t.float({ resolve: (r) => Number(r.value) }),
    submittedAt: t.field({ type: 'DateTime', resolve: (r) => r.submittedAt }),
    submittedByName: t.string({ resolve: (r) => r.submittedBy.displayName }),
    takenByCallCentre: t.boolean({
      description: 'Staff took it by phone for the premises.',
      resolve: (r) => r.source === 'CALL_CENTRE',
    }),
  }),
});

export const DeskMeterType = builder.objectRef<DeskMeter>('DeskMeter').implement({
  subGraphs: ['dispatcher'],
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.string({ resolve: (m) => m.kind }),
    status: t.string({ resolve: (m) => m.status }),
    serialNumber: t.exposeString('serialNumber'),
    sealNumber: t.exposeString('sealNumber', { nullable: true }),
    verifiedOn: t.string({ resolve: (m) => m.verifiedOn.toISOString().slice(0, 10) }),
    verification: t.field({ type: MeterVerificationType, resolve: (m) => m }),
    openWorkOrder: t.field({
      type: MeterWorkOrderType,
      nullable: true,
      resolve: (m) => m.workRequests[0] ?? null,
    }),
    viewerCan: t.field({ type: MeterViewerCanType, resolve: (m) => m }),
    initialReading: t.float({ resolve: (m) => Number(m.initialReading) }),
    retiredAt: t.field({ type: 'DateTime', nullable: true, resolve: (m) => m.retiredAt }),
    finalReading: t.float({
      nullable: true,
      description: 'The figure it was retired with (a replacement’s dismantling act).',
      resolve: (m) => (m.finalReading === null ? null : Number(m.finalReading)),
    }),
    address: t.string({ resolve: (m) => meterAddress(m.premises) }),
    buildingAddress: t.string({
      description: 'Street and house, without the flat.',
      resolve: (m) => `${m.premises.building.street}, ${m.premises.building.houseNumber}`,
    }),
    buildingId: t.id({
      description: 'For filing an application for the caller (fileApplicationOnBehalf).',
      resolve: (m) => m.premises.buildingId,
    }),
    premisesNumber: t.string({
      description: 'The flat (premises) number.',
      resolve: (m) => m.premises.number,
    }),
    subscriberCodes: t.stringList({ resolve: (m) => m.premises.accounts.map((a) => a.subscriberCode) }),
    holderName: t.string({ nullable: true, resolve: (m) => m.premises.accounts[0]?.holderName ?? null }),
    readings: t.field({
      type: [DeskMeterReadingType],
      description: 'Newest first.',
      resolve: (m) => m.readings,
    }),
    readingWindow: t.field({
      type: ReadingWindowType,
      description: 'When this month’s readings are accepted in the city (the desk’s city: the meter’s).',
      resolve: (_m, _a, ctx) => readingWindowFor(ctx.deps, ctx.viewer!.cityId!),
    }),
    readingsCsv: t.string({
      description: 'The history as CSV (UTF-8 with BOM), headers in the viewer’s language.',
      resolve: (m, _a, ctx) => readingsCsv(m, ctx.locale),
    }),
  }),
});

builder.queryFields((t) => ({
  // t.field, not t.boolean: the authorization matrix finds root fields by this shape.
  meterDeskAvailable: t.field({
    ...policyField('meterDesk:read'),
    type: 'Boolean',
    description: 'Whether your organization keeps the city’s meters (registers them and takes readings).',
    resolve: (_r, _a, ctx) => providesMeterService(ctx.deps, ctx.viewer!),
  }),
  deskMeters: t.field({
    ...policyField('meterDesk:read'),
    type: [DeskMeterType],
    description: 'Meters of premises matching an address ("Баумана 7 12") or a subscriber code.',
    args: { search: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => searchDeskMeters(ctx.deps, ctx.viewer!, args.search),
  }),
  deskMeter: t.field({
    ...policyField('meterDesk:read'),
    type: DeskMeterType,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => deskMeter(ctx.deps, ctx.viewer!, String(args.id)),
  }),
}));

builder.mutationField('takeMeterReading', (t) =>
  t.field({
    ...policyField('meterReading:take'),
    type: DeskMeterType,
    description: 'This month’s reading taken by the call centre for a caller (the resident’s rules apply).',
    args: {
      meterId: t.arg.id({ required: true }),
      value: t.arg.string({ required: true }),
      confirm: t.arg.boolean({ description: 'Confirms an unusual jump (see READING_NEEDS_CONFIRMATION).' }),
    },
    resolve: (_r, args, ctx) =>
      takeMeterReading(ctx.deps, ctx.viewer!, {
        meterId: String(args.meterId),
        value: args.value,
        confirm: args.confirm === true,
      }),
  }),
);
