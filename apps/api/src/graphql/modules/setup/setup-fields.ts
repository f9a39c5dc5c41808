// First run: whether the installation still needs its city, and the setup page's one mutation, which creates the
// city and its first administrator and signs that administrator in.
import { startSession } from '../../../services/auth/sessions.ts';
import { setUpCity } from '../../../services/setup/set-up-city.ts';
import { isSetUp } from '../../../services/setup/setup-token.ts';
import { builder, policyField } from '../../builder.ts';
import { LocaleEnum } from '../../enums.ts';
import { LoginPayloadType } from '../session/viewer-type.ts';

const CityNamesInput = builder.inputType('CityNamesInput', {
  subGraphs: ['anonymous'],
  description: 'The city’s name per language; blank ones fall back to the official language’s.',
  fields: (t) => ({
    az: t.string(),
    fa: t.string(),
    ru: t.string(),
    kk: t.string(),
    en: t.string(),
  }),
});

const SetUpAdministratorInput = builder.inputType('SetUpAdministratorInput', {
  subGraphs: ['anonymous'],
  fields: (t) => ({
    email: t.string({ required: true, description: 'The login; stored lower-case.' }),
    displayName: t.string({ required: true }),
    password: t.string({ required: true, description: '8 to 256 characters.' }),
    locale: t.field({ type: LocaleEnum, required: true }),
  }),
});

const SetUpCityInput = builder.inputType('SetUpCityInput', {
  subGraphs: ['anonymous'],
  fields: (t) => ({
    token: t.string({ required: true, description: 'The setup token the server printed at its last start.' }),
    code: t.string({ required: true, description: '2–8 Latin capitals; prefixes request numbers.' }),
    names: t.field({ type: CityNamesInput, required: true }),
    countryCode: t.string({
      required: true,
      description: 'ISO 3166-1 alpha-2 of a country citydesk has a working-day calendar for.',
    }),
    timeZone: t.string({ required: true, description: 'An IANA time zone of that country.' }),
    currency: t.string({ required: true, description: 'ISO 4217.' }),
    officialLocale: t.field({ type: LocaleEnum, required: true }),
    standardCategories: t.boolean({
      description: 'Load the standard repair categories with their SLAs (default true).',
    }),
    administrator: t.field({ type: SetUpAdministratorInput, required: true }),
  }),
});

builder.queryField('setupRequired', (t) =>
  t.boolean({
    ...policyField('setup:read'),
    description: 'True while the installation has no city: the web app then shows the setup page.',
    resolve: async (_r, _a, ctx) => !(await isSetUp(ctx.deps.db)),
  }),
);

builder.mutationField('setUpCity', (t) =>
  t.field({
    ...policyField('setup:run'),
    type: LoginPayloadType,
    description:
      'Creates the city and its first administrator (once, with the setup token) and signs the administrator in.',
    args: { input: t.arg({ type: SetUpCityInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const { administrator } = await setUpCity(
        ctx.deps,
        {
          code: input.code,
          names: input.names,
          countryCode: input.countryCode,
          timeZone: input.timeZone,
          currency: input.currency,
          officialLocale: input.officialLocale,
          administrator: input.administrator,
          ...(input.standardCategories != null ? { standardCategories: input.standardCategories } : {}),
        },
        { token: input.token, origin: { ip: ctx.ip, requestId: ctx.requestId } },
      );
      const session = await startSession(ctx.deps.db, {
        ...administrator,
        ttlMs: ctx.sessionTtlMs,
        now: ctx.deps.clock(),
      });
      ctx.cookie.set(session.token, session.expiresAt);
      return { user: session.viewer };
    },
  }),
);
