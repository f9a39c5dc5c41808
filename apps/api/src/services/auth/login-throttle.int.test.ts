// The login throttle over real HTTP: exact under concurrency, per account across addresses, per address
// with a ceiling a city's proxy never reaches, X-Forwarded-For only from a trusted proxy, and a failed
// login that leaves the browser's session alone.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loginThrottleLimits } from '../../infra/rate-limit/login-throttle.ts';
import { seedDemoCity } from '../../seed/seed.ts';
import { TestClient } from '../../test/graphql-client.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { startTestApp, type TestApp } from '../../test/test-app.ts';
import { hashPassword } from './password.ts';
import type * as PasswordModule from './password.ts';

// Every password check the API makes, counted.
const verifications = vi.hoisted(() => ({ count: 0 }));
vi.mock('./password.ts', async (importOriginal) => {
  const original = await importOriginal<typeof PasswordModule>();
  return {
    ...original,
    verifyPassword: async (hash: string, password: string) => {
      verifications.count += 1;
      return original.verifyPassword(hash, password);
    },
  };
});

let db: TestDatabase;
let api: TestApp;
let now = new Date('2026-11-25T09:00:00Z');
const LIMIT = loginThrottleLimits.perAccount.attempts;
const WINDOW = loginThrottleLimits.perAccount.windowMs;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  api = await startTestApp({ databaseUrl: db.url, clock: () => now });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});
beforeEach(async () => {
  // Each test starts with clean counters and an hour later than the last, so no window carries over.
  await db.prisma.throttleCounter.deleteMany();
  now = new Date(now.getTime() + 3600_000);
  verifications.count = 0;
});

const LOGIN = 'mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { user { id } } }';

/** One login attempt, as it reaches us through the loopback proxy on behalf of `forwardedFor`. */
async function loginVia(
  baseUrl: string,
  login: string,
  password: string,
  forwardedFor?: string,
  cookie?: string,
): Promise<{ code: string; cookie: string | undefined }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify({ query: LOGIN, variables: { l: login, p: password } }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('citydesk_session='));
  return {
    code: body.errors?.[0]?.extensions?.code ?? 'OK',
    cookie: setCookie?.split(';')[0],
  };
}
const tally = (codes: string[]) =>
  codes.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c]: (acc[c] ?? 0) + 1 }), {});

/** Runs `work` for every item, `width` at a time. */
async function pool<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

describe('per account', () => {
  it('evaluates exactly the limit of 40 parallel wrong passwords; the rest are RATE_LIMITED unevaluated', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, () => loginVia(api.url, 'resident@demo.citydesk', 'wrong-password')),
    );
    expect(tally(results.map((r) => r.code))).toEqual({
      INVALID_CREDENTIALS: LIMIT,
      RATE_LIMITED: 40 - LIMIT,
    });
    expect(verifications.count).toBe(LIMIT);
    const counter = await db.prisma.throttleCounter.findFirstOrThrow({ where: { scope: 'login-account' } });
    expect(counter.hits).toBe(LIMIT);
    // The right password now waits too: the lock is per account, not per guess.
    expect((await loginVia(api.url, 'resident@demo.citydesk', 'demo12345')).code).toBe('RATE_LIMITED');
    expect(verifications.count).toBe(LIMIT);
  });

  it('locks an account attacked from 50 addresses after the limit, whatever address comes next', async () => {
    const codes: string[] = [];
    for (let i = 1; i <= 50; i += 1)
      codes.push((await loginVia(api.url, 'dispatcher@demo.citydesk', `guess-${i}`, `198.51.100.${i}`)).code);
    expect(codes.slice(0, LIMIT).every((c) => c === 'INVALID_CREDENTIALS')).toBe(true);
    expect(codes.slice(LIMIT).every((c) => c === 'RATE_LIMITED')).toBe(true);
    expect(verifications.count).toBe(LIMIT);
    expect((await loginVia(api.url, 'dispatcher@demo.citydesk', 'demo12345', '192.0.2.200')).code).toBe(
      'RATE_LIMITED',
    );
    // Unknown logins are counted the same way, without telling that they are unknown.
    for (let i = 0; i < LIMIT; i += 1)
      expect((await loginVia(api.url, 'nobody@demo.citydesk', 'x', `203.0.113.${i}`)).code).toBe(
        'INVALID_CREDENTIALS',
      );
    expect((await loginVia(api.url, 'nobody@demo.citydesk', 'x', '203.0.113.99')).code).toBe('RATE_LIMITED');
  });

  it('lets one attempt through after the wait, then waits twice as long after each further failure', async () => {
    const attempt = (password = 'wrong') => loginVia(api.url, 'contractor@demo.citydesk', password);
    for (let i = 0; i < LIMIT; i += 1) expect((await attempt()).code).toBe('INVALID_CREDENTIALS');
    const refused = await new TestClient(api.url, 'en').request(LOGIN, {
      l: 'contractor@demo.citydesk',
      p: 'wrong',
    });
    expect(refused.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect(refused.errors![0]!.message).toContain(String(WINDOW / 60_000));

    now = new Date(now.getTime() + WINDOW - 1000);
    expect((await attempt()).code).toBe('RATE_LIMITED');
    now = new Date(now.getTime() + 1000);
    expect((await attempt()).code).toBe('INVALID_CREDENTIALS');
    // The next wait is twice the first.
    now = new Date(now.getTime() + WINDOW);
    expect((await attempt('demo12345')).code).toBe('RATE_LIMITED');
    now = new Date(now.getTime() + WINDOW);
    expect((await attempt('demo12345')).code).toBe('OK');
    // The success forgot the failures.
    expect(await db.prisma.throttleCounter.count({ where: { scope: 'login-account' } })).toBe(0);
    for (let i = 0; i < LIMIT; i += 1) expect((await attempt()).code).toBe('INVALID_CREDENTIALS');
  });

  it('forgets failures after a success, so a user with typos is never locked out for them', async () => {
    for (let round = 0; round < 3; round += 1) {
      for (let i = 0; i < LIMIT - 1; i += 1)
        expect((await loginVia(api.url, 'admin@demo.citydesk', 'typo')).code).toBe('INVALID_CREDENTIALS');
      expect((await loginVia(api.url, 'admin@demo.citydesk', 'demo12345')).code).toBe('OK');
    }
  });
});

