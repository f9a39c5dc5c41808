// Runs the Prisma 6.19 CLI with its WASM schema engine ("engine: js" + driver adapter),
// the one Prisma engine that works on machines without access to Prisma's binary host.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startEmbeddedPostgres } from '../../../apps/api/src/infra/db/embedded-postgres.ts';

const run = promisify(execFile);
const here = import.meta.dirname;
export const repoRoot = path.resolve(here, '../../..');
export const schemaPath = path.join(repoRoot, 'prisma', 'schema.prisma');
export const migrationsDir = path.join(repoRoot, 'prisma', 'migrations');

/**
 * Any reachable PostgreSQL; the diff itself never touches its data (it only reads the server
 * version). Undefined when the caller named none: diffSchemas then starts a throwaway embedded
 * one, so a machine without PostgreSQL works too.
 */
const configuredDiffDatabaseUrl = (): string | undefined =>
  process.env.PRISMA_DIFF_DATABASE_URL || process.env.DATABASE_URL || undefined;

/** Prisma 6 wants a `url` in the datasource block; Prisma 7 forbids one. Inject it into a copy. */
function withUrl(schema: string): string {
  return schema.replace(/datasource db \{/, 'datasource db {\n  url = env("DATABASE_URL")');
}

export interface DiffOptions {
  /** The database Prisma 6 connects to; default: the env vars above, else a throwaway embedded one. */
  databaseUrl?: string;
}

/** SQL that takes a database from schema `from` (null = empty) to schema `to`. */
export async function diffSchemas(
  from: string | null,
  to: string,
  options: DiffOptions = {},
): Promise<string> {
  const url = options.databaseUrl ?? configuredDiffDatabaseUrl();
  if (url !== undefined) return runDiff(from, to, url);
  const embedded = await startEmbeddedPostgres(null, 4);
  try {
    return await runDiff(from, to, embedded.url);
  } finally {
    await embedded.stop();
  }
}

async function runDiff(from: string | null, to: string, databaseUrl: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'citydesk-prisma6-'));
  try {
    const toPath = path.join(dir, 'to.prisma');
    await writeFile(toPath, withUrl(to));
    const args = ['migrate', 'diff', '--to-schema-datamodel', toPath, '--script'];
    if (from === null) args.push('--from-empty');
    else {
      const fromPath = path.join(dir, 'from.prisma');
      await writeFile(fromPath, withUrl(from));
      args.push('--from-schema-datamodel', fromPath);
    }
    const config = path.join(dir, 'prisma.config.ts');
    await writeFile(
      config,
      `import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: ${JSON.stringify(toPath)},
  // allowExitOnIdle: without it the CLI lingers ~10 s after printing, until pg's idle timeout.
  adapter: async () =>
    new PrismaPg({ connectionString: ${JSON.stringify(databaseUrl)}, allowExitOnIdle: true }),
});
`,
    );
    args.push('--config', config);
    const prismaBin = path.join(here, '..', 'node_modules', '.bin', 'prisma');
    const { stdout } = await run(prismaBin, args, {
      cwd: path.join(here, '..'),
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PRISMA_QUERY_ENGINE_LIBRARY: schemaPath,
        PRISMA_SCHEMA_ENGINE_BINARY: schemaPath,
        CHECKPOINT_DISABLE: '1',
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const readSchema = () => readFile(schemaPath, 'utf8');
