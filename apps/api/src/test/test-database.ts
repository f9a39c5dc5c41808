// A fresh, migrated database for one integration test file: a new database on the PostgreSQL
// server named by DATABASE_URL when set (CI runs the suite that way too), else in-memory PGlite.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPrismaClient, type Db } from '../infra/db/database.ts';
import { embeddedPoolSize, startEmbeddedPostgres } from '../infra/db/embedded-postgres.ts';
import { migrateDatabase } from '../infra/db/migrate.ts';

export interface TestDatabase {
  prisma: Db;
  url: string;
  /** 'postgresql' or 'pglite', for tests that only make sense on one. */
  engine: 'postgresql' | 'pglite';
  close(): Promise<void>;
}

/** URLs of in-memory PGlite test databases: they take one connection at a time (see embedded-postgres.ts). */
const embeddedUrls = new Set<string>();
export const isEmbeddedTestDatabase = (url: string): boolean => embeddedUrls.has(url);

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres(null);
    await migrateDatabase(embedded.url);
    const prisma = createPrismaClient(embedded.url, embeddedPoolSize);
    embeddedUrls.add(embedded.url);
    return {
      prisma,
      url: embedded.url,
      engine: 'pglite',
      async close() {
        await prisma.$disconnect();
        await embedded.stop();
      },
    };
  }
  const name = `citydesk_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrateDatabase(url.toString());
  const prisma = createPrismaClient(url.toString(), 8);
  return {
    prisma,
    url: url.toString(),
    engine: 'postgresql',
    async close() {
      await prisma.$disconnect();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
