// The transparency page's filters as URL search params (`?period=30d&district=<id>`), and the query
// variables they stand for. The last 90 days is the API's own default, so it is sent as no period at all.
import { lastDays, localDateOf } from '@citydesk/domain';

export const periodPresets = ['30d', '90d', '12m'] as const;
export type PeriodPreset = (typeof periodPresets)[number];
export const defaultPeriod: PeriodPreset = '90d';

export const periodLabelKey = {
  '30d': 'transparency.periods.last30',
  '90d': 'transparency.periods.last90',
  '12m': 'transparency.periods.last12Months',
} as const satisfies Record<PeriodPreset, string>;

const presetDays: Record<PeriodPreset, number> = { '30d': 30, '90d': 90, '12m': 365 };

export function parsePeriod(value: string | null): PeriodPreset {
  return periodPresets.find((p) => p === value) ?? defaultPeriod;
}

export interface TransparencyVariables {
  from?: string;
  to?: string;
  districtId?: string;
}

/**
 * The variables of the transparency query. `today` is the local date the period ends with (the city's when
 * its time zone is known, otherwise the browser's).
 */
export function transparencyVariables(
  period: PeriodPreset,
  districtId: string | null,
  today: string,
): TransparencyVariables {
  const variables: TransparencyVariables = {};
  if (period !== defaultPeriod) Object.assign(variables, lastDays(today, presetDays[period]));
  if (districtId) variables.districtId = districtId;
  return variables;
}

/** Today as a local date in `timeZone` (the browser's zone when none is given). */
export function todayIn(timeZone: string | null | undefined, now: Date = new Date()): string {
  return localDateOf(now, timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
}
