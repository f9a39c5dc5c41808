// The city every page shows (public): its name, time zone and currency, and the meter-reading window,
// which the administrator sets.
import { locales, type Locale } from '@citydesk/domain';
import type { City } from '../../../generated/prisma/client.ts';
import { currentCity, setMeterReadingWindow } from '../../../services/city/city-settings.ts';
import { allSubGraphs, builder, policyField } from '../../builder.ts';
import { localized } from '../../../services/localized.ts';

const CityNamesType = builder.objectRef<Record<Locale, string>>('CityNames').implement({
  subGraphs: [...allSubGraphs],
  description: 'The city’s name in every language citydesk speaks (the brand shows the reader’s).',
  fields: (t) => ({
    az: t.exposeString('az'),
    fa: t.exposeString('fa'),
    ru: t.exposeString('ru'),
    kk: t.exposeString('kk'),
    en: t.exposeString('en'),
  }),
});

export const CityType = builder.objectRef<City>('City').implement({
  subGraphs: [...allSubGraphs],
  description: 'The city this citydesk serves.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.string({
      description: 'In the viewer’s language.',
      resolve: (c, _a, ctx) => localized(c.name, ctx.locale),
    }),
    names: t.field({
      type: CityNamesType,
      resolve: (c) =>
        Object.fromEntries(locales.map((l) => [l, localized(c.name, l)])) as Record<Locale, string>,
    }),
    timeZone: t.exposeString('timeZone', { description: 'IANA time zone: dates are shown in it.' }),
    currency: t.exposeString('currency', { description: 'ISO 4217; amounts are in its minor units.' }),
    meterReadingFromDay: t.exposeInt('meterReadingFromDay'),
    meterReadingToDay: t.exposeInt('meterReadingToDay'),
    meterReadingJumpMultiple: t.exposeInt('meterReadingJumpMultiple', {
      description:
        'A reading this many months’ worth of average consumption above the last needs confirming.',
    }),
  }),
});

builder.queryField('city', (t) =>
  t.field({
    ...policyField('city:read'),
    type: CityType,
    resolve: (_r, _a, ctx) => currentCity(ctx.deps, ctx.viewer),
  }),
);

builder.mutationField('setMeterReadingWindow', (t) =>
  t.field({
    ...policyField('city:configure'),
    type: CityType,
    description: 'The days of the month (1–28) residents may submit meter readings on.',
    args: { fromDay: t.arg.int({ required: true }), toDay: t.arg.int({ required: true }) },
    resolve: (_r, args, ctx) =>
      setMeterReadingWindow(ctx.deps, ctx.viewer!, { fromDay: args.fromDay, toDay: args.toDay }),
  }),
);
