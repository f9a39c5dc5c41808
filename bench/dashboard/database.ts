// The dedicated benchmark database: created on the server named by DATABASE_URL, migrated, seeded with
// the demo city, and marked complete (a comment on the database) once the synthetic city is in.
import { createPrismaClient, type Db } from '../../apps/api/src/infra/db/database.ts';
import { migrateDatabase } from '../../apps/api/src/infra/db/migrate.ts';
import { seedDemoCity } from '../../apps/api/src/seed/seed.ts';
import { log, type BenchConfig } from './config.ts';

/** What the generator leaves in the database comment: proof it finished, and its clock. */
export interface BenchMarker {
  bench: 'dashboard';
  requests: number;
  events: number;
  /** The generator's "now" (ISO): the queries measure against it. */
  now: string;
}

async function withServer<T>(config: BenchConfig, work: (server: Db) => Promise<T>): Promise<T> {
  const server = createPrismaClient(config.serverUrl, 1);
  try {
    return await work(server);
  } finally {
    await server.$disconnect();
  }
}

export async function readMarker(config: BenchConfig): Promise<BenchMarker | null> {
  return withServer(config, async (server) => {
    const rows = await server.$queryRaw<{ comment: string | null }[]>`
      SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = ${config.benchDatabase}`;
    const comment = rows[0]?.comment;
    if (!comment) return null;
    try {
      const marker = JSON.parse(comment) as BenchMarker;
      return marker.bench === 'dashboard' ? marker : null;
    } catch {
      return null;
    }
  });
}

export async function writeMarker(db: Db, config: BenchConfig, marker: BenchMarker): Promise<void> {
  const text = JSON.stringify(marker).replaceAll("'", "''");
  await db.$executeRawUnsafe(`COMMENT ON DATABASE "${config.benchDatabase}" IS '${text}'`);
}

/** Drops and recreates the bench database, migrates it and seeds the demo city. */
export async function recreateBenchDatabase(config: BenchConfig): Promise<void> {
  await withServer(config, async (server) => {
    log(`(re)creating database ${config.benchDatabase}`);
    await server.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${config.benchDatabase}" WITH (FORCE)`);
    await server.$executeRawUnsafe(`CREATE DATABASE "${config.benchDatabase}"`);
  });
  const applied = await migrateDatabase(config.benchUrl);
  log(`applied ${applied.length} migrations`);
  const db = createPrismaClient(config.benchUrl, 1);
  try {
    await seedDemoCity(db, { log });
  } finally {
    await db.$disconnect();
  }
}

export interface Counts {
  requests: number;
  events: number;
  metrics: number;
}

export async function countRows(db: Db): Promise<Counts> {
  const rows = await db.$queryRaw<{ requests: bigint; events: bigint; metrics: bigint }[]>`
    SELECT (SELECT count(*) FROM "request") AS requests,
           (SELECT count(*) FROM "request_event") AS events,
           (SELECT count(*) FROM "request_metric") AS metrics`;
  const row = rows[0]!;
  return { requests: Number(row.requests), events: Number(row.events), metrics: Number(row.metrics) };
}
