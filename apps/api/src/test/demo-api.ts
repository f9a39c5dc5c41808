// The usual integration-test world: a fresh database with the demo city, the real API on a free
// port, and a signed-in client per demo user the test names.
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
): Promise<DemoApi<Name>> {
  const db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  // On PGlite the test app takes the one connection the embedded database has in production.
  const api = await startTestApp({ databaseUrl: db.url });
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
