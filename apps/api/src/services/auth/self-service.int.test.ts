// Residents on their own (issue 13), over GraphQL: signing up with a code e-mailed to the address, and
// setting a new password from an e-mailed link. Neither tells whether an address has an account (the
// same answer, the same work, a different e-mail); codes and links expire and work once; both are throttled.
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { selfServiceThrottleLimits } from '../../infra/rate-limit/self-service-throttle.ts';
import { seedDemoCity } from '../../seed/seed.ts';
import { TestClient } from '../../test/graphql-client.ts';
import { headerOf, startSmtpSink, textOf, type SmtpSink } from '../../test/smtp-sink.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { startTestApp, type TestApp } from '../../test/test-app.ts';
import { waitFor } from '../../test/wait-for.ts';
import { SESSION_ENDED_CLOSE_CODE } from '../../http/session-sockets.ts';
import { MAX_CODE_ATTEMPTS } from './one-time-code.ts';
import { SELF_SERVICE_RETENTION_MS } from './purge-self-service.ts';
import { RESET_LINK_TTL_MS } from './request-password-reset.ts';
import { withoutSecrets } from '../notifications/redact-secrets.ts';

let db: TestDatabase;
let api: TestApp;
let smtp: SmtpSink;
let now = new Date('2026-11-03T07:00:00Z');
const mails: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  smtp = await startSmtpSink((raw) => void mails.push(raw));
  api = await startTestApp({
    databaseUrl: db.url,
    clock: () => now,
    env: {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'citydesk <no-reply@citydesk.test>',
      PUBLIC_URL: 'http://citydesk.test',
    },
  });
});
afterAll(async () => {
  await api?.close();
  await smtp?.close();
  await db?.close();
});
// Each test starts in fresh throttle windows.
beforeEach(() => {
  now = new Date(now.getTime() + 2 * 3600_000);
});
const advance = (ms: number) => (now = new Date(now.getTime() + ms));

/** Delivers the outbox through SMTP and returns the texts of the messages `email` received. */
async function inbox(email: string): Promise<{ subject: string; text: string }[]> {
  await api.app.jobs.runAll();
  return mails
    .filter((raw) => headerOf(raw, 'To') === email)
    .map((raw) => ({ subject: headerOf(raw, 'Subject')!, text: textOf(raw) }));
}

const REGISTER = `mutation ($input: RegisterResidentInput!) {
  registerResident(input: $input) { handle sentTo expiresAt } }`;
const CONFIRM = `mutation ($h: ID!, $c: String!) { confirmRegistration(handle: $h, code: $c) { user { id role email displayName } } }`;
const REQUEST_RESET = 'mutation ($l: String!) { requestPasswordReset(login: $l) }';
const RESET = 'mutation ($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';

const codeOf = (text: string) => /(?<!\d)\d{6}(?!\d)/.exec(text)?.[0] ?? null;
const tokenOf = (text: string) => /\/reset-password\?token=([\w-]+)/.exec(text)?.[1] ?? null;
const errorOf = (result: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0];

async function register(client: TestClient, email: string, password = 'my-new-home-1') {
  return client.request<{ registerResident: { handle: string; sentTo: string; expiresAt: string } }>(
    REGISTER,
    { input: { email, displayName: '  Aigul   Safina ', password, locale: 'en' } },
  );
}

