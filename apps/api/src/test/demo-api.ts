// The usual integration-test world: a fresh database with the demo city, the real API on a free
// port, and a signed-in client per demo user the test names.
import { embeddedPoolSize } from '../infra/db/embedded-postgres.ts';
import { seedDemoCity } from '../seed/seed.ts';
import { TestClient } from './graphql-client.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';
import { startTestApp, type TestApp } from './test-app.ts';

export interface DemoApi<Name extends string> {
  db: TestDatabase;
  api: TestApp;
  as: Record<Name, TestClient>;
  close(): Promise<void>;
}

export async function startDemoApi<Name extends string>(
  users: Record<Name, string>,
  locale = 'en',
  options: {
    /**
     * Parallel requests: on PGlite the API gets the one connection it has in production (the embedded
     * server interleaves the protocol messages of concurrent connections).
     */
    concurrent?: boolean;
  } = {},
): Promise<DemoApi<Name>> {
  const db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  const api = await startTestApp({
    databaseUrl: db.url,
    ...(options.concurrent && db.engine === 'pglite'
      ? { env: { DATABASE_POOL_SIZE: String(embeddedPoolSize) } }
      : {}),
  });
  const as = {} as Record<Name, TestClient>;
  for (const [name, email] of Object.entries(users) as [Name, string][]) {
    as[name] = new TestClient(api.url, locale);
    await as[name].login(email);
  }
  return {
    db,
    api,
    as,
    async close() {
      await api.close();
      await db.close();
    },
  };
}
