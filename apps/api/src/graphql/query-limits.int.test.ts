// The same limits hold on both transports: graphql-ws does not run Apollo's validation rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../seed/seed.ts';
import { collect, TestClient } from '../test/graphql-client.ts';
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts';
import { startTestApp, type TestApp } from '../test/test-app.ts';
import { queryLimits } from './query-limits.ts';

let db: TestDatabase;
let api: TestApp;
let resident: TestClient;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  api = await startTestApp({ databaseUrl: db.url });
  resident = new TestClient(api.url, 'en');
  await resident.login('resident@demo.citydesk');
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const tooManyAliases = `{ ${Array.from({ length: queryLimits.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
const subscriptionWithTooManyAliases = `subscription { ${Array.from(
  { length: queryLimits.maxAliases + 1 },
  (_, i) => `a${i}: myRequestEvents { id }`,
).join(' ')} }`;

describe('query limits', () => {
  it('refuses too many aliases over HTTP', async () => {
    const result = await resident.request(tooManyAliases);
    expect(result.data).toBeUndefined();
    expect(result.errors![0]!.message).toMatch(/alias/i);
  });

  it('refuses introspection outside development over HTTP', async () => {
    const result = await resident.request('{ __schema { types { name } } }');
    expect(result.errors![0]!.message).toMatch(/introspection/i);
  });

  it('refuses too many aliases over WebSocket too', async () => {
    const ws = resident.ws();
    try {
      await expect(collect(ws, subscriptionWithTooManyAliases, 1)).rejects.toThrow(/alias/i);
    } finally {
      await ws.dispose();
    }
  });

  it('still answers ordinary operations', async () => {
    expect((await resident.request('{ me { role } }')).data).toEqual({ me: { role: 'RESIDENT' } });
  });
});