describe('per address', () => {
  it('never locks out 500 citizens behind one proxy who each make one typo, and counts their failures only', async () => {
    const passwordHash = await hashPassword('city-proxy-pass');
    const emails = Array.from({ length: 500 }, (_, i) => `proxy.citizen${i}@example.test`);
    await db.prisma.user.createMany({
      data: emails.map((email, i) => ({ email, passwordHash, displayName: `Citizen ${i}` })),
    });
    const users = await db.prisma.user.findMany({ where: { email: { in: emails } }, select: { id: true } });
    await db.prisma.membership.createMany({ data: users.map((u) => ({ userId: u.id, role: 'RESIDENT' })) });

    const proxyClient = '203.0.113.50';
    const results = await pool(emails, 16, async (email) => [
      (await loginVia(api.url, email, 'city-proxy-pas', proxyClient)).code,
      (await loginVia(api.url, email, 'city-proxy-pass', proxyClient)).code,
    ]);
    expect(tally(results.map((r) => r[0]!))).toEqual({ INVALID_CREDENTIALS: 500 });
    expect(tally(results.map((r) => r[1]!))).toEqual({ OK: 500 });
    expect(
      await db.prisma.throttleCounter.findUnique({
        where: { scope_key: { scope: 'login-address', key: proxyClient } },
      }),
    ).toMatchObject({ hits: 500 });
  });

  it('stops one address at its ceiling across many accounts', async () => {
    const ceiling = loginThrottleLimits.perAddress.attempts;
    await db.prisma.throttleCounter.create({
      data: {
        scope: 'login-address',
        key: '192.0.2.77',
        hits: ceiling - 1,
        expiresAt: new Date(now.getTime() + 60_000),
      },
    });
    expect((await loginVia(api.url, 'resident2@demo.citydesk', 'x', '192.0.2.77')).code).toBe(
      'INVALID_CREDENTIALS',
    );
    expect((await loginVia(api.url, 'resident3@demo.citydesk', 'demo12345', '192.0.2.77')).code).toBe(
      'RATE_LIMITED',
    );
    expect((await loginVia(api.url, 'resident3@demo.citydesk', 'demo12345', '192.0.2.78')).code).toBe('OK');
    // A refused attempt took nothing from the account it named.
    expect(await db.prisma.throttleCounter.count({ where: { scope: 'login-account' } })).toBe(1);
  });

  it('ignores X-Forwarded-For from a peer TRUST_PROXY does not name', async () => {
    const strict = await startTestApp({
      databaseUrl: db.url,
      clock: () => now,
      env: { TRUST_PROXY: '192.0.2.1' },
    });
    try {
      await loginVia(strict.url, 'resident4@demo.citydesk', 'x', '203.0.113.66');
      const keys = (await db.prisma.throttleCounter.findMany({ where: { scope: 'login-address' } })).map(
        (c) => c.key,
      );
      expect(keys).toEqual(['127.0.0.1']);
    } finally {
      await strict.close();
    }
  });
});

describe('sessions and failed logins', () => {
  it('leaves the signed-in session working after a failed login in the same browser', async () => {
    const client = new TestClient(api.url);
    const me = await client.login('resident@demo.citydesk');
    const failed = await loginVia(api.url, 'resident@demo.citydesk', 'wrong', undefined, client.cookie);
    expect(failed).toEqual({ code: 'INVALID_CREDENTIALS', cookie: undefined });
    expect((await client.request('{ me { id } }')).data).toEqual({ me: { id: me.id } });
    const limited = await Promise.all(
      Array.from({ length: LIMIT + 2 }, () =>
        loginVia(api.url, 'someone.else@demo.citydesk', 'x', undefined, client.cookie),
      ),
    );
    expect(limited.map((r) => r.code)).toContain('RATE_LIMITED');
    expect((await client.request('{ me { id } }')).data).toEqual({ me: { id: me.id } });
  });

  it('ends the previous session when the browser signs in anew', async () => {
    const client = new TestClient(api.url);
    await client.login('resident@demo.citydesk');
    const before = client.cookie;
    await client.login('resident2@demo.citydesk');
    const old = new TestClient(api.url);
    old.cookie = before;
    expect((await old.request('{ me { id } }')).data).toEqual({ me: null });
  });
});

describe('expired counters', () => {
  it('are deleted by the periodic job once their window is over', async () => {
    await loginVia(api.url, 'resident5@demo.citydesk', 'x', '192.0.2.5');
    expect(await db.prisma.throttleCounter.count()).toBe(2);
    await api.app.jobs.runAll();
    expect(await db.prisma.throttleCounter.count()).toBe(2);
    now = new Date(now.getTime() + loginThrottleLimits.perAddress.windowMs);
    await api.app.jobs.runAll();
    expect(await db.prisma.throttleCounter.count()).toBe(0);
  });
});
