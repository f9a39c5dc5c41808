// A country's holiday calendar for one year, and a year the city has none for.
import type { CityCalendarWarning } from '../../../services/calendars/calendar-warnings.ts';
import type { HolidayCalendarView } from '../../../services/calendars/holiday-calendars.ts';
import { builder } from '../../builder.ts';

export const HolidayCalendarType = builder.objectRef<HolidayCalendarView>('HolidayCalendar').implement({
  subGraphs: ['administrator'],
  description: 'The public holidays of the city’s country in one year: working-day deadlines skip them.',
  fields: (t) => ({
    countryCode: t.exposeString('countryCode', { description: 'ISO 3166-1 alpha-2.' }),
    year: t.exposeInt('year'),
    daysOff: t.stringList({
      description: 'Non-working dates, `YYYY-MM-DD` ascending: holidays and the days off they move to.',
      resolve: (c) => [...c.daysOff],
    }),
    workingDays: t.stringList({
      description: 'Weekend dates declared working days (working Saturdays), `YYYY-MM-DD` ascending.',
      resolve: (c) => [...c.workingDays],
    }),
    source: t.exposeString('source', { description: 'The law, decree or published calendar.' }),
    notes: t.exposeString('notes', { nullable: true }),
    updatedAt: t.field({ type: 'DateTime', resolve: (c) => c.updatedAt }),
  }),
});

export const CalendarWarningType = builder
  .objectRef<CityCalendarWarning>('HolidayCalendarWarning')
  .implement({
    subGraphs: ['administrator'],
    description:
      'A year without a holiday calendar for the city’s country: working-day deadlines there skip weekends only.',
    fields: (t) => ({
      year: t.exposeInt('year'),
      countryCode: t.exposeString('countryCode'),
      deadlinesAffected: t.exposeBoolean('deadlinesAffected', {
        description: 'A deadline was already computed in that year without the calendar.',
      }),
    }),
  });
