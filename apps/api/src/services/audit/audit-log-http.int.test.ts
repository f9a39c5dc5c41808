// Sign-ins, sign-outs and password changes in the audit trail, over real HTTP: the client's address as
// TRUST_PROXY lets the app see it, the proxy's request id, and never a password. Then the administrator's
// `auditLog`: filters, cursor pages, their own city only; everyone else cannot even name it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor } from '../../test/actors.ts';
import { TestClient, type GraphQLResponse } from '../../test/graphql-client.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { startTestApp, type TestApp } from '../../test/test-app.ts';
import { recordAudit } from './record-audit.ts';

let db: TestDatabase;
let api: TestApp;
let admin: TestClient;
const now = new Date('2026-11-25T09:00:00Z');
const LOGIN = 'mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { user { id } } }';
const WRONG = 'Tr0ub4dor&3-not-it';

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  // The API's own clock for sessions; audit rows take it too.
  api = await startTestApp({ databaseUrl: db.url, clock: () => now });
  admin = new TestClient(api.url, 'en');
  await admin.login('admin@demo.citydesk');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

/** A GraphQL call as it arrives from the city's proxy (the test's loopback address is a trusted proxy by default). */
async function viaProxy(
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
  cookie?: string,
) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('citydesk_session='));
  return {
    body: (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] },
    cookie: setCookie?.split(';')[0],
  };
}

const rowsOf = (action: string) =>
  db.prisma.auditLog.findMany({ where: { action }, orderBy: { position: 'asc' } });
const everything = async () =>
  (await db.prisma.$queryRaw<{ row: string }[]>`SELECT audit_log::text AS row FROM audit_log`)
    .map((r) => r.row)
    .join('\n');

describe('signing in and out', () => {
  it('records a sign-in with the client’s address behind the proxy and the proxy’s request id', async () => {
    const dispatcher = await actorFor(db.prisma, 'dispatcher@demo.citydesk');
    const before = (await rowsOf('auth.login')).length;
    const { body } = await viaProxy(
      LOGIN,
      { l: 'Dispatcher@Demo.Citydesk', p: 'demo12345' },
      { 'x-forwarded-for': '198.51.100.23', 'x-request-id': 'edge-7f3a9c01' },
    );
    expect(body.errors).toBeUndefined();
    const rows = await rowsOf('auth.login');
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      actorId: dispatcher.userId,
      actorRole: 'DISPATCHER',
      organizationId: dispatcher.organizationId,
      targetType: 'user',
      targetId: dispatcher.userId,
      clientIp: '198.51.100.23',
      httpRequestId: 'edge-7f3a9c01',
      occurredAt: now,
      details: { login: 'dispatcher@demo.citydesk' },
    });
  });

  it('records failed sign-ins without the password: a wrong one against the account, an unknown login', async () => {
    const resident = await actorFor(db.prisma, 'resident@demo.citydesk');
    const wrong = await viaProxy(
      LOGIN,
      { l: 'resident@demo.citydesk', p: WRONG },
      { 'x-forwarded-for': '203.0.113.9' },
    );
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const unknown = await viaProxy(
      LOGIN,
      { l: 'nobody@example.com', p: WRONG },
      { 'x-forwarded-for': '203.0.113.9' },
    );
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const rows = await rowsOf('auth.login.failed');
    expect(rows.slice(-2)).toMatchObject([
      {
        actorId: null,
        actorRole: null,
        targetType: 'user',
        targetId: resident.userId,
        clientIp: '203.0.113.9',
        details: { login: 'resident@demo.citydesk', reason: 'wrong_password' },
      },
      {
        actorId: null,
        targetType: null,
        targetId: null,
        details: { login: 'nobody@example.com', reason: 'unknown_account' },
      },
    ]);
    expect(rows.at(-1)!.httpRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await everything()).not.toContain(WRONG);
  });

  it('records a sign-out, and nothing for a sign-out without a session', async () => {
    const contractor = await actorFor(db.prisma, 'contractor@demo.citydesk');
    const client = new TestClient(api.url, 'en');
    await client.login('contractor@demo.citydesk');
    const before = (await rowsOf('auth.logout')).length;
    await client.request('mutation { logout }');
    await client.request('mutation { logout }');
    const rows = await rowsOf('auth.logout');
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      actorId: contractor.userId,
      targetId: contractor.userId,
      actorRole: 'CONTRACTOR',
    });
  });

  it('records a password change, and a wrong current password, never either password', async () => {
    const user = await actorFor(db.prisma, 'resident3@demo.citydesk');
    const first = await viaProxy(LOGIN, { l: 'resident3@demo.citydesk', p: 'demo12345' }, {});
    const CHANGE =
      'mutation ($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }';
    const fresh = 'a-new-passphrase-2026';
    const refused = await viaProxy(
      CHANGE,
      { c: WRONG, n: fresh },
      { 'x-forwarded-for': '192.0.2.44' },
      first.cookie,
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const changed = await viaProxy(
      CHANGE,
      { c: 'demo12345', n: fresh },
      { 'x-forwarded-for': '192.0.2.44' },
      first.cookie,
    );
    expect(changed.body.errors).toBeUndefined();
    expect((await rowsOf('auth.password.change.failed')).at(-1)).toMatchObject({
      actorId: user.userId,
      actorRole: 'RESIDENT',
      clientIp: '192.0.2.44',
      details: { reason: 'wrong_password' },
    });
    expect((await rowsOf('auth.password.change')).at(-1)).toMatchObject({
      actorId: user.userId,
      targetId: user.userId,
      clientIp: '192.0.2.44',
      details: { endedSessions: 0 },
    });
    const text = await everything();
    for (const secret of [WRONG, fresh, 'demo12345']) expect(text).not.toContain(secret);
  });
});

