// Opens the application's database: PostgreSQL when DATABASE_URL is set, otherwise the embedded
// PGlite under DATA_DIR. Either way it is migrated before the first query.
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client.ts';
import { embeddedPoolSize, startEmbeddedPostgres } from './embedded-postgres.ts';
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
  log?: (message: string) => void;
}

export function createPrismaClient(url: string, poolSize = 10): PrismaClient {
  // No JIT: the dashboards' aggregates are estimated costly enough to be compiled, which takes ~30 ms of
  // LLVM work on every run and never pays back on queries that then finish in a few milliseconds.
  const adapter = new PrismaPg({ connectionString: url, max: poolSize, options: '-c jit=off' });
  return new PrismaClient({ adapter });
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const embedded = options.databaseUrl
    ? null
    : await startEmbeddedPostgres(options.dataDir ? path.join(options.dataDir, 'pglite') : null);
  const url = options.databaseUrl ?? embedded!.url;
  await migrateDatabase(url, { log: options.log });
  const prisma = createPrismaClient(url, embedded ? embeddedPoolSize : undefined);
  return {
    prisma,
    url,
    embedded: embedded !== null,
    async close() {
      await prisma.$disconnect();
      await embedded?.stop();
    },
  };
}
