// /healthz and /readyz of the real API, and of the health router over a database that is not there.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPrismaClient, type Db } from '../infra/db/database.ts';
import { freePort } from '../test/free-port.ts';
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts';
import { startTestApp, type TestApp } from '../test/test-app.ts';
import { healthRouter } from './health-http.ts';

/** Serves `app` on a free local port. */
async function serve(app: express.Express): Promise<{ server: Server; url: string }> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

let db: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  db = await createTestDatabase();
  api = await startTestApp({ databaseUrl: db.url });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('health of the running API', () => {
  it('is ok and ready with the database there', async () => {
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({
      status: 'ok',
      // Test apps reach even the embedded database by URL.
      database: 'postgresql',
      events: 'memory',
      degraded: [],
      load: {
        inFlight: 1,
        limit: 256,
        eventLoopDelayMs: expect.any(Number),
        eventLoopUtilization: expect.any(Number),
        shed: 0,
      },
      draining: false,
      warnings: expect.any(Array),
    });
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});

describe('health with the database unreachable', () => {
  let unreachable: Db;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    // A port nothing listens on: connections are refused at once, every time.
    const closedPort = await freePort();
    unreachable = createPrismaClient(`postgresql://postgres@127.0.0.1:${closedPort}/citydesk`, 1);
    const app = express().use(
      healthRouter({
        db: unreachable,
        databaseEngine: 'postgresql',
        events: { engine: 'memory', degraded: () => [] },
        clock: () => new Date(),
      }),
    );
    ({ server, url } = await serve(app));
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await unreachable?.$disconnect();
  });

  it('answers /readyz with 503 JSON naming the database', async () => {
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('content-type')).toMatch(/application\/json/);
    expect(await ready.json()).toEqual({
      status: 'unavailable',
      degraded: [{ component: 'database', reason: 'database not reachable' }],
    });
  });

  it('answers /healthz with 200, degraded, without the address of the database', async () => {
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const body = await health.json();
    expect(body).toEqual({
      status: 'degraded',
      database: 'postgresql',
      events: 'memory',
      degraded: [{ component: 'database', reason: 'database not reachable' }],
      warnings: [],
    });
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1/);
  });
});

describe('health while shutting down', () => {
  it('answers /readyz with 503 draining while /healthz still serves', async () => {
    let draining = false;
    const app = express().use(
      healthRouter({
        db: db.prisma,
        databaseEngine: 'postgresql',
        events: { engine: 'memory', degraded: () => [] },
        clock: () => new Date(),
        admission: { stats: () => ({ inFlight: 0 }), busy: () => false, draining: () => draining },
      }),
    );
    const { server, url } = await serve(app);
    try {
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      draining = true;
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'draining' });
      expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ status: 'ok', draining: true });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('calendar warnings under load', () => {
  it('reads them fresh while the server is quiet and from a snapshot (refreshed after 5 s) while it is busy', async () => {
    let reads = 0;
    let busy = false;
    // Just enough of the database for the health check: the probe and the warnings' first query.
    const fakeDb = {
      $queryRaw: async () => [{ '?column?': 1 }],
      city: {
        findMany: async () => {
          reads += 1;
          return [];
        },
      },
    } as unknown as Db;
    const app = express().use(
      healthRouter({
        db: fakeDb,
        databaseEngine: 'pglite',
        events: { engine: 'memory', degraded: () => [] },
        clock: () => new Date(),
        admission: { stats: () => ({}), busy: () => busy, draining: () => false },
      }),
    );
    const { server, url } = await serve(app);
    const healthz = async () => expect((await fetch(`${url}/healthz`)).status).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      await healthz();
      await healthz();
      expect(reads).toBe(2);
      busy = true;
      await healthz();
      await healthz();
      expect(reads).toBe(2);
      vi.setSystemTime(Date.now() + 5_001);
      await healthz();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(reads).toBe(3);
      busy = false;
      await healthz();
      expect(reads).toBe(4);
    } finally {
      vi.useRealTimers();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
