// The embedded default: PostgreSQL compiled to WASM (PGlite), served on a loopback socket so the
// application talks to it through exactly the same `pg` + Prisma adapter path as to a real server.
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * Connections an application pool should open to the embedded database: one. PGlite runs one query at a
 * time and its socket server interleaves the protocol messages of concurrent connections, so two
 * clients' unnamed prepared statements could overwrite each other mid-query; one connection makes the
 * pool queue them instead (PGlite would have run them one after the other anyway).
 */
export const embeddedPoolSize = 1;

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/** `dataDir` null keeps the database in memory (tests). */
export async function startEmbeddedPostgres(
  dataDir: string | null,
  maxConnections = 16,
): Promise<EmbeddedPostgres> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections });
  await server.start();
  const url = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  return {
    url,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
