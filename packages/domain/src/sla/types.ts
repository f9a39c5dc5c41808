/**
 * How an SLA is measured: clock hours (emergencies), working days, calendar days, or a fixed day of the next month
 * (`DAY_OF_NEXT_MONTH`, `amount` = the day, 1–28: "applied by the 10th of next month").
 */
export const slaUnits = ['HOURS', 'WORKING_DAYS', 'CALENDAR_DAYS', 'DAY_OF_NEXT_MONTH'] as const;
export type SlaUnit = (typeof slaUnits)[number];

/** A service-level agreement: `amount` of `unit` from filing to the deadline. */
export type Sla = { unit: SlaUnit; amount: number };

/** When an organization works: its time zone, weekly days off, public holidays and working hours. */
export type WorkCalendar = {
  /** IANA time zone the local dates and hours are in, e.g. `Europe/Moscow`. */
  timeZone: string;
  /** Weekly days off as ISO weekdays, 1 = Monday … 7 = Sunday (Iran: `[5]`, most others: `[6, 7]`). */
  weekend: readonly number[];
  /** Non-working local dates, `YYYY-MM-DD`: public holidays and the days off they are moved to. */
  holidays: readonly string[];
  /** Weekend dates declared working days by a government transfer (`YYYY-MM-DD`); a holiday still wins. */
  workingDays?: readonly string[];
  /**
   * The years whose holidays are known (a holiday calendar exists for them). Working days counted in any other
   * year skip weekends only, and `computeDeadlineReport` names those years. Absent: the holidays are taken as
   * complete and no year is reported.
   */
  calendarYears?: readonly number[];
  /** Start of the working day, local `HH:MM`. */
  workdayStart: string;
  /** End of the working day, local `HH:MM`; working-day deadlines fall at this time. */
  workdayEnd: string;
};
