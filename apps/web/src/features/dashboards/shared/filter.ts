// The dashboard's filter lives in the URL (?period=30d&district=…), so a view can be shared and reloaded.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { DashboardFilter, ServiceKind } from '../../../gql/dashboards/graphql.ts';

export const periodPresets = ['7d', '30d', '90d', '12m', 'custom'] as const;
export type PeriodPreset = (typeof periodPresets)[number];
export const defaultPreset: PeriodPreset = '90d';
export const serviceKinds: readonly ServiceKind[] = ['REPAIR', 'E_SERVICE'];

export interface FilterState {
  period: PeriodPreset;
  from: string;
  to: string;
  districtId: string;
  organizationId: string;
  categoryId: string;
  kind: ServiceKind | '';
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Today in the city's time zone (the browser's without one), as YYYY-MM-DD. */
export function today(timeZone?: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(now);
}

function shiftDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function shiftYear(day: string, years: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}

/** The dates a preset covers, both inclusive, ending today. */
export function presetRange(preset: Exclude<PeriodPreset, 'custom'>, todayDay: string) {
  switch (preset) {
    case '7d':
      return { from: shiftDays(todayDay, -6), to: todayDay };
    case '30d':
      return { from: shiftDays(todayDay, -29), to: todayDay };
    case '90d':
      return { from: shiftDays(todayDay, -89), to: todayDay };
    case '12m':
      return { from: shiftDays(shiftYear(todayDay, -1), 1), to: todayDay };
  }
}

export function readFilter(params: URLSearchParams): FilterState {
  const period = params.get('period');
  const kind = params.get('kind');
  return {
    period: (periodPresets as readonly string[]).includes(period ?? '')
      ? (period as PeriodPreset)
      : defaultPreset,
    from: isoDay.test(params.get('from') ?? '') ? params.get('from')! : '',
    to: isoDay.test(params.get('to') ?? '') ? params.get('to')! : '',
    districtId: params.get('district') ?? '',
    organizationId: params.get('organization') ?? '',
    categoryId: params.get('category') ?? '',
    kind: kind === 'REPAIR' || kind === 'E_SERVICE' ? kind : '',
  };
}

/** The GraphQL filter the state asks for; empty choices are left out. */
export function toQueryFilter(state: FilterState, todayDay: string): DashboardFilter {
  const range =
    state.period === 'custom' ? { from: state.from, to: state.to } : presetRange(state.period, todayDay);
  const filter: DashboardFilter = {};
  if (range.from) filter.from = range.from;
  if (range.to) filter.to = range.to;
  if (state.districtId) filter.districtId = state.districtId;
  if (state.organizationId) filter.organizationId = state.organizationId;
  if (state.categoryId) filter.categoryId = state.categoryId;
  if (state.kind) filter.kind = state.kind;
  return filter;
}

const paramNames: Record<keyof FilterState, string> = {
  period: 'period',
  from: 'from',
  to: 'to',
  districtId: 'district',
  organizationId: 'organization',
  categoryId: 'category',
  kind: 'kind',
};

/** The filter from the URL, and a setter that writes changes back (dropping the drill-down page). */
export function useDashboardFilter(timeZone?: string) {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readFilter(params), [params]);
  const todayDay = today(timeZone);
  const filter = useMemo(() => toQueryFilter(state, todayDay), [state, todayDay]);

  const update = useCallback(
    (changes: Partial<FilterState>) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes) as Array<[keyof FilterState, string]>) {
            if (value && !(key === 'period' && value === defaultPreset)) next.set(paramNames[key], value);
            else next.delete(paramNames[key]);
          }
          next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  const reset = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return { state, filter, update, reset, params, setParams, todayDay };
}