describe('signing up as a resident', () => {
  it('creates nothing until the e-mailed code is typed back, then a signed-in resident; the code works once', async () => {
    const client = new TestClient(api.url, 'en');
    const started = await register(client, 'Aigul.Safina@example.com');
    expect(started.errors).toBeUndefined();
    const { handle, sentTo, expiresAt } = started.data!.registerResident;
    expect(sentTo).toBe('aigul.safina@example.com');
    expect(new Date(expiresAt).getTime() - now.getTime()).toBe(15 * 60_000);
    expect(await db.prisma.user.count({ where: { email: sentTo } })).toBe(0);

    const [mail] = await inbox(sentTo);
    expect(mail!.subject).toBe('Your citydesk sign-up code');
    expect(mail!.text).toContain('Hello, Aigul Safina!');
    const code = codeOf(mail!.text)!;
    // Staff looking at the outbox see the message without its code.
    const row = await db.prisma.notification.findFirstOrThrow({ where: { address: sentTo } });
    expect(withoutSecrets(row).body).not.toContain(code);

    const wrong = await client.request(CONFIRM, { h: handle, c: code === '000000' ? '111111' : '000000' });
    expect(errorOf(wrong)?.extensions).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ field: 'code', code: 'code_invalid' }],
    });
    const confirmed = await client.request(CONFIRM, { h: handle, c: code });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmRegistration.user).toMatchObject({
      role: 'RESIDENT',
      email: sentTo,
      displayName: 'Aigul Safina',
    });
    expect((await client.request('{ me { email role } }')).data).toEqual({
      me: { email: sentTo, role: 'RESIDENT' },
    });
    await new TestClient(api.url).login(sentTo, 'my-new-home-1');
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'auth.register' } });
    expect(audit).toMatchObject({
      actorId: confirmed.data!.confirmRegistration.user.id,
      actorRole: 'RESIDENT',
    });

    const again = await new TestClient(api.url).request(CONFIRM, { h: handle, c: code });
    expect(errorOf(again)?.extensions).toMatchObject({ issues: [{ field: 'code', code: 'code_expired' }] });
    expect(await db.prisma.user.count({ where: { email: sentTo } })).toBe(1);
  });

  it('creates one account when the same code is typed back twice at once', async () => {
    const client = new TestClient(api.url, 'en');
    const { handle } = (await register(client, 'twice@example.com')).data!.registerResident;
    const code = codeOf((await inbox('twice@example.com'))[0]!.text)!;
    const results = await Promise.all(
      [0, 1].map(() => new TestClient(api.url, 'en').request(CONFIRM, { h: handle, c: code })),
    );
    expect(results.filter((r) => r.data?.confirmRegistration).length).toBe(1);
    expect(results.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.issues))).toEqual([
      [{ field: 'code', code: 'code_expired' }],
    ]);
    expect(await db.prisma.user.count({ where: { email: 'twice@example.com' } })).toBe(1);
    expect(await db.prisma.membership.count({ where: { user: { email: 'twice@example.com' } } })).toBe(1);
  });

  it('refuses an expired code and a code after too many wrong ones, creating no account', async () => {
    const client = new TestClient(api.url, 'en');
    const late = (await register(client, 'late@example.com')).data!.registerResident;
    const lateCode = codeOf((await inbox('late@example.com'))[0]!.text)!;
    advance(15 * 60_000 + 1);
    const expired = await client.request(CONFIRM, { h: late.handle, c: lateCode });
    expect(errorOf(expired)?.extensions).toMatchObject({ issues: [{ field: 'code', code: 'code_expired' }] });

    const guessed = (await register(client, 'guessed@example.com')).data!.registerResident;
    const code = codeOf((await inbox('guessed@example.com'))[0]!.text)!;
    const wrongCode = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < MAX_CODE_ATTEMPTS; i++)
      await client.request(CONFIRM, { h: guessed.handle, c: wrongCode });
    const blocked = await client.request(CONFIRM, { h: guessed.handle, c: code });
    expect(errorOf(blocked)?.extensions).toMatchObject({
      issues: [{ field: 'code', code: 'too_many_attempts' }],
    });
    const unknown = await client.request(CONFIRM, { h: 'not-a-handle', c: code });
    expect(errorOf(unknown)?.extensions).toMatchObject({ issues: [{ field: 'code', code: 'code_expired' }] });
    expect(
      await db.prisma.user.count({ where: { email: { in: ['late@example.com', 'guessed@example.com'] } } }),
    ).toBe(0);
    expect((await client.request('{ me { id } }')).data).toEqual({ me: null });
  });

  it('answers an address that has an account like a new one, and mails it “you already have an account” instead of a code', async () => {
    const client = new TestClient(api.url, 'en');
    const fresh = await register(client, 'someone.new@example.com');
    const taken = await register(client, 'resident@demo.citydesk');
    expect(taken.errors).toBeUndefined();
    expect(Object.keys(taken.data!.registerResident)).toEqual(Object.keys(fresh.data!.registerResident));
    expect(taken.data!.registerResident.expiresAt).toBe(fresh.data!.registerResident.expiresAt);

    const [mail] = await inbox('resident@demo.citydesk');
    // The account holder reads it in their own language (the demo resident's is Russian).
    expect(mail!.subject).toBe('У вас уже есть учётная запись citydesk');
    expect(mail!.text).toContain('http://citydesk.test/forgot-password');
    expect(codeOf(mail!.text)).toBeNull();
    for (const guess of ['000000', '123456']) {
      const result = await client.request(CONFIRM, { h: taken.data!.registerResident.handle, c: guess });
      expect(errorOf(result)?.extensions).toMatchObject({
        issues: [{ field: 'code', code: 'code_invalid' }],
      });
    }
    expect(await db.prisma.user.count({ where: { email: 'resident@demo.citydesk' } })).toBe(1);
    // The account is as it was: its password still signs in.
    await new TestClient(api.url).login('resident@demo.citydesk');
  });

  it('applies the password rule of changeMyPassword and checks the name and address', async () => {
    const client = new TestClient(api.url, 'en');
    const before = await db.prisma.registration.count();
    const short = await register(client, 'short@example.com', 'short');
    expect(errorOf(short)?.extensions).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ field: 'password', code: 'too_short' }],
    });
    const badEmail = await register(client, 'not-an-address');
    expect(errorOf(badEmail)?.extensions).toMatchObject({
      issues: [{ field: 'email', code: 'invalid_email' }],
    });
    const noName = await client.request(REGISTER, {
      input: { email: 'noname@example.com', displayName: ' ', password: 'long-enough-1', locale: 'en' },
    });
    expect(errorOf(noName)?.extensions).toMatchObject({
      issues: [{ field: 'displayName', code: 'required' }],
    });
    expect(await db.prisma.registration.count()).toBe(before);
  });

  it('throttles sign-ups per typed address, whether or not it has an account', async () => {
    const client = new TestClient(api.url, 'en');
    for (const email of ['throttled.new@example.com', 'resident2@demo.citydesk']) {
      for (let i = 0; i < selfServiceThrottleLimits.register.perContact.attempts; i++)
        expect((await register(client, email)).errors, email).toBeUndefined();
      const refused = await register(client, email);
      expect(errorOf(refused)?.extensions?.code, email).toBe('RATE_LIMITED');
    }
    advance(selfServiceThrottleLimits.register.perContact.windowMs);
    expect((await register(client, 'throttled.new@example.com')).errors).toBeUndefined();
  });
});

