// The audit page's filters as the user sets them (local calendar days in the city, a person or an object
// picked from a row) and as the API takes them (instants; `to` is exclusive).
import { addDays, isLocalDate, startOfLocalDay } from '@citydesk/domain';
import type { AuditLogFilter } from '../../../gql/administrator/graphql.ts';

export interface AuditFilterState {
  /** An action code, a group (`auth`), or '' for all. */
  action: string;
  /** `YYYY-MM-DD` in the city's time zone, or ''. */
  from: string;
  to: string;
  actor: { id: string; name: string } | null;
  target: { id: string; label: string } | null;
}

export const noFilters: AuditFilterState = { action: '', from: '', to: '', actor: null, target: null };

export const hasFilters = (f: AuditFilterState): boolean =>
  f.action !== '' || f.from !== '' || f.to !== '' || f.actor !== null || f.target !== null;

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The API's filter: whole local days of the city, from the first instant of `from` to the end of `to`. */
export function apiFilter(f: AuditFilterState, timeZone: string | undefined): AuditLogFilter | null {
  const zone = timeZone ?? browserTimeZone();
  const filter: AuditLogFilter = {};
  if (f.action) filter.action = f.action;
  if (isLocalDate(f.from)) filter.from = startOfLocalDay(f.from, zone).toISOString();
  if (isLocalDate(f.to)) filter.to = startOfLocalDay(addDays(f.to, 1), zone).toISOString();
  if (f.actor) filter.actorId = f.actor.id;
  if (f.target) filter.targetId = f.target.id;
  return Object.keys(filter).length > 0 ? filter : null;
}
