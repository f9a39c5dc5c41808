// The migration runner (apps/api/src/infra/db/migrate.ts) against an empty database: PGlite by
// default, a fresh database on the PostgreSQL server named by DATABASE_URL when set.
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../../apps/api/src/infra/db/embedded-postgres.ts';
import { migrateDatabase, readMigrations } from '../../../apps/api/src/infra/db/migrate.ts';
import { readCatalog } from './catalog.ts';
import { migrationsDir } from './prisma6.ts';

const serverUrl = process.env.DATABASE_URL || undefined;

interface EmptyDatabase {
  url: string;
  engine: 'postgresql' | 'pglite';
  close(): Promise<void>;
}

/** A brand-new database with nothing in it (createTestDatabase would already have migrated it). */
async function emptyDatabase(): Promise<EmptyDatabase> {
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres(null, 4);
    return { url: embedded.url, engine: 'pglite', close: () => embedded.stop() };
  }
  const name = `prisma_dev_test_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    engine: 'postgresql',
    close: () =>
      withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

interface MigrationRow {
  id: string;
  checksum: string;
  migration_name: string;
  logs: string | null;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

const migrationRows = (url: string) =>
  withClient(
    url,
    async (c) =>
      (await c.query<MigrationRow>('SELECT * FROM "_prisma_migrations" ORDER BY migration_name, started_at'))
        .rows,
  );

/** Migration folders, straight from the file system (not via readMigrations). */
async function migrationFiles(): Promise<{ name: string; sha256: string }[]> {
  const names = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      sha256: createHash('sha256')
        .update(await readFile(path.join(migrationsDir, name, 'migration.sql')))
        .digest('hex'),
    })),
  );
}

describe(`migrations on an empty ${serverUrl ? 'PostgreSQL' : 'PGlite'} database`, () => {
  let db: EmptyDatabase;
  let files: { name: string; sha256: string }[];
  let firstRun: string[];
  beforeAll(async () => {
    files = await migrationFiles();
    db = await emptyDatabase();
    firstRun = await migrateDatabase(db.url);
  });
  afterAll(() => db?.close());

  it('apply every migration, in order, once', async () => {
    expect(files.length).toBeGreaterThan(0);
    expect(firstRun).toEqual(files.map((f) => f.name));
    const rows = await migrationRows(db.url);
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    const catalog = await readCatalog(db.url);
    expect(catalog.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['city', 'request', 'app_user']),
    );
    expect(catalog.tables.map((t) => t.name)).not.toContain('_prisma_migrations');
  });

  it('record checksums equal to the sha256 of each migration.sql file', async () => {
    const rows = await migrationRows(db.url);
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((f) => [f.name, f.sha256]));
    expect((await readMigrations()).map((m) => m.checksum)).toEqual(files.map((f) => f.sha256));
  });

  it('apply nothing and change nothing on a second run', async () => {
    const catalogBefore = await readCatalog(db.url);
    const rowsBefore = await migrationRows(db.url);
    const messages: string[] = [];
    expect(await migrateDatabase(db.url, { log: (m) => messages.push(m) })).toEqual([]);
    expect(messages).toEqual([]);
    expect(await readCatalog(db.url)).toEqual(catalogBefore);
    expect(await migrationRows(db.url)).toEqual(rowsBefore);
  });
});

describe.skipIf(!serverUrl)('concurrent migrateDatabase calls on one fresh PostgreSQL database', () => {
  let db: EmptyDatabase;
  beforeAll(async () => {
    db = await emptyDatabase();
  });
  afterAll(() => db?.close());

  it('both succeed and apply each migration exactly once', async () => {
    const names = (await migrationFiles()).map((f) => f.name);
    const [a, b] = await Promise.all([migrateDatabase(db.url), migrateDatabase(db.url)]);
    // The advisory lock serialises them: one applies everything, the other finds nothing to do.
    expect([a, b].sort((x, y) => y.length - x.length)).toEqual([names, []]);
    const rows = await migrationRows(db.url);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(rows.every((r) => r.finished_at !== null && r.rolled_back_at === null)).toBe(true);
    expect((await readCatalog(db.url)).tables.length).toBeGreaterThan(10);
  });
});
