// Two API instances on one Redis: an event made on one reaches a subscriber of the other.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { collect, TestClient } from '../../test/graphql-client.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { startTestApp, type TestApp } from '../../test/test-app.ts';
import { waitFor } from '../../test/wait-for.ts';

const redisUrl = process.env.REDIS_URL;

describe.skipIf(!redisUrl)('events across API instances (Redis)', () => {
  let db: TestDatabase;
  let first: TestApp;
  let second: TestApp;
  let redis: Redis;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoCity(db.prisma);
    first = await startTestApp({ databaseUrl: db.url, redisUrl });
    second = await startTestApp({ databaseUrl: db.url, redisUrl });
    redis = new Redis(redisUrl!);
  });
  afterAll(async () => {
    redis?.disconnect();
    await first?.close();
    await second?.close();
    await db?.close();
  });

  it('uses Redis on both instances', () => {
    expect(first.app.events.engine).toBe('redis');
    expect(second.app.events.engine).toBe('redis');
  });

  it('delivers a request filed on instance one to a dispatcher subscribed on instance two', async () => {
    const resident = new TestClient(first.url, 'en');
    await resident.login('resident@demo.citydesk');
    const dispatcher = new TestClient(second.url, 'en');
    await dispatcher.login('dispatcher@demo.citydesk');
    // Each instance holds one subscription to the events channel from its start.
    const numsub = async () =>
      Number(((await redis.pubsub('NUMSUB', 'citydesk:request-events')) as [string, number])[1]);
    expect(await numsub()).toBeGreaterThanOrEqual(2);

    const ws = dispatcher.ws();
    try {
      const events = collect<any>(ws, 'subscription { queueEvents { type requestNumber } }', 1);
      // The dispatcher's subscription is open on the second instance: nothing published now can be missed.
      await waitFor(() => second.app.events.activeSubscriptions() === 1);

      const form = await resident.request<any>('{ myPremises { id } serviceCategories { id } }');
      const filed = await resident.request<any>(
        'mutation ($input: FileRequestInput!) { fileRequest(input: $input) { number } }',
        {
          input: {
            categoryId: form.data.serviceCategories[0].id,
            premisesId: form.data.myPremises[0].id,
            description: 'The entrance door does not close',
            contactPhone: '+79175550000',
          },
        },
      );
      const received = await events;
      expect(received.map((e) => e.queueEvents.type)).toEqual(['ROUTED']);
      expect(received[0].queueEvents.requestNumber).toBe(filed.data.fileRequest.number);
    } finally {
      await ws.dispose();
    }
  });
});
