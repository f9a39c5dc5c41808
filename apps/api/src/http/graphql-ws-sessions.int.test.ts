// A WebSocket lives only as long as its session: logout and a password change close the session's
// subscriptions within a second on this instance; a session ended elsewhere (another instance, expiry, a
// disabled user) closes them at the next re-check. And only pages of our own origin may open one.
import { performance } from 'node:perf_hooks';
import type { Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../seed/seed.ts';
import { TestClient } from '../test/graphql-client.ts';
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts';
import { startTestApp, type TestApp } from '../test/test-app.ts';
import { waitFor } from '../test/wait-for.ts';
import { SESSION_ENDED_CLOSE_CODE } from './session-sockets.ts';

let db: TestDatabase;
let api: TestApp;
const RECHECK_MS = 300;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  api = await startTestApp({ databaseUrl: db.url, sessionRecheckMs: RECHECK_MS });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

interface Watched {
  ws: Client;
  /** Event types received so far. */
  received: string[];
  /** Resolves with the close code and the milliseconds from `since()` to the close. */
  closed: Promise<{ code: number; at: number }>;
}

/** Opens a socket for the client's session with one live subscription, once the server holds it. */
async function subscribed(client: TestClient, field = 'myRequestEvents'): Promise<Watched> {
  const before = api.app.events.activeSubscriptions();
  // The server closing the socket is what these tests wait for: not an error to print.
  const ws = client.ws({ onNonLazyError: () => undefined });
  const received: string[] = [];
  const closed = new Promise<{ code: number; at: number }>((resolve) => {
    ws.on('closed', (event) => resolve({ code: (event as { code: number }).code, at: performance.now() }));
  });
  ws.subscribe<Record<string, { type: string }>>(
    { query: `subscription { ${field} { id type } }` },
    {
      next: (value) => void received.push(value.data?.[field]?.type ?? 'ERROR'),
      error: () => undefined,
      complete: () => undefined,
    },
  );
  await waitFor(() => api.app.events.activeSubscriptions() === before + 1);
  return { ws, received, closed };
}

async function fileRequestAs(client: TestClient) {
  const form = await client.request<{ myPremises: { id: string }[]; serviceCategories: { id: string }[] }>(
    '{ myPremises { id } serviceCategories { id } }',
  );
  const result = await client.request(
    'mutation ($input: FileRequestInput!) { fileRequest(input: $input) { id } }',
    {
      input: {
        categoryId: form.data!.serviceCategories[0]!.id,
        premisesId: form.data!.myPremises[0]!.id,
        description: 'The radiator in the kitchen is cold',
        contactPhone: '+7 (917) 555-12-34',
      },
    },
  );
  expect(result.errors).toBeUndefined();
}

async function signedIn(email: string, password = 'demo12345') {
  const client = new TestClient(api.url);
  await client.login(email, password);
  return client;
}

describe('closing subscriptions when the session ends', () => {
  it('logout closes the session’s open subscription within a second, and only that session’s', async () => {
    const client = await signedIn('resident@demo.citydesk');
    const sameUserElsewhere = await signedIn('resident@demo.citydesk');
    const mine = await subscribed(client);
    const theirs = await subscribed(sameUserElsewhere);

    const started = performance.now();
    expect((await client.request('mutation { logout }')).data).toEqual({ logout: true });
    const { code, at } = await mine.closed;
    expect(code).toBe(SESSION_ENDED_CLOSE_CODE);
    expect(at - started).toBeLessThan(1000);
    // The other session of the same person keeps streaming.
    await fileRequestAs(sameUserElsewhere);
    await waitFor(() => theirs.received.includes('FILED'));
    expect(mine.received).toEqual([]);
    await theirs.ws.dispose();
  });

  it('a password change closes the user’s other sessions and their subscriptions within a second, not this one', async () => {
    const here = await signedIn('resident2@demo.citydesk');
    const elsewhere = await signedIn('resident2@demo.citydesk');
    const hereWs = await subscribed(here);
    const elsewhereWs = await subscribed(elsewhere);
    let hereClosed = false;
    void hereWs.closed.then(() => (hereClosed = true));

    const CHANGE =
      'mutation ($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }';
    const wrong = await here.request(CHANGE, { c: 'not-my-password', n: 'a-new-password-1' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const short = await here.request(CHANGE, { c: 'demo12345', n: 'short' });
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ field: 'newPassword', code: 'too_short' }],
    });

    const started = performance.now();
    expect((await here.request(CHANGE, { c: 'demo12345', n: 'a-new-password-1' })).data).toEqual({
      changeMyPassword: 1,
    });
    const { code, at } = await elsewhereWs.closed;
    expect(code).toBe(SESSION_ENDED_CLOSE_CODE);
    expect(at - started).toBeLessThan(1000);
    expect((await elsewhere.request('{ me { id } }')).data).toEqual({ me: null });
    expect((await here.request('{ me { email } }')).data).toEqual({
      me: { email: 'resident2@demo.citydesk' },
    });
    expect(hereClosed).toBe(false);

    await expect(signedIn('resident2@demo.citydesk')).rejects.toThrow(/INVALID_CREDENTIALS/);
    await signedIn('resident2@demo.citydesk', 'a-new-password-1');
    await hereWs.ws.dispose();
  });

  it('closes the sockets of a session ended on another instance, or of a disabled user, at the next re-check', async () => {
    const client = await signedIn('resident3@demo.citydesk');
    const watched = await subscribed(client);
    const session = await db.prisma.session.findFirstOrThrow({
      where: { user: { email: 'resident3@demo.citydesk' } },
    });
    const started = performance.now();
    // What another instance's logout leaves behind: the row is gone, nobody told this instance.
    await db.prisma.session.delete({ where: { id: session.id } });
    const { code, at } = await watched.closed;
    expect(code).toBe(SESSION_ENDED_CLOSE_CODE);
    expect(at - started).toBeLessThan(RECHECK_MS * 2 + 1000);

    const disabled = await signedIn('dispatcher.uyutnydom@demo.citydesk');
    const queue = await subscribed(disabled, 'queueEvents');
    await db.prisma.user.update({
      where: { email: 'dispatcher.uyutnydom@demo.citydesk' },
      data: { disabledAt: new Date() },
    });
    expect((await queue.closed).code).toBe(SESSION_ENDED_CLOSE_CODE);
  });
});

