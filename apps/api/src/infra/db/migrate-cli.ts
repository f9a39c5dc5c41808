// `pnpm db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded PGlite under DATA_DIR.
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { migrateDatabase } from './migrate.ts';

const { databaseUrl, dataDir } = loadConfig();
// The embedded database is migrated only while no server runs on it.
const lock = databaseUrl ? null : lockDataDir(dataDir);
const embedded = databaseUrl ? null : await startEmbeddedPostgres(path.join(dataDir, 'pglite'));
try {
  const applied = await migrateDatabase(databaseUrl ?? embedded!.url, { log: (m) => console.log(m) });
  console.log(applied.length ? `applied ${applied.length} migration(s)` : 'database is up to date');
} finally {
  await embedded?.stop();
  lock?.release();
}
