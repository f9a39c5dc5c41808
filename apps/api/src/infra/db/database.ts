// Opens the application's database: PostgreSQL when DATABASE_URL is set, otherwise the embedded
// PGlite under DATA_DIR. Either way it is migrated before the first query.
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../../generated/prisma/client.ts';
import { embeddedPoolSize, startEmbeddedPostgres } from './embedded-postgres.ts';
import { lockDataDir, type DataDirLock } from './data-dir-lock.ts';
import { migrateDatabase } from './migrate.ts';

export type Db = PrismaClient;
/** What a service gets inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export interface Database {
  prisma: PrismaClient;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL URL; unset = embedded PGlite. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files; null = in memory. */
  dataDir: string | null;
  /** Connections to open to `databaseUrl`. */
  poolSize?: number;
  log?: (message: string) => void;
}

/** How long a query waits for a free connection before it fails as UNAVAILABLE (database away or saturated). */
export const connectionWaitMs = 5_000;

const pools = new WeakMap<PrismaClient, pg.Pool>();

export function createPrismaClient(url: string, poolSize = 10): PrismaClient {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: connectionWaitMs,
    // No JIT: the dashboards' aggregates are estimated costly enough to be compiled, which takes ~30 ms
    // of LLVM work on every run and never pays back on queries that then finish in a few milliseconds.
    options: '-c jit=off',
  });
  // An idle connection the server dropped (a restart, pg_terminate_backend) is discarded by the pool;
  // without a listener its error would end the process.
  pool.on('error', () => undefined);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(prisma, pool);
  return prisma;
}

/** Queries waiting for a connection of `prisma`'s pool right now (a load-shedding signal). */
export function connectionWaiters(prisma: PrismaClient): number {
  return pools.get(prisma)?.waitingCount ?? 0;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const url = options.databaseUrl;
    await migrateDatabase(url, { log: options.log });
    const prisma = createPrismaClient(url, options.poolSize);
    return { prisma, url, embedded: false, close: () => prisma.$disconnect() };
  }
  // The embedded database's files have one owner: a second server on the same DATA_DIR stops here.
  const lock: DataDirLock | null = options.dataDir ? lockDataDir(options.dataDir) : null;
  try {
    const embedded = await startEmbeddedPostgres(
      options.dataDir ? path.join(options.dataDir, 'pglite') : null,
    );
    await migrateDatabase(embedded.url, { log: options.log });
    const prisma = createPrismaClient(embedded.url, embeddedPoolSize);
    return {
      prisma,
      url: embedded.url,
      embedded: true,
      async close() {
        await prisma.$disconnect();
        await embedded.stop();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
