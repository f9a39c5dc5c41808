import { calendarFor, countryCodes, type CountryCode, type WorkCalendar } from '@citydesk/domain';

/** The working-day calendar of a city (its country's weekends and holidays, in its time zone). */
export function cityCalendar(city: { countryCode: string; timeZone: string }): WorkCalendar {
  if (!(countryCodes as readonly string[]).includes(city.countryCode))
    throw new Error(`no working-day calendar for country ${city.countryCode}`);
  return calendarFor(city.countryCode as CountryCode, city.timeZone);
}
