// `pnpm db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded PGlite under DATA_DIR.
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { migrateDatabase } from './migrate.ts';

const { databaseUrl, dataDir } = loadConfig();
const embedded = databaseUrl ? null : await startEmbeddedPostgres(path.join(dataDir, 'pglite'));
try {
  const applied = await migrateDatabase(databaseUrl ?? embedded!.url, { log: (m) => console.log(m) });
  console.log(applied.length ? `applied ${applied.length} migration(s)` : 'database is up to date');
} finally {
  await embedded?.stop();
}
