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
  const empty = await createEmptyServerDatabase(serverUrl);
  await migrateDatabase(empty.url);
  const prisma = createPrismaClient(empty.url, 8);
  return {
    prisma,
    url: empty.url,
    engine: 'postgresql',
    async close() {
      await prisma.$disconnect();
      await empty.drop();
    },
  };
}

/** A new, empty (unmigrated) database on the PostgreSQL server of `serverUrl`, and how to drop it. */
export async function createEmptyServerDatabase(
  serverUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `citydesk_test_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
