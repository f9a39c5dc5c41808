// `pnpm citydesk setup`: the first run from the command line (automation, or a server without a browser). The
// same service as the setup page; no token, since whoever reaches the database may set it up anyway.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { countryDefaults, isCountryCode, locales, suggestCityCode, type Locale } from '@citydesk/domain';
import { createTranslator, type MessageKey } from '@citydesk/i18n';
import { loadConfig } from '../config.ts';
import { AppError } from '../errors.ts';
import { DataDirInUseError } from '../infra/db/data-dir-lock.ts';
import { openDatabase } from '../infra/db/database.ts';
import { createLogger } from '../logger.ts';
import { setUpCity } from '../services/setup/set-up-city.ts';
import { readPassword } from './read-password.ts';

export const setupUsage = `  setup --city "Алматы" --country KZ --timezone Asia/Almaty --currency KZT --admin-email admin@example.kz
        [--code ALA] [--name-<az|fa|ru|kk|en> "…"] [--language kk] [--admin-name "…"] [--admin-locale ru]
        [--no-standard-categories]
        Creates the city and its first administrator; the password is read from stdin when it is not a
        terminal, else prompted. --timezone and --currency default to the country's, --language (the
        official language of documents) too, --code to the city name's first Latin letters.`;

const parseSetupArgs = (args: string[]) =>
  parseArgs({
    args,
    options: {
      city: { type: 'string' },
      code: { type: 'string' },
      country: { type: 'string' },
      timezone: { type: 'string' },
      currency: { type: 'string' },
      language: { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-name': { type: 'string' },
      'admin-locale': { type: 'string' },
      'no-standard-categories': { type: 'boolean' },
      help: { type: 'boolean' },
      ...Object.fromEntries(locales.map((l) => [`name-${l}`, { type: 'string' as const }])),
    },
    strict: true,
  });

/** Which flag an input field comes from, for error messages. */
const flagOf: Record<string, string> = {
  code: '--code',
  countryCode: '--country',
  timeZone: '--timezone',
  currency: '--currency',
  officialLocale: '--language',
  'administrator.email': '--admin-email',
  'administrator.displayName': '--admin-name',
  'administrator.password': 'password',
  'administrator.locale': '--admin-locale',
  ...Object.fromEntries(locales.map((l) => [`names.${l}`, `--name-${l} (or --city)`])),
};

export async function runSetupCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseSetupArgs(argv);
  } catch (error) {
    console.error(`citydesk setup: ${(error as Error).message}\nusage: pnpm citydesk${setupUsage}`);
    return 2;
  }
  const { values } = parsed;
  if (values.help) {
    console.log(`usage: pnpm citydesk${setupUsage}`);
    return 0;
  }
  const v = values as Record<string, string | boolean | undefined>;
  const text = (key: string) => (typeof v[key] === 'string' ? (v[key] as string) : '');
  const country = text('country').trim().toUpperCase();
  const defaults = isCountryCode(country) ? countryDefaults[country] : null;
  const officialLocale = text('language') || defaults?.officialLocale || '';
  const cityName = text('city');
  const names = Object.fromEntries(locales.map((l) => [l, text(`name-${l}`) || cityName])) as Record<
    Locale,
    string
  >;
  const email = text('admin-email');

  const config = loadConfig();
  const where = config.databaseUrl
    ? 'PostgreSQL (DATABASE_URL)'
    : `embedded PGlite in ${path.join(config.dataDir, 'pglite')}`;
  const adminPassword = await readPassword(`Password for ${email || 'the administrator'}`);
  let db;
  try {
    db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      console.error(`citydesk setup: ${error.message}; stop the server first (or use its setup page).`);
      return 1;
    }
    throw error;
  }
  try {
    const { city, categoriesCreated } = await setUpCity(
      { db: db.prisma, clock: () => new Date(), log: createLogger('silent') },
      {
        code: text('code') || suggestCityCode(cityName) || '',
        names,
        countryCode: country,
        timeZone: text('timezone') || defaults?.timeZones[0] || '',
        currency: text('currency') || defaults?.currency || '',
        officialLocale,
        administrator: {
          email,
          displayName: text('admin-name') || email.split('@')[0] || '',
          password: adminPassword,
          locale: text('admin-locale') || officialLocale,
        },
        standardCategories: !v['no-standard-categories'],
      },
      { cli: true },
    );
    console.log(
      `City ${city.code} is set up on ${where} (${city.countryCode}, ${city.timeZone}, ${city.currency}; ` +
        `${categoriesCreated} standard categories added). ${email.trim().toLowerCase()} can sign in now.`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const { t } = createTranslator('en');
    if (error.code === 'INVALID_INPUT')
      for (const issue of error.details.issues ?? [])
        console.error(
          `citydesk setup: ${flagOf[issue.field] ?? issue.field}: ${t(`validation.${issue.code}` as MessageKey)}`,
        );
    else console.error(`citydesk setup: ${t(`errors.${error.code}`)}`);
    return 1;
  } finally {
    await db.close();
  }
}
