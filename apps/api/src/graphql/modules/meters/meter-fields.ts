// The resident's meters: the submission window, readings, history and the "missing soon" warning.
import { isReadingMissingSoon } from '@citydesk/domain';
import {
  listMyMeters,
  readingWindowFor,
  submitMeterReading,
  type MeterWithReadings,
} from '../../../services/meters/meter-readings.ts';
import { currentCity, setMeterReadingJumpMultiple } from '../../../services/city/city-settings.ts';
import { CityType } from '../city/city-fields.ts';
import { meterAddress } from '../../../services/meters/meter-address.ts';
import { builder, policyField } from '../../builder.ts';
import { MeterVerificationType, MeterViewerCanType, MeterWorkOrderType } from './register-types.ts';

type Window = Awaited<ReturnType<typeof readingWindowFor>>;

export const ReadingWindowType = builder.objectRef<Window>('MeterReadingWindow').implement({
  subGraphs: ['resident', 'dispatcher'],
  description: 'When this month’s readings are accepted (local dates of the city).',
  fields: (t) => ({
    period: t.exposeString('period', { description: 'The month readings are for: YYYY-MM-01.' }),
    opensOn: t.exposeString('opensOn'),
    closesOn: t.exposeString('closesOn'),
    open: t.exposeBoolean('open'),
    daysLeft: t.exposeInt('daysLeft'),
    today: t.exposeString('today'),
  }),
});

const MeterReadingType = builder.objectRef<MeterWithReadings['readings'][number]>('MeterReading').implement({
  subGraphs: ['resident'],
  fields: (t) => ({
    id: t.exposeID('id'),
    period: t.string({ resolve: (r) => r.period.toISOString().slice(0, 10) }),
    value: t.float({ resolve: (r) => Number(r.value) }),
    submittedAt: t.field({ type: 'DateTime', resolve: (r) => r.submittedAt }),
    takenByCallCentre: t.boolean({
      description: 'The call centre took it by phone (not submitted in the cabinet).',
      resolve: (r) => r.source === 'CALL_CENTRE',
    }),
  }),
});

export const MeterType = builder.objectRef<MeterWithReadings>('Meter').implement({
  subGraphs: ['resident'],
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
      description: 'The sealing or unsealing you ordered, while it is open.',
      resolve: (m) => m.workRequests[0] ?? null,
    }),
    viewerCan: t.field({ type: MeterViewerCanType, resolve: (m) => m }),
    address: t.string({ resolve: (m) => meterAddress(m.premises) }),
    readings: t.field({ type: [MeterReadingType], description: 'Newest first.', resolve: (m) => m.readings }),
    readingMissingSoon: t.boolean({
      description: 'The window closes within 3 days and this month’s reading is still missing.',
      resolve: async (m, _a, ctx) => {
        const window = await readingWindowFor(ctx.deps, m.premises.building.district.cityId);
        const has = m.readings.some((r) => r.period.toISOString().slice(0, 10) === window.period);
        return (
          m.status === 'ACTIVE' &&
          isReadingMissingSoon(window.today, { fromDay: window.fromDay, toDay: window.toDay }, has)
        );
      },
    }),
  }),
});

builder.queryFields((t) => ({
  myMeters: t.field({
    ...policyField('meter:readOwn'),
    type: [MeterType],
    resolve: (_r, _a, ctx) => listMyMeters(ctx.deps, ctx.viewer!),
  }),
  meterReadingWindow: t.field({
    ...policyField('meterReading:readWindow'),
    type: ReadingWindowType,
    resolve: async (_r, _a, ctx) => readingWindowFor(ctx.deps, (await currentCity(ctx.deps, ctx.viewer)).id),
  }),
}));

builder.mutationField('submitMeterReading', (t) =>
  t.field({
    ...policyField('meterReading:submit'),
    type: MeterType,
    description: 'This month’s reading (a second one in the window corrects the first).',
    args: {
      meterId: t.arg.id({ required: true }),
      value: t.arg.string({ required: true }),
      confirm: t.arg.boolean({
        description:
          'The submitter confirms an unusual jump (refused first with READING_NEEDS_CONFIRMATION).',
      }),
    },
    resolve: (_r, args, ctx) =>
      submitMeterReading(ctx.deps, ctx.viewer!, {
        meterId: String(args.meterId),
        value: args.value,
        confirm: args.confirm === true,
      }),
  }),
);

builder.mutationField('setMeterReadingJumpMultiple', (t) =>
  t.field({
    ...policyField('city:configure'),
    type: CityType,
    description:
      'How many months’ worth of average consumption a reading may jump without confirming (2–20).',
    args: { multiple: t.arg.int({ required: true }) },
    resolve: (_r, args, ctx) =>
      setMeterReadingJumpMultiple(ctx.deps, ctx.viewer!, { multiple: args.multiple }),
  }),
);
