// Sign-in contract, translated errors, throttling, logout and session expiry, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginThrottleLimits } from '../../infra/rate-limit/login-throttle.ts';
import { seedDemoCity } from '../../seed/seed.ts';
import { TestClient } from '../../test/graphql-client.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { startTestApp, type TestApp } from '../../test/test-app.ts';

let db: TestDatabase;
let api: TestApp;
let now = new Date('2026-11-25T09:00:00Z');

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  api = await startTestApp({ databaseUrl: db.url, clock: () => now });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const ME = '{ me { id role } }';

describe('login contract', () => {
  it.each([
    ['resident@demo.citydesk', 'RESIDENT'],
    ['dispatcher@demo.citydesk', 'DISPATCHER'],
    ['contractor@demo.citydesk', 'CONTRACTOR'],
    ['admin@demo.citydesk', 'ADMINISTRATOR'],
  ])('signs %s in as %s and me returns the same user', async (email, role) => {
    const client = new TestClient(api.url);
    const user = await client.login(email);
    expect(user.role).toBe(role);
    expect(client.cookie).toMatch(/^citydesk_session=/);
    const me = await client.request(ME);
    expect(me.data!.me).toEqual({ id: user.id, role });
  });

  it('accepts the login in any letter case and with spaces around it', async () => {
    const client = new TestClient(api.url);
    expect((await client.login('  Resident@Demo.Citydesk ')).role).toBe('RESIDENT');
  });

  it('sets an httpOnly SameSite cookie', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(login: "admin@demo.citydesk", password: "demo12345") { user { role } } }',
      }),
    });
    const cookie = response.headers.getSetCookie().join(';');
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('answers null for me without a session', async () => {
    expect((await new TestClient(api.url).request(ME)).data).toEqual({ me: null });
  });
});

describe('wrong credentials', () => {
  it('fails the same way for a wrong password and an unknown login, translated', async () => {
    const ru = new TestClient(api.url, 'ru');
    const wrongPassword = await ru.request(
      'mutation { login(login: "resident@demo.citydesk", password: "nope-nope") { user { id } } }',
    );
    const unknownUser = await ru.request(
      'mutation { login(login: "nobody@demo.citydesk", password: "nope-nope") { user { id } } }',
    );
    expect(wrongPassword.errors![0]!.extensions!.code).toBe('INVALID_CREDENTIALS');
    expect(unknownUser.errors![0]!.extensions!.code).toBe('INVALID_CREDENTIALS');
    expect(wrongPassword.errors![0]!.message).toBe(unknownUser.errors![0]!.message);
    expect(wrongPassword.errors![0]!.message).toMatch(/[а-я]/i);
    const fa = await new TestClient(api.url, 'fa').request(
      'mutation { login(login: "resident@demo.citydesk", password: "nope-nope") { user { id } } }',
    );
    expect(fa.errors![0]!.message).toMatch(/[\u0600-\u06FF]/);
    expect(JSON.stringify(fa)).not.toMatch(/stack|at .*\.ts/i);
    expect(ru.cookie).toBeUndefined();
  });

  it('throttles repeated failures for a login, even with the right password afterwards', async () => {
    const client = new TestClient(api.url, 'en');
    const attempt = (password: string) =>
      client.request(
        `mutation { login(login: "contractor@demo.citydesk", password: "${password}") { user { id } } }`,
      );
    for (let i = 0; i < loginThrottleLimits.perAccount.attempts; i++)
      expect((await attempt('wrong-password')).errors![0]!.extensions!.code).toBe('INVALID_CREDENTIALS');
    const blocked = await attempt('demo12345');
    expect(blocked.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect(blocked.errors![0]!.message).toMatch(/\d+/);
  });
});

describe('session lifetime', () => {
  it('logout ends the session on the server, not only in the browser', async () => {
    const client = new TestClient(api.url);
    await client.login('dispatcher@demo.citydesk');
    const stolenCookie = client.cookie;
    await client.request('mutation { logout }');
    expect((await client.request(ME)).data).toEqual({ me: null });
    client.cookie = stolenCookie;
    expect((await client.request(ME)).data).toEqual({ me: null });
  });

  it('expires an idle session', async () => {
    const client = new TestClient(api.url);
    await client.login('resident@demo.citydesk');
    now = new Date(now.getTime() + 8 * 24 * 3600_000);
    expect((await client.request(ME)).data).toEqual({ me: null });
  });

  it('ignores a forged cookie', async () => {
    const client = new TestClient(api.url);
    client.cookie = 'citydesk_session=forged-token';
    expect((await client.request(ME)).data).toEqual({ me: null });
  });
});
