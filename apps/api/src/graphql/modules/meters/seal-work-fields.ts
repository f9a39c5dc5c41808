// Sealing and unsealing a meter, ordered by the resident for a meter of their premises or by the meter
// desk's call centre for a caller (seed 003). The order is a work order; the meter comes back with it.
import { orderSealWork, orderSealWorkForCaller } from '../../../services/meters/order-seal-work.ts';
import { builder, policyField } from '../../builder.ts';
import { takeIdempotencyKey } from '../../idempotency.ts';
import { DeskMeterType } from './desk-fields.ts';
import { MeterType } from './meter-fields.ts';
import { MeterSealWorkEnum } from './register-types.ts';

builder.mutationField('orderMeterSealWork', (t) =>
  t.field({
    ...policyField('meterSeal:order'),
    type: MeterType,
    description:
      'Orders sealing (a meter waiting for its seal or unsealed) or unsealing (a meter in use) of a meter of your premises: a work order the communal service centre carries out.',
    args: {
      meterId: t.arg.id({ required: true }),
      work: t.arg({ type: MeterSealWorkEnum, required: true }),
    },
    resolve: (_r, args, ctx) =>
      orderSealWork(
        ctx.deps,
        ctx.viewer!,
        { meterId: String(args.meterId), work: args.work },
        takeIdempotencyKey(ctx),
      ),
  }),
);

const CallerSealWorkInput = builder.inputType('MeterSealWorkForCallerInput', {
  subGraphs: ['dispatcher'],
  fields: (t) => ({
    meterId: t.id({ required: true }),
    work: t.field({ type: MeterSealWorkEnum, required: true }),
    callerName: t.string({ required: true }),
    callerPhone: t.string({ required: true }),
    residentId: t.id({ description: 'The caller, when they are a registered resident of the premises.' }),
  }),
});

builder.mutationField('orderMeterSealWorkForCaller', (t) =>
  t.field({
    ...policyField('meterSeal:orderForCaller'),
    type: DeskMeterType,
    description: 'The call centre orders sealing or unsealing of a meter for a caller (channel PHONE).',
    args: { input: t.arg({ type: CallerSealWorkInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      orderSealWorkForCaller(
        ctx.deps,
        ctx.viewer!,
        {
          meterId: String(input.meterId),
          work: input.work,
          callerName: input.callerName,
          callerPhone: input.callerPhone,
          residentId: input.residentId ? String(input.residentId) : null,
        },
        takeIdempotencyKey(ctx),
      ),
  }),
);