describe('setting a new password from an e-mailed link', () => {
  it('answers a known and an unknown address the same, with the same work and in the same time class', async () => {
    const client = new TestClient(api.url, 'en');
    const timed = async (login: string) => {
      const started = performance.now();
      const result = await client.request(REQUEST_RESET, { l: login });
      return { result, ms: performance.now() - started };
    };
    const counts = async () => [await db.prisma.passwordReset.count(), await db.prisma.notification.count()];
    const runs: Record<'known' | 'unknown', number[]> = { known: [], unknown: [] };
    for (let i = 0; i < 3; i++)
      for (const [kind, login] of [
        ['known', 'resident3@demo.citydesk'],
        ['unknown', 'nobody.here@example.com'],
      ] as const) {
        const before = await counts();
        const { result, ms } = await timed(login);
        expect(result).toEqual({ data: { requestPasswordReset: true } });
        // One reset row and one e-mail either way.
        expect(await counts(), kind).toEqual([before[0]! + 1, before[1]! + 1]);
        runs[kind].push(ms);
      }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    const [known, unknown] = [median(runs.known), median(runs.unknown)];
    // No slow path on one side only (hashing, SMTP): neither takes more than twice the other, give or take noise.
    expect(Math.max(known, unknown)).toBeLessThan(2 * Math.min(known, unknown) + 50);

    const [link] = await inbox('resident3@demo.citydesk');
    expect(tokenOf(link!.text)).toMatch(/^[\w-]{43}$/);
    const [none] = await inbox('nobody.here@example.com');
    expect(none!.subject).toBe('citydesk password reset');
    expect(none!.text).toContain('http://citydesk.test/register');
    expect(tokenOf(none!.text)).toBeNull();
  });

  it('sets the password once from the link and ends every session of the account, its live subscriptions too', async () => {
    const email = 'resident4@demo.citydesk';
    const here = new TestClient(api.url, 'en');
    await here.login(email);
    const elsewhere = new TestClient(api.url, 'en');
    await elsewhere.login(email);
    const before = api.app.events.activeSubscriptions();
    const ws = elsewhere.ws();
    const closed = new Promise<number>((resolve) =>
      ws.on('closed', (e) => resolve((e as { code: number }).code)),
    );
    ws.subscribe(
      { query: 'subscription { myRequestEvents { id } }' },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    await waitFor(() => api.app.events.activeSubscriptions() === before + 1);

    const anonymous = new TestClient(api.url, 'en');
    await anonymous.request(REQUEST_RESET, { l: email });
    await anonymous.request(REQUEST_RESET, { l: email.toUpperCase() });
    const [older, newer] = (await inbox(email)).map((m) => tokenOf(m.text)!);
    expect(older).not.toBe(newer);
    const row = await db.prisma.notification.findFirstOrThrow({
      where: { address: email, template: 'password-reset.link' },
    });
    expect(withoutSecrets(row).body).not.toMatch(/token=/);

    const short = await anonymous.request(RESET, { t: newer, p: 'short' });
    expect(errorOf(short)?.extensions).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ field: 'newPassword', code: 'too_short' }],
    });
    expect((await anonymous.request(RESET, { t: newer, p: 'a-fresh-secret-1' })).data).toEqual({
      resetPassword: true,
    });
    expect(await closed).toBe(SESSION_ENDED_CLOSE_CODE);
    for (const client of [here, elsewhere])
      expect((await client.request('{ me { id } }')).data).toEqual({ me: null });
    await expect(new TestClient(api.url).login(email)).rejects.toThrow(/INVALID_CREDENTIALS/);
    await new TestClient(api.url).login(email, 'a-fresh-secret-1');
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'auth.password.reset' } });
    expect(audit.details).toMatchObject({ endedSessions: 2 });

    // The used link, and the older one with it, are refused with a translated message.
    for (const token of [newer, older]) {
      const reused = await anonymous.request(RESET, { t: token, p: 'another-secret-2' });
      expect(errorOf(reused)).toMatchObject({
        extensions: { code: 'RESET_LINK_INVALID' },
        message: expect.stringContaining('no longer works'),
      });
    }
    await new TestClient(api.url).login(email, 'a-fresh-secret-1');
  });

  it('lets only one of two simultaneous uses of a link through', async () => {
    const email = 'resident9@demo.citydesk';
    const anonymous = new TestClient(api.url, 'en');
    await anonymous.request(REQUEST_RESET, { l: email });
    const token = tokenOf((await inbox(email))[0]!.text)!;
    const results = await Promise.all(
      ['first-new-secret', 'second-new-secret'].map((p) =>
        new TestClient(api.url, 'en').request(RESET, { t: token, p }),
      ),
    );
    const won = results.findIndex((r) => r.data?.resetPassword === true);
    expect(won).toBeGreaterThanOrEqual(0);
    expect(errorOf(results[1 - won]!)?.extensions?.code).toBe('RESET_LINK_INVALID');
    await new TestClient(api.url).login(email, won === 0 ? 'first-new-secret' : 'second-new-secret');
  });

  it('refuses an expired link and leaves the password as it was', async () => {
    const email = 'resident5@demo.citydesk';
    const anonymous = new TestClient(api.url, 'ru');
    await anonymous.request(REQUEST_RESET, { l: email });
    const token = tokenOf((await inbox(email))[0]!.text)!;
    advance(60 * 60_000);
    const expired = await anonymous.request(RESET, { t: token, p: 'too-late-secret' });
    expect(errorOf(expired)).toMatchObject({
      extensions: { code: 'RESET_LINK_INVALID' },
      message: expect.stringContaining('больше не действует'),
    });
    await new TestClient(api.url).login(email);
  });

  it('forgets sign-ups and reset links a day after they expired', async () => {
    await new TestClient(api.url, 'en').request(REQUEST_RESET, { l: 'resident8@demo.citydesk' });
    await register(new TestClient(api.url, 'en'), 'forgotten@example.com');
    const live = () =>
      Promise.all([
        db.prisma.passwordReset.count({ where: { user: { email: 'resident8@demo.citydesk' } } }),
        db.prisma.registration.count({ where: { email: 'forgotten@example.com' } }),
      ]);
    await api.app.jobs.runAll();
    expect(await live()).toEqual([1, 1]);
    advance(RESET_LINK_TTL_MS + SELF_SERVICE_RETENTION_MS + 1);
    await api.app.jobs.runAll();
    expect(await live()).toEqual([0, 0]);
  });

  it('throttles requests per typed address, known or not alike, and per client address', async () => {
    const client = new TestClient(api.url, 'en');
    const { perContact, perAddress } = selfServiceThrottleLimits.reset;
    for (const login of ['resident6@demo.citydesk', 'nobody.else@example.com']) {
      for (let i = 0; i < perContact.attempts; i++)
        expect((await client.request(REQUEST_RESET, { l: login })).errors, login).toBeUndefined();
      const refused = await client.request(REQUEST_RESET, { l: login });
      expect(errorOf(refused)?.extensions?.code, login).toBe('RATE_LIMITED');
      expect(refused.data ?? null).toBeNull();
    }
    advance(perContact.windowMs);
    // One client asking for many addresses: the client address runs out.
    for (let i = 0; i < perAddress.attempts; i++)
      expect((await client.request(REQUEST_RESET, { l: `reader${i}@example.com` })).errors).toBeUndefined();
    const flooding = await client.request(REQUEST_RESET, { l: 'one.more@example.com' });
    expect(errorOf(flooding)?.extensions?.code).toBe('RATE_LIMITED');
  });
});
