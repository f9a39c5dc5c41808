// The first run: creates the city, its administration and its first administrator in one transaction, with the
// standard repair catalogue unless told otherwise. The web page presents the setup token the server printed;
// `citydesk setup` runs on the database itself and needs none. It runs once: the installation row is locked,
// and a second attempt (a double click, two operators, the CLI and the page at once) finds the city there.
import { validateCitySetup, type CitySetupInput } from '@citydesk/domain';
import { createTranslator } from '@citydesk/i18n';
import type { City } from '../../generated/prisma/client.ts';
import { AppError, invalidInput } from '../../errors.ts';
import type { Db, Tx } from '../../infra/db/database.ts';
import { insertStandardCategories } from '../../seed/standard-categories.ts';
import { hashPassword } from '../auth/password.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestOrigin, ServiceDeps } from '../context.ts';
import { setupTokenMatches } from './setup-token.ts';

export interface SetUpCityInput extends CitySetupInput {
  /** Load the standard repair categories with their SLAs (default true). */
  standardCategories?: boolean;
}

/** How the caller proved it may set the installation up. */
export type SetupAuthority = { token: string; origin?: RequestOrigin } | { cli: true };

export interface SetUpCityResult {
  city: City;
  administrator: { userId: string; membershipId: string; organizationId: string };
  categoriesCreated: number;
}

/** ALREADY_SET_UP once a city exists; SETUP_TOKEN_INVALID unless the token matches (the CLI needs none). */
async function assertSetupAllowed(db: Db | Tx, tokenHash: string | null, authority: SetupAuthority) {
  if ((await db.city.count()) > 0) throw new AppError('ALREADY_SET_UP');
  if ('token' in authority && !setupTokenMatches(tokenHash, authority.token))
    throw new AppError('SETUP_TOKEN_INVALID');
}

export async function setUpCity(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'log'>,
  input: SetUpCityInput,
  authority: SetupAuthority,
): Promise<SetUpCityResult> {
  const checked = validateCitySetup(input);
  if (!checked.ok) throw invalidInput(checked.issues);
  const setup = checked.value;
  // Checked before the (deliberately slow) hash too, so guessing tokens costs the server no argon2 work.
  const presented = await deps.db.installation.findUnique({ where: { id: true } });
  await assertSetupAllowed(deps.db, presented?.setupTokenHash ?? null, authority);
  // argon2 runs before the transaction, so the row lock is held for milliseconds, not for the hash.
  const passwordHash = await hashPassword(setup.administrator.password);
  const now = deps.clock();

  const result = await deps.db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO installation (id) VALUES (true) ON CONFLICT (id) DO NOTHING`;
    const [installation] = await tx.$queryRaw<{ setup_token_hash: string | null }[]>`
      SELECT setup_token_hash FROM installation WHERE id FOR UPDATE`;
    await assertSetupAllowed(tx, installation?.setup_token_hash ?? null, authority);

    const city = await tx.city.create({
      data: {
        code: setup.code,
        name: setup.names,
        countryCode: setup.countryCode,
        timeZone: setup.timeZone,
        currency: setup.currency,
        officialLocale: setup.officialLocale,
        createdAt: now,
      },
    });
    const { t } = createTranslator(setup.officialLocale);
    const organization = await tx.organization.create({
      data: {
        cityId: city.id,
        kind: 'CITY_ADMINISTRATION',
        name: t('setupAdministrationName', { city: setup.names[setup.officialLocale] }),
        email: setup.administrator.email,
        createdAt: now,
      },
    });
    // The only account so far, so the e-mail cannot collide (the city count above rules out the demo).
    const user = await tx.user.create({
      data: {
        email: setup.administrator.email,
        passwordHash,
        displayName: setup.administrator.displayName,
        locale: setup.administrator.locale,
        createdAt: now,
      },
    });
    const membership = await tx.membership.create({
      data: { userId: user.id, role: 'ADMINISTRATOR', organizationId: organization.id, createdAt: now },
    });
    const categoriesCreated = input.standardCategories === false ? 0 : await insertStandardCategories(tx);
    await tx.installation.update({
      where: { id: true },
      data: { setUpAt: now, setupTokenHash: null },
    });
    await recordAudit(tx, {
      action: 'settings.city.create',
      actor: {
        userId: user.id,
        role: 'ADMINISTRATOR',
        organizationId: organization.id,
        ...('token' in authority && authority.origin ? { origin: authority.origin } : {}),
      },
      target: { type: 'city', id: city.id },
      details: {
        via: 'cli' in authority ? 'cli' : 'setup_page',
        code: city.code,
        countryCode: city.countryCode,
        timeZone: city.timeZone,
        currency: city.currency,
        officialLocale: city.officialLocale,
        administrator: user.email,
        categoriesCreated,
      },
      at: now,
    });
    return {
      city,
      administrator: { userId: user.id, membershipId: membership.id, organizationId: organization.id },
      categoriesCreated,
    };
  });
  deps.log.info({ city: result.city.code, via: 'cli' in authority ? 'cli' : 'page' }, 'city set up');
  return result;
}