describe('origin of a WebSocket', () => {
  /** The HTTP status the upgrade was answered with: 101 when the socket opened. */
  function upgrade(url: string, headers: Record<string, string>): Promise<number> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws', {
        headers,
      });
      socket.once('open', () => {
        socket.close();
        resolve(101);
      });
      socket.once('unexpected-response', (_req, res) => {
        resolve(res.statusCode ?? 0);
        socket.terminate();
      });
      socket.once('error', (error) => {
        if (!/Unexpected server response/.test(error.message)) reject(error);
      });
    });
  }

  it('accepts its own origin and clients that send none, refuses another scheme, port or host', async () => {
    const port = new URL(api.url).port;
    expect(await upgrade(api.url, { origin: `http://127.0.0.1:${port}` })).toBe(101);
    expect(await upgrade(api.url, {})).toBe(101);
    for (const origin of [
      `https://127.0.0.1:${port}`,
      `http://127.0.0.1:${Number(port) + 1}`,
      'http://127.0.0.1',
      `http://evil.example:${port}`,
      'null',
      'not an origin',
    ])
      expect(await upgrade(api.url, { origin }), origin).not.toBe(101);
  });

  it('believes a trusted proxy’s X-Forwarded-Proto, and accepts PUBLIC_URL’s origin', async () => {
    const proxied = { host: 'city.example', 'x-forwarded-proto': 'https' };
    expect(await upgrade(api.url, { ...proxied, origin: 'https://city.example' })).toBe(101);
    expect(await upgrade(api.url, { ...proxied, origin: 'http://city.example' })).not.toBe(101);

    const behindProxy = await startTestApp({
      databaseUrl: db.url,
      env: { PUBLIC_URL: 'https://city.example', TRUST_PROXY: 'none' },
    });
    try {
      expect(await upgrade(behindProxy.url, { origin: 'https://city.example' })).toBe(101);
      // Without trust, the forwarded scheme is not believed.
      expect(await upgrade(behindProxy.url, { ...proxied, origin: 'https://city.example:8443' })).not.toBe(
        101,
      );
      expect(
        await upgrade(behindProxy.url, { origin: `https://127.0.0.1:${new URL(behindProxy.url).port}` }),
      ).not.toBe(101);
      expect(await upgrade(behindProxy.url, { origin: 'https://other.example' })).not.toBe(101);
    } finally {
      await behindProxy.close();
    }
  });
});
