// The rules a monthly reading must pass before it is stored (seed 003: billing is by the readings): meters
// only count up from the figure recorded when the meter was registered and from the last month's reading,
// and a jump far above the usual consumption is most often a typo (an extra digit), so the submitter must
// confirm it. Pure: the service passes in the meter's history and the city's setting.
import type { ValidationIssue } from '../issues.ts';
import { parseLocalDate } from '../sla/local-date.ts';
import { validateMeterReading } from './reading-window.ts';

/** A reading of a meter for a month (`period` is the month's first day, `YYYY-MM-01`). */
export type ReadingPoint = { period: string; value: number };

/** The default multiple of the average monthly consumption above which a jump needs confirming. */
export const defaultJumpMultiple = 3;
/** The multiples an administrator may set (whole numbers). */
export const jumpMultipleRange = { min: 2, max: 20 } as const;

export type ReadingCheckInput = {
  /** What was submitted: a number, or text such as `"1234,5"`. */
  value: unknown;
  /** The month the reading is for, `YYYY-MM-01`. */
  period: string;
  /** The figure recorded at registration, with the month the meter was registered in. */
  initial: ReadingPoint;
  /** Readings of earlier months, in any order (a reading of `period` itself is a correction: leave it out). */
  earlier: readonly ReadingPoint[];
  /** The city's setting: a jump above this many months' worth of average consumption needs confirming. */
  jumpMultiple: number;
  /** The submitter has confirmed an unusual jump. */
  confirmed: boolean;
};

export type ReadingCheck =
  | { ok: true; value: number }
  | { ok: false; reason: 'invalid'; issues: ValidationIssue[] }
  | {
      ok: false;
      reason: 'needs_confirmation';
      /** Average consumption per month so far (rounded to thousandths). */
      averageMonthly: number;
      /** How far the reading is above the last one (rounded to thousandths). */
      jump: number;
      /** Months since the last reading (the jump is allowed that many months' worth). */
      months: number;
    };

/** Whole months from one `YYYY-MM-DD` to another (by calendar month; negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const a = parseLocalDate(from);
  const b = parseLocalDate(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The average monthly consumption over the meter's history: from the initial figure (or the oldest reading)
 * to the newest reading, per month between them. `null` when there is no month to average over yet (only the
 * initial figure, or readings all in the registration month) or nothing was consumed.
 */
export function averageMonthlyConsumption(
  initial: ReadingPoint,
  earlier: readonly ReadingPoint[],
): number | null {
  const points = [initial, ...earlier].sort((x, y) =>
    x.period < y.period ? -1 : x.period > y.period ? 1 : 0,
  );
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const months = monthsBetween(first.period, last.period);
  if (months <= 0) return null;
  const average = (last.value - first.value) / months;
  return average > 0 ? average : null;
}

/**
 * Checks a monthly reading: a valid number (see {@link validateMeterReading}) not below the initial figure nor
 * the latest earlier reading, and — unless `confirmed` — at most `jumpMultiple` × the average monthly
 * consumption × the months since that reading above it. Without an average yet (a new meter, or nothing
 * consumed so far) there is nothing to compare a jump with, so it is not questioned.
 */
export function checkMeterReading(input: ReadingCheckInput): ReadingCheck {
  const latest = [input.initial, ...input.earlier]
    .filter((p) => p.period <= input.period)
    .reduce<ReadingPoint | null>((best, p) => (best === null || p.period >= best.period ? p : best), null);
  // The initial figure is a floor even if an earlier reading were (wrongly) below it.
  const floor = Math.max(input.initial.value, latest?.value ?? input.initial.value);
  const checked = validateMeterReading(input.value, floor);
  if (!checked.ok) return { ok: false, reason: 'invalid', issues: checked.issues };
  if (input.confirmed || latest === null) return checked;

  const average = averageMonthlyConsumption(input.initial, input.earlier);
  if (average === null) return checked;
  const months = Math.max(1, monthsBetween(latest.period, input.period));
  const jump = checked.value - latest.value;
  // Thousandths, as readings are compared elsewhere: no binary-fraction surprises at the boundary.
  if (Math.round(jump * 1000) > Math.round(input.jumpMultiple * average * months * 1000))
    return {
      ok: false,
      reason: 'needs_confirmation',
      averageMonthly: round3(average),
      jump: round3(jump),
      months,
    };
  return checked;
}

/** Checks the multiple an administrator sets: a whole number within {@link jumpMultipleRange}. */
export function validateJumpMultiple(
  value: unknown,
): { ok: true; value: number } | { ok: false; issues: ValidationIssue[] } {
  const issue = (code: ValidationIssue['code']) => ({
    ok: false as const,
    issues: [{ field: 'multiple', code }],
  });
  if (typeof value !== 'number' || !Number.isInteger(value)) return issue('invalid_number');
  if (value < jumpMultipleRange.min) return issue('too_small');
  if (value > jumpMultipleRange.max) return issue('too_large');
  return { ok: true, value };
}
