// The administrator's holiday calendars: the years known for the city's country, and setting one year's
// calendar (added, or replaced as a whole). Calendars are per country, so a deployment serving two cities of one
// country shares them; the next deadline computed anywhere reads the new rows (they are read per transaction).
import type { Action } from '@citydesk/domain';
import { isCountryCode, validateHolidayYear, weekendOf, type HolidayYear } from '@citydesk/domain';
import type { HolidayCalendar } from '../../generated/prisma/client.ts';
import { invalidInput, notAllowed, type InputIssue } from '../../errors.ts';
import { changedFields } from '../audit/audit-details.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { transact, type Actor, type ServiceDeps } from '../context.ts';
import { columnOfLocalDate, holidayYearOf } from './holiday-calendar-rows.ts';
import { administeredCityOf } from '../authorization/assert-can.ts';

export type HolidayCalendarView = HolidayYear & {
  countryCode: string;
  source: string;
  notes: string | null;
  updatedAt: Date;
};

export interface HolidayCalendarInput {
  year: number;
  daysOff: readonly string[];
  workingDays: readonly string[];
  source: string;
  notes?: string | null;
}

const maxSourceLength = 500;
const maxNotesLength = 2000;

function view(row: HolidayCalendar): HolidayCalendarView {
  return {
    ...holidayYearOf(row),
    countryCode: row.countryCode,
    source: row.source,
    notes: row.notes,
    updatedAt: row.updatedAt,
  };
}

async function administratorsCountry(deps: ServiceDeps, actor: Actor, action: Action): Promise<string> {
  const cityId = administeredCityOf(actor, action);
  const city = await deps.db.city.findUniqueOrThrow({
    where: { id: cityId },
    select: { countryCode: true },
  });
  return city.countryCode;
}

/** The holiday calendars of the administrator's country, by year. */
export async function listHolidayCalendars(deps: ServiceDeps, actor: Actor): Promise<HolidayCalendarView[]> {
  const countryCode = await administratorsCountry(deps, actor, 'calendar:read');
  const rows = await deps.db.holidayCalendar.findMany({ where: { countryCode }, orderBy: { year: 'asc' } });
  return rows.map(view);
}

/**
 * Adds or replaces the calendar of `input.year` for the administrator's country. Refused with INVALID_INPUT
 * (every issue: dates that are malformed, outside the year, repeated, working days off the weekend; a missing
 * or too long source, too long notes) before anything is written.
 */
export async function setHolidayCalendar(
  deps: ServiceDeps,
  actor: Actor,
  input: HolidayCalendarInput,
): Promise<HolidayCalendarView> {
  const countryCode = await administratorsCountry(deps, actor, 'calendar:configure');
  if (!isCountryCode(countryCode)) throw notAllowed();
  const checked = validateHolidayYear(input, weekendOf(countryCode));
  const source = input.source.trim();
  const notes = input.notes?.trim() || null;
  const issues: InputIssue[] = checked.ok ? [] : [...checked.issues];
  if (!source) issues.push({ field: 'source', code: 'required' });
  else if (source.length > maxSourceLength) issues.push({ field: 'source', code: 'too_long' });
  if (notes && notes.length > maxNotesLength) issues.push({ field: 'notes', code: 'too_long' });
  if (!checked.ok || issues.length > 0) throw invalidInput(issues);

  const { year, daysOff, workingDays } = checked.value;
  const data = {
    daysOff: daysOff.map(columnOfLocalDate),
    workingDays: workingDays.map(columnOfLocalDate),
    source,
    notes,
    updatedAt: deps.clock(),
    updatedById: actor.userId,
  };
  const row = await transact(deps, async (tx) => {
    const key = { countryCode_year: { countryCode, year } };
    const before = await tx.holidayCalendar.findUnique({ where: key });
    // One statement (INSERT … ON CONFLICT DO UPDATE): two administrators saving at once leave one whole calendar.
    const saved = await tx.holidayCalendar.upsert({
      where: key,
      create: { countryCode, year, ...data },
      update: data,
    });
    const fields = (r: HolidayCalendar) => ({ ...holidayYearOf(r), source: r.source, notes: r.notes });
    await recordAudit(tx, {
      action: 'settings.calendar.set',
      actor,
      target: { type: 'holiday_calendar', id: `${countryCode}-${year}` },
      details: {
        countryCode,
        year,
        created: before === null,
        ...changedFields(before && fields(before), fields(saved)),
      },
      at: data.updatedAt,
    });
    return saved;
  });
  deps.log.info({ countryCode, year, userId: actor.userId }, 'holiday calendar set');
  return view(row);
}
