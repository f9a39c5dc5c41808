// The city a deployment serves, as every page needs it (its name, time zone, currency, the meter-reading
// window), and the administrator's settings of that window and of the reading jump that needs confirming.
import { validateJumpMultiple, validateReadingWindowDays } from '@citydesk/domain';
import type { City } from '../../generated/prisma/client.ts';
import { AppError, invalidInput } from '../../errors.ts';
import { changedFields } from '../audit/audit-details.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { transact, type Actor, type ServiceDeps } from '../context.ts';
import { administeredCityOf } from '../authorization/assert-can.ts';
import { actorScope } from '@citydesk/domain';

type CitySetting = 'meterReadingFromDay' | 'meterReadingToDay' | 'meterReadingJumpMultiple';

/** Changes the administrator's city's settings, with an audit row of what changed from what, in one transaction. */
async function updateCitySettings(
  deps: ServiceDeps,
  actor: Actor & { cityId: string },
  settings: Pick<City, CitySetting> | Partial<Pick<City, CitySetting>>,
): Promise<City> {
  return transact(deps, async (tx) => {
    // The row lock makes "before" exact when two administrators save at once.
    await tx.$queryRaw`SELECT id FROM city WHERE id = ${actor.cityId}::uuid FOR UPDATE`;
    const before = await tx.city.findUniqueOrThrow({ where: { id: actor.cityId } });
    const city = await tx.city.update({ where: { id: actor.cityId }, data: settings });
    await recordAudit(tx, {
      action: 'settings.city.update',
      actor,
      target: { type: 'city', id: city.id },
      details: changedFields<Partial<City>>(before, settings),
      at: deps.clock(),
    });
    return city;
  });
}

/** The viewer's city when they act for an organization; otherwise the deployment's (first) city. */
export async function currentCity(deps: Pick<ServiceDeps, 'db'>, actor: Actor | null): Promise<City> {
  if (actor?.cityId) return deps.db.city.findUniqueOrThrow({ where: { id: actor.cityId } });
  // A resident acts on their own rows only: their city is the one they live in.
  if (actor && actorScope(actor).kind === 'own') {
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
  const first = await deps.db.city.findFirst({ orderBy: { createdAt: 'asc' } });
  // A fresh installation has no city until its first run.
  if (!first) throw new AppError('SETUP_REQUIRED');
  return first;
}

export async function setMeterReadingWindow(
  deps: ServiceDeps,
  actor: Actor,
  input: { fromDay: number; toDay: number },
): Promise<City> {
  const cityId = administeredCityOf(actor, 'city:configure');
  const checked = validateReadingWindowDays(input);
  if (!checked.ok) throw invalidInput(checked.issues);
  return updateCitySettings(
    deps,
    { ...actor, cityId },
    {
      meterReadingFromDay: checked.value.fromDay,
      meterReadingToDay: checked.value.toDay,
    },
  );
}

export async function setMeterReadingJumpMultiple(
  deps: ServiceDeps,
  actor: Actor,
  input: { multiple: number },
): Promise<City> {
  const cityId = administeredCityOf(actor, 'city:configure');
  const checked = validateJumpMultiple(input.multiple);
  if (!checked.ok) throw invalidInput(checked.issues);
  return updateCitySettings(deps, { ...actor, cityId }, { meterReadingJumpMultiple: checked.value });
}
