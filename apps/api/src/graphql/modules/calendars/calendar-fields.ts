// The administrator's holiday calendars: the years known for the city's country, and setting a year.
import { listHolidayCalendars, setHolidayCalendar } from '../../../services/calendars/holiday-calendars.ts';
import { builder, policyField } from '../../builder.ts';
import { HolidayCalendarType } from './calendar-types.ts';

const SetHolidayCalendarInput = builder.inputType('SetHolidayCalendarInput', {
  subGraphs: ['administrator'],
  fields: (t) => ({
    year: t.int({ required: true, description: 'The year, 2000–2100; its calendar is replaced as a whole.' }),
    daysOff: t.stringList({
      required: true,
      description: 'Non-working dates of that year, `YYYY-MM-DD`, each once: holidays and moved days off.',
    }),
    workingDays: t.stringList({
      description: 'Weekend dates of that year that are working days (working Saturdays), `YYYY-MM-DD`.',
    }),
    source: t.string({
      required: true,
      description: 'The law, decree or published calendar the dates are from.',
    }),
    notes: t.string(),
  }),
});

builder.queryField('holidayCalendars', (t) =>
  t.field({
    ...policyField('calendar:read'),
    type: [HolidayCalendarType],
    description: 'The holiday calendars of the city’s country, by year.',
    resolve: (_r, _a, ctx) => listHolidayCalendars(ctx.deps, ctx.viewer!),
  }),
);

builder.mutationField('setHolidayCalendar', (t) =>
  t.field({
    ...policyField('calendar:configure'),
    type: HolidayCalendarType,
    description: 'Adds or replaces a year’s holiday calendar of the city’s country.',
    args: { input: t.arg({ type: SetHolidayCalendarInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      setHolidayCalendar(ctx.deps, ctx.viewer!, {
        year: input.year,
        daysOff: input.daysOff,
        workingDays: input.workingDays ?? [],
        source: input.source,
        notes: input.notes ?? null,
      }),
  }),
);
