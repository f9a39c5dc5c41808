// What the dashboard filters offer the viewer: the city's districts, the organizations they may pick
// (every one for the administrator; none for staff, whose scope is fixed) and the categories.
import { dashboardScope } from '@citydesk/domain';
import type { Actor, ServiceDeps } from '../context.ts';
import { currentCity } from '../city/city-settings.ts';

export async function dashboardOptions(deps: ServiceDeps, actor: Actor | null) {
  const city = await currentCity(deps, actor);
  const [districts, organizations, categories] = await Promise.all([
    deps.db.district.findMany({ where: { cityId: city.id }, orderBy: { code: 'asc' } }),
    // Only whose scope is not fixed (the administrator's: every organization) may pick one.
    actor && dashboardScope(actor).kind === 'everything'
      ? deps.db.organization.findMany({
          where: {
            cityId: city.id,
            kind: { in: ['MANAGEMENT_COMPANY', 'CONTRACTOR', 'UTILITY', 'MUNICIPALITY', 'AGENCY'] },
          },
          orderBy: [{ kind: 'asc' }, { name: 'asc' }],
        })
      : [],
    actor
      ? deps.db.serviceCategory.findMany({
          where: { active: true },
          orderBy: [{ kind: 'asc' }, { sortOrder: 'asc' }],
        })
      : [],
  ]);
  return { districts, organizations, categories };
}
