// The city a deployment serves, as every page needs it (its name, time zone, currency, the meter-reading
// window), and the administrator's settings of that window and of the reading jump that needs confirming.
import { validateJumpMultiple, validateReadingWindowDays } from '@citydesk/domain';
import type { City } from '../../generated/prisma/client.ts';
import { invalidInput, notAllowed } from '../../errors.ts';
import type { Actor, ServiceDeps } from '../context.ts';

/** The viewer's city when they act for an organization; otherwise the deployment's (first) city. */
export async function currentCity(deps: Pick<ServiceDeps, 'db'>, actor: Actor | null): Promise<City> {
  if (actor?.cityId) return deps.db.city.findUniqueOrThrow({ where: { id: actor.cityId } });
  if (actor?.role === 'RESIDENT') {
    const home = await deps.db.city.findFirst({
      where: {
        districts: {
          some: {
            buildings: { some: { premises: { some: { occupants: { some: { userId: actor.userId } } } } } },
          },
        },
      },
    });
    if (home) return home;
  }
  return deps.db.city.findFirstOrThrow({ orderBy: { createdAt: 'asc' } });
}

export async function setMeterReadingWindow(
  deps: ServiceDeps,
  actor: Actor,
  input: { fromDay: number; toDay: number },
): Promise<City> {
  if (actor.role !== 'ADMINISTRATOR' || !actor.cityId) throw notAllowed();
  const checked = validateReadingWindowDays(input);
  if (!checked.ok) throw invalidInput(checked.issues);
  return deps.db.city.update({
    where: { id: actor.cityId },
    data: { meterReadingFromDay: checked.value.fromDay, meterReadingToDay: checked.value.toDay },
  });
}

export async function setMeterReadingJumpMultiple(
  deps: ServiceDeps,
  actor: Actor,
  input: { multiple: number },
): Promise<City> {
  if (actor.role !== 'ADMINISTRATOR' || !actor.cityId) throw notAllowed();
  const checked = validateJumpMultiple(input.multiple);
  if (!checked.ok) throw invalidInput(checked.issues);
  return deps.db.city.update({
    where: { id: actor.cityId },
    data: { meterReadingJumpMultiple: checked.value },
  });
}