describe('the administrator’s auditLog', () => {
  const AUDIT = `query ($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      nodes { id occurredAt action actor { id displayName email } actorRole organizationName targetType targetId details clientIp requestId }
      pageInfo { endCursor hasNextPage }
    }
  }`;
  type Page = {
    auditLog: {
      nodes: { id: string; action: string; actor: { id: string } | null; targetId: string | null }[];
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
    };
  };

  it('pages through a filter newest first, each row once', async () => {
    const all = await db.prisma.auditLog.findMany({
      where: { action: { startsWith: 'auth.' } },
      orderBy: { position: 'desc' },
    });
    expect(all.length).toBeGreaterThan(5);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const result: GraphQLResponse<Page> = await admin.request<Page>(AUDIT, {
        filter: { action: 'auth' },
        first: 2,
        after,
      });
      expect(result.errors).toBeUndefined();
      seen.push(...result.data!.auditLog.nodes.map((n) => n.id));
      if (!result.data!.auditLog.pageInfo.hasNextPage) break;
      after = result.data!.auditLog.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map((r) => r.id));
  });

  it('filters by action, who acted, what it was about and when', async () => {
    const dispatcher = await actorFor(db.prisma, 'dispatcher@demo.citydesk');
    const byAction = await admin.request<Page>(AUDIT, { filter: { action: 'auth.login.failed' } });
    expect(new Set(byAction.data!.auditLog.nodes.map((n) => n.action))).toEqual(
      new Set(['auth.login.failed']),
    );
    const byActor = await admin.request<Page>(AUDIT, { filter: { actorId: dispatcher.userId } });
    expect(byActor.data!.auditLog.nodes.length).toBeGreaterThan(0);
    expect(byActor.data!.auditLog.nodes.every((n) => n.actor?.id === dispatcher.userId)).toBe(true);
    const byTarget = await admin.request<Page>(AUDIT, { filter: { targetId: dispatcher.userId } });
    expect(byTarget.data!.auditLog.nodes.every((n) => n.targetId === dispatcher.userId)).toBe(true);
    const later = await admin.request<Page>(AUDIT, {
      filter: { from: new Date(now.getTime() + 1).toISOString() },
    });
    expect(later.data!.auditLog.nodes).toEqual([]);
    const within = await admin.request<Page>(AUDIT, {
      filter: {
        from: now.toISOString(),
        to: new Date(now.getTime() + 1).toISOString(),
        action: 'auth.login',
      },
      first: 200,
    });
    expect(within.data!.auditLog.nodes.length).toBe((await rowsOf('auth.login')).length);
  });

  it('refuses a malformed filter or cursor as INVALID_INPUT', async () => {
    for (const variables of [
      { filter: { action: 'auth.everything' } },
      { filter: { actorId: 'not-a-uuid' } },
      { after: 'garbage' },
      { first: 0 },
      { first: 1000 },
    ]) {
      const result = await admin.request(AUDIT, variables);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('INVALID_INPUT');
    }
  });

  it('shows the city’s own rows and the rows of no organization, never another city’s', async () => {
    const elsewhere = await db.prisma.city.create({
      data: {
        code: 'OTH',
        name: { az: 'Other', fa: 'Other', ru: 'Другой', kk: 'Other', en: 'Other' },
        countryCode: 'RU',
        timeZone: 'Europe/Moscow',
        organizations: { create: { kind: 'CITY_ADMINISTRATION', name: 'Other city hall' } },
      },
      include: { organizations: true },
    });
    const them = await db.prisma.user.create({
      data: {
        email: 'admin@other.example',
        passwordHash: 'x',
        displayName: 'Other admin',
        memberships: { create: { role: 'ADMINISTRATOR', organizationId: elsewhere.organizations[0]!.id } },
      },
    });
    await recordAudit(db.prisma, {
      action: 'settings.city.update',
      actor: { userId: them.id, role: 'ADMINISTRATOR', organizationId: elsewhere.organizations[0]!.id },
      target: { type: 'city', id: elsewhere.id },
      at: now,
    });
    const result = await admin.request<Page>(AUDIT, { filter: { targetId: elsewhere.id } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.auditLog.nodes).toEqual([]);
    const ours = await admin.request<Page>(AUDIT, { filter: { action: 'auth.login.failed' } });
    expect(ours.data!.auditLog.nodes.length).toBeGreaterThan(0);
  });

  it('gives the other roles nothing: the field is not in their schemas', async () => {
    for (const email of ['resident@demo.citydesk', 'dispatcher@demo.citydesk', 'contractor@demo.citydesk']) {
      const client = new TestClient(api.url, 'en');
      await client.login(email);
      const result = await client.request(AUDIT, {});
      expect(result.errors?.[0]?.extensions?.code, email).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.data ?? null).toBeNull();
    }
    const anonymous = await new TestClient(api.url, 'en').request(AUDIT, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
