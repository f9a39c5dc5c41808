// Redis goes away for 30 s while residents file requests on two API instances: every filing is
// acknowledged, the processes keep serving, /healthz says degraded and then ok again, and a resident
// watching on each instance receives every event exactly once, each request's in order.
import { Writable } from 'node:stream';
import type { Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { fileRequest } from '../../services/requests/file-request.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { TestClient } from '../../test/graphql-client.ts';
import { freePort } from '../../test/free-port.ts';
import { redisServerInstalled, startOwnRedis, type OwnRedis } from '../../test/own-redis.ts';
import { startTestApp, type TestApp } from '../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { waitFor } from '../../test/wait-for.ts';

const outageMs = 30_000;

interface Seen {
  id: string;
  type: string;
  requestNumber: string;
}

/** Every event of a resident's `myRequestEvents`, as it arrives. */
function watch(client: TestClient) {
  const ws = client.ws();
  const seen: Seen[] = [];
  const errors: unknown[] = [];
  ws.subscribe<{ myRequestEvents: Seen }>(
    { query: 'subscription { myRequestEvents { id type requestNumber } }' },
    {
      next: (value) => (value.errors ? errors.push(value.errors) : seen.push(value.data!.myRequestEvents)),
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return { ws: ws as Client, seen, errors };
}

/** A logger whose lines the test can read. */
function capturedLog() {
  const lines: { level: number; msg: string; reason?: string }[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

describe.skipIf(!redisServerInstalled())('live events through a Redis outage', () => {
  let redis: OwnRedis;
  let db: TestDatabase;
  const logs = [capturedLog(), capturedLog()];
  let apps: TestApp[];
  let residents: TestClient[];

  beforeAll(async () => {
    redis = await startOwnRedis();
    db = await createTestDatabase();
    await seedDemoCity(db.prisma);
    apps = [];
    for (const { log } of logs)
      apps.push(await startTestApp({ databaseUrl: db.url, redisUrl: redis.url, log }));
    residents = apps.map((a) => new TestClient(a.url, 'en'));
    for (const r of residents) await r.login('resident@demo.citydesk');
  });
  afterAll(async () => {
    for (const a of apps ?? []) await a.close();
    await db?.close();
    await redis?.close();
  });

  async function health(app: TestApp) {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    return (await response.json()) as { status: string; degraded: { component: string; reason: string }[] };
  }

  let form: { premisesId: string; categoryId: string } | undefined;
  async function file(client: TestClient, n: number): Promise<string> {
    if (!form) {
      const data = await client.request<any>('{ myPremises { id } serviceCategories { id code } }');
      form = {
        premisesId: data.data.myPremises[0].id,
        categoryId: data.data.serviceCategories.find((c: any) => c.code === 'roof_leak').id,
      };
    }
    const filed = await client.request<{ fileRequest: { id: string } }>(
      'mutation ($input: FileRequestInput!) { fileRequest(input: $input) { id } }',
      { input: { ...form, description: `Leak number ${n} in the stairwell`, contactPhone: '+79175550000' } },
    );
    expect(filed.errors).toBeUndefined();
    return filed.data!.fileRequest.id;
  }

  it(
    'acknowledges every filing, reports degraded, and delivers every event once and in order',
    { timeout: 180_000 },
    async () => {
      const watchers = residents.map(watch);
      try {
        await waitFor(() => apps.every((a) => a.app.events.activeSubscriptions() === 1));
        expect(apps.map((a) => a.app.events.engine)).toEqual(['redis', 'redis']);
        const filed: string[] = [await file(residents[0]!, 0)];
        await waitFor(() => watchers.every((w) => w.seen.length >= 2));

        await redis.stop();
        await waitFor(async () =>
          (await Promise.all(apps.map(health))).every((h) => h.status === 'degraded'),
        );
        for (const h of await Promise.all(apps.map(health)))
          expect(h.degraded).toEqual([
            expect.objectContaining({ component: 'redis', reason: expect.any(String) }),
          ]);

        // Residents keep filing on both instances while Redis is away.
        const outageStarted = Date.now();
        for (let n = 1; Date.now() - outageStarted < outageMs; n++) {
          filed.push(await file(residents[n % 2]!, n));
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        for (const h of await Promise.all(apps.map(health))) expect(h.status).toBe('degraded');

        await redis.start();
        await waitFor(
          async () => (await Promise.all(apps.map(health))).every((h) => h.status === 'ok'),
          20_000,
        );
        await waitFor(() => apps.every((a) => a.app.events.pendingRelay() === 0), 20_000);
        // Filed after the relays drained: their events travel behind every relayed copy.
        filed.push(await file(residents[0]!, 1000), await file(residents[1]!, 1001));

        const events = await db.prisma.requestEvent.findMany({
          where: { requestId: { in: filed } },
          orderBy: { position: 'asc' },
          select: { id: true, request: { select: { number: true } } },
        });
        expect(events.length).toBeGreaterThanOrEqual(filed.length * 2);
        await waitFor(() => watchers.every((w) => w.seen.length >= events.length), 30_000);

        const byRequest = (list: { id: string; number: string }[]) => {
          const map = new Map<string, string[]>();
          for (const e of list) map.set(e.number, [...(map.get(e.number) ?? []), e.id]);
          return map;
        };
        const expected = byRequest(events.map((e) => ({ id: e.id, number: e.request.number })));
        for (const w of watchers) {
          expect(w.errors).toEqual([]);
          const ids = w.seen.map((e) => e.id);
          expect(new Set(ids).size, 'no event twice').toBe(ids.length);
          expect(ids.length).toBe(events.length);
          expect(byRequest(w.seen.map((e) => ({ id: e.id, number: e.requestNumber })))).toEqual(expected);
        }
        // One line when Redis went away, one when it came back, on each instance.
        for (const { lines } of logs) {
          expect(lines.filter((l) => l.msg.startsWith('Redis unavailable'))).toHaveLength(1);
          expect(lines.filter((l) => l.msg.startsWith('Redis available again'))).toHaveLength(1);
        }
      } finally {
        await Promise.all(watchers.map((w) => w.ws.dispose()));
      }
    },
  );

  /** Files through a bus that records instead of publishing: committed, never relayed. */
  async function fileUnrelayed(description: string) {
    const resident = await actorFor(db.prisma, 'resident@demo.citydesk');
    const t = testDeps(db.prisma, new Date());
    const request = await fileRequest(t.deps, resident, {
      ...form!,
      description,
      contactPhone: '+79175550000',
    });
    return { request, published: t.published };
  }

  it('delivers from the table an event whose publisher never relayed it', async () => {
    const watcher = watch(residents[1]!);
    try {
      await waitFor(() => apps[1]!.app.events.activeSubscriptions() === 1);
      // Committed through a bus that publishes nowhere: as if its instance died right after the commit.
      const { request, published } = await fileUnrelayed('Filed by an instance that crashed');
      expect(published.map((m) => m.type)).toEqual(['FILED', 'ROUTED']);
      await waitFor(() => watcher.seen.length === 2, 15_000);
      expect(watcher.seen.map((e) => [e.requestNumber, e.type])).toEqual([
        [request.number, 'FILED'],
        [request.number, 'ROUTED'],
      ]);
      expect(watcher.seen.map((e) => e.id)).toEqual(published.map((m) => m.eventId));
    } finally {
      await watcher.ws.dispose();
    }
  });

  it('delivers a relayed copy that arrives twice only once', async () => {
    const watcher = watch(residents[0]!);
    const publisher = new Redis(redis.url);
    try {
      await waitFor(() => apps[0]!.app.events.activeSubscriptions() === 1);
      const id = await file(residents[0]!, 2000);
      await waitFor(() => watcher.seen.length === 2);
      // A publisher retrying after a lost acknowledgement sends the same messages again.
      const { request: second, published } = await fileUnrelayed('Relayed twice');
      for (const message of [...published, ...published])
        await publisher.publish('citydesk:request-events', JSON.stringify(message));
      // A request filed after the repeats: once its events are in, the repeats have been handled.
      await file(residents[0]!, 2001);
      await waitFor(() => watcher.seen.length >= 6);
      const numbers = watcher.seen.map((e) => e.requestNumber);
      expect(numbers.filter((n) => n === second.number)).toHaveLength(2);
      expect(watcher.seen).toHaveLength(6);
      expect((await db.prisma.request.findUniqueOrThrow({ where: { id } })).number).toBe(numbers[0]);
    } finally {
      publisher.disconnect();
      await watcher.ws.dispose();
    }
  });
});

describe('an API started while Redis is away', () => {
  it('starts, says degraded, and serves', async () => {
    const db = await createTestDatabase();
    const { log, lines } = capturedLog();
    const api = await startTestApp({
      databaseUrl: db.url,
      redisUrl: `redis://127.0.0.1:${await freePort()}`,
      log,
    });
    try {
      const health = await fetch(`${api.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({
        status: 'degraded',
        events: 'redis',
        degraded: [{ component: 'redis', reason: 'connection refused' }],
      });
      expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
      expect(lines.filter((l) => l.msg.startsWith('Redis unavailable'))).toHaveLength(1);
    } finally {
      await api.close();
      await db.close();
    }
  });
});
