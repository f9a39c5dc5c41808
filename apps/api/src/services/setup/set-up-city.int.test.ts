// The first run over GraphQL: a fresh installation answers SETUP_REQUIRED (not INTERNAL), the setup page's one
// mutation needs the printed token, refuses bad input with field issues and writes nothing, runs exactly once
// (also when submitted twice at the same moment), signs the new administrator in and is in the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/graphql-client.ts';
import { startTestApp, type TestApp } from '../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { issueSetupToken } from './setup-token.ts';

const SET_UP = `mutation ($input: SetUpCityInput!) {
  setUpCity(input: $input) { user { id role displayName email locale organization { name kind } } }
}`;

const input = (token: string, change: Record<string, unknown> = {}) => ({
  token,
  code: 'ala',
  names: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' },
  countryCode: 'KZ',
  timeZone: 'Asia/Almaty',
  currency: 'KZT',
  officialLocale: 'kk',
  administrator: {
    email: 'Admin@Almaty.kz',
    displayName: 'Айгерім Сейітова',
    password: 'first-run-password',
    locale: 'ru',
  },
  ...change,
});

let db: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestApp({ databaseUrl: db.url });
}, 120_000);
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const counts = async () => ({
  cities: await db.prisma.city.count(),
  users: await db.prisma.user.count(),
  organizations: await db.prisma.organization.count(),
  categories: await db.prisma.serviceCategory.count(),
  audit: await db.prisma.auditLog.count(),
});
const nothing = { cities: 0, users: 0, organizations: 0, categories: 0, audit: 0 };

describe('a fresh installation', () => {
  it('says setup is required and answers the city query with SETUP_REQUIRED, translated', async () => {
    const client = new TestClient(api.url, 'ru');
    const status = await client.request('{ setupRequired }');
    expect(status).toEqual({ data: { setupRequired: true } });
    const city = await client.request('{ city { code } }');
    expect(city.errors?.[0]?.extensions?.code).toBe('SETUP_REQUIRED');
    expect(city.errors?.[0]?.message).toMatch(/ещё не настроен/);
  });

  it('refuses a wrong, stale or missing token and writes nothing', async () => {
    const stale = await issueSetupToken(db.prisma, new Date());
    const current = await issueSetupToken(db.prisma, new Date()); // a restart replaces the token
    expect(current).not.toBe(stale);
    for (const token of [stale!, 'guess', '', 'x'.repeat(300)]) {
      const result = await new TestClient(api.url).request(SET_UP, { input: input(token) });
      expect(result.errors?.[0]?.extensions?.code).toBe('SETUP_TOKEN_INVALID');
    }
    expect(await counts()).toEqual(nothing);
  });

  it('refuses bad input with one issue per field and writes nothing', async () => {
    const token = (await issueSetupToken(db.prisma, new Date()))!;
    const result = await new TestClient(api.url, 'fa').request(SET_UP, {
      input: input(token, {
        code: 'A1',
        countryCode: 'DE',
        names: { ru: 'Алматы' },
        administrator: { email: 'nope', displayName: ' ', password: 'short', locale: 'ru' },
      }),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
    const issues = (result.errors?.[0]?.extensions?.issues as { field: string; code: string }[]) ?? [];
    expect(issues.map((i) => `${i.field}:${i.code}`).sort()).toEqual(
      [
        'administrator.displayName:required',
        'administrator.email:invalid_email',
        'administrator.password:too_short',
        'code:invalid_format',
        'countryCode:invalid_choice',
        'names.kk:required',
      ].sort(),
    );
    expect(await counts()).toEqual(nothing);
  });

  it('runs once when submitted twice at once, signs the administrator in and records it', async () => {
    const token = (await issueSetupToken(db.prisma, new Date()))!;
    const [a, b] = [new TestClient(api.url), new TestClient(api.url)];
    const results = await Promise.all([
      a.request(SET_UP, { input: input(token) }),
      b.request(SET_UP, { input: input(token) }),
    ]);
    const winners = results.filter((r) => r.data?.setUpCity);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(['ALREADY_SET_UP']);
    expect(winners[0]!.data!.setUpCity.user).toMatchObject({
      role: 'ADMINISTRATOR',
      displayName: 'Айгерім Сейітова',
      email: 'admin@almaty.kz',
      locale: 'ru',
      organization: { name: 'Алматы қаласының әкімдігі', kind: 'CITY_ADMINISTRATION' },
    });

    const admin = results[0]!.data?.setUpCity ? a : b;
    expect((await admin.request('{ me { role } }')).data).toEqual({ me: { role: 'ADMINISTRATOR' } });
    const city = await admin.request('{ city { code name timeZone currency } }');
    expect(city.data).toEqual({
      city: { code: 'ALA', name: 'Алматы', timeZone: 'Asia/Almaty', currency: 'KZT' },
    });
    expect(await db.prisma.city.findFirstOrThrow()).toMatchObject({
      name: { az: 'Алматы', fa: 'Алматы', ru: 'Алматы', kk: 'Алматы', en: 'Almaty' },
      countryCode: 'KZ',
      officialLocale: 'kk',
      demo: false,
    });
    expect(await counts()).toMatchObject({ cities: 1, users: 1, organizations: 1, audit: 1 });
    expect((await counts()).categories).toBeGreaterThan(10);
    const audit = await db.prisma.auditLog.findFirstOrThrow();
    expect(audit).toMatchObject({ action: 'settings.city.create', targetType: 'city' });
    expect(audit.details).toMatchObject({ via: 'setup_page', code: 'ALA', administrator: 'admin@almaty.kz' });
    expect(JSON.stringify(audit.details)).not.toContain('first-run-password');
    // The token is spent: nothing in the table can open setup again.
    expect(await db.prisma.installation.findUniqueOrThrow({ where: { id: true } })).toMatchObject({
      setupTokenHash: null,
      setUpAt: expect.any(Date),
    });

    // The administrator signs in with the password chosen, and the installation no longer asks for setup.
    const again = new TestClient(api.url);
    await again.login('admin@almaty.kz', 'first-run-password');
    expect((await again.request('{ setupRequired }')).data).toEqual({ setupRequired: false });
    expect(await issueSetupToken(db.prisma, new Date())).toBeNull();
  });

  it('refuses a second setup even with a freshly issued token', async () => {
    await db.prisma.installation.update({ where: { id: true }, data: { setupTokenHash: 'a'.repeat(64) } });
    const result = await new TestClient(api.url).request(SET_UP, { input: input('anything') });
    expect(result.errors?.[0]?.extensions?.code).toBe('ALREADY_SET_UP');
    expect((await counts()).cities).toBe(1);
  });

  it('is offered only to the anonymous caller’s schema', async () => {
    const admin = new TestClient(api.url);
    await admin.login('admin@almaty.kz', 'first-run-password');
    const result = await admin.request(SET_UP, { input: input('anything') });
    expect(result.errors?.[0]?.message).toMatch(/SetUpCityInput|setUpCity/);
    expect((await counts()).cities).toBe(1);
  });
});
