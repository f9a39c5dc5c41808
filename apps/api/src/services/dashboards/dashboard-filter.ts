// Turns what a viewer asked for into the filter a dashboard query counts with. The viewer's role
// decides the scope, not the input: the administrator sees the whole city and may narrow it to any
// organization of it; a dispatcher sees only the requests their company handles, a contractor only
// the work orders their company does. An unknown period, district, organization or category is a
// clear input error. Without a viewer (the public transparency page) only repairs are counted and only
// the period and the district can be chosen.
import { dashboardScope, lastDays, localDateOf, validateDashboardPeriod } from '@citydesk/domain';
import { invalidInput, notAllowed, type InputIssue } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import { currentCity } from '../city/city-settings.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import type { MetricFilter } from './metric-filter.ts';

export interface DashboardInput {
  from?: string | null;
  to?: string | null;
  districtId?: string | null;
  /** Administrator only: a management company, utility or office (what it handles) or a contractor (what it does). */
  organizationId?: string | null;
  categoryId?: string | null;
  kind?: 'REPAIR' | 'E_SERVICE' | null;
}

/** The filter, and the city's time zone its local days are in. */
export type DashboardScope = MetricFilter & { timeZone: string };

export async function dashboardFilter(
  deps: ServiceDeps,
  actor: Actor | null,
  input: DashboardInput,
): Promise<DashboardScope> {
  const scope = actor ? roleScope(actor, input) : publicScope(input);
  const city = await currentCity(deps, actor);
  const period =
    input.from || input.to
      ? validateDashboardPeriod({ from: input.from, to: input.to })
      : { ok: true as const, value: lastDays(localDateOf(deps.clock(), city.timeZone)) };
  const issues: InputIssue[] = period.ok ? [] : period.issues;
  const known = await knownIds(deps, city.id, input);
  if (input.districtId && !known.district) issues.push({ field: 'districtId', code: 'invalid_choice' });
  if (input.categoryId && !known.category) issues.push({ field: 'categoryId', code: 'invalid_choice' });
  if (input.organizationId && !known.organization)
    issues.push({ field: 'organizationId', code: 'invalid_choice' });
  if (!period.ok || issues.length > 0) throw invalidInput(issues);

  const chosen = known.organization;
  return {
    cityId: city.id,
    timeZone: city.timeZone,
    period: period.value,
    districtId: input.districtId ?? null,
    categoryId: input.categoryId ?? null,
    kind: scope.kind ?? input.kind ?? null,
    organizationId: scope.organizationId ?? (chosen && chosen.kind !== 'CONTRACTOR' ? chosen.id : null),
    contractorId: scope.contractorId ?? (chosen?.kind === 'CONTRACTOR' ? chosen.id : null),
  };
}

type Scope = { organizationId?: string; contractorId?: string; kind?: 'REPAIR' };

function publicScope(input: DashboardInput): Scope {
  if (input.organizationId || input.categoryId || input.kind) throw notAllowed();
  return { kind: 'REPAIR' };
}

/** The part of the filter the role fixes: the Prisma-free translation of the policy's dashboard scope. */
function roleScope(actor: Actor, input: DashboardInput): Scope {
  const scope = dashboardScope(actor);
  if (scope.kind === 'everything') return {};
  // Staff never choose whose figures they see; asking for another company's is refused, not ignored.
  if (
    scope.kind !== 'organization' ||
    (input.organizationId && input.organizationId !== scope.organizationId)
  )
    throw notAllowed();
  return Object.fromEntries(scope.fields.map((field) => [field, scope.organizationId]));
}

async function knownIds(deps: ServiceDeps, cityId: string, input: DashboardInput) {
  const id = (value: string | null | undefined) => (value && isUuid(value) ? value : null);
  const [district, category, organization] = await Promise.all([
    id(input.districtId)
      ? deps.db.district.findFirst({ where: { id: id(input.districtId)!, cityId } })
      : null,
    id(input.categoryId)
      ? deps.db.serviceCategory.findUnique({ where: { id: id(input.categoryId)! } })
      : null,
    id(input.organizationId)
      ? deps.db.organization.findFirst({ where: { id: id(input.organizationId)!, cityId } })
      : null,
  ]);
  return { district, category, organization };
}
