// Writes a new migration in Prisma's layout from the difference between the schema the existing
// migrations reach (HEAD's prisma/schema.prisma) and the working schema, using Prisma 6's WASM
// schema engine. Then proves the result: existing migrations + the new one must reproduce the
// working schema exactly (the drift check), else nothing is written.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { checkDrift } from './drift.ts';
import { diffSchemas, migrationsDir as defaultMigrationsDir, repoRoot, schemaPath } from './prisma6.ts';

const run = promisify(execFile);

export class NewMigrationError extends Error {}

export interface NewMigrationOptions {
  /** snake_case; the folder becomes `<UTC yyyymmddHHMMSS>_<name>`. */
  name: string;
  /** The working schema; default: prisma/schema.prisma. */
  schemaText?: string;
  /**
   * The schema the existing migrations reach; default: `git show HEAD:prisma/schema.prisma`, or
   * null (diff from empty) when there is no migration yet.
   */
  fromSchemaText?: string | null;
  migrationsDir?: string;
  /** Write a migration without schema changes, for hand-written SQL (e.g. CHECK constraints). */
  empty?: boolean;
  /** Check that migrations + the new one reproduce the working schema (default true; ~5 s). */
  verify?: boolean;
  now?: Date;
  log?: (message: string) => void;
}

export interface NewMigrationResult {
  name: string;
  dir: string;
  file: string;
  sql: string;
}

const NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const MIGRATION_DIR = /^(\d{14})_/;

/** `2026-11-25T01:02:03.456Z` → `20261125010203` (UTC). */
export const migrationTimestamp = (date: Date) => date.toISOString().slice(0, 19).replace(/\D/g, '');

/** True when the SQL has no statement, only comments and blanks (Prisma prints "-- This is an empty migration."). */
export function isEmptySql(sql: string): boolean {
  return (
    sql
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/--.*$/gm, '')
      .trim() === ''
  );
}

async function existingMigrations(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** HEAD's prisma/schema.prisma, or an explanation of why there is none. */
export async function committedSchema(): Promise<{ text: string } | { error: string }> {
  try {
    const relative = path.relative(repoRoot, schemaPath).split(path.sep).join('/');
    const { stdout } = await run('git', ['show', `HEAD:./${relative}`], {
      cwd: repoRoot,
      maxBuffer: 64 << 20,
    });
    return { text: stdout };
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    return { error: stderr || (error as Error).message };
  }
}

export async function createMigration(options: NewMigrationOptions): Promise<NewMigrationResult> {
  const log = options.log ?? (() => undefined);
  const { name } = options;
  if (!NAME.test(name) || name.length > 200)
    throw new NewMigrationError(
      `migration name must be snake_case (lowercase letters, digits, single underscores), e.g. add_request_source; got "${name}"`,
    );
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir;
  const existing = await existingMigrations(migrationsDir);

  const timestamp = migrationTimestamp(options.now ?? new Date());
  const latest = existing
    .map((n) => MIGRATION_DIR.exec(n)?.[1])
    .filter((t): t is string => !!t)
    .at(-1);
  if (latest !== undefined && timestamp <= latest)
    throw new NewMigrationError(
      `the UTC timestamp ${timestamp} is not after the latest migration's (${latest}): check the clock, or wait a second`,
    );
  const folder = `${timestamp}_${name}`;
  const dir = path.join(migrationsDir, folder);
  const file = path.join(dir, 'migration.sql');

  let sql: string;
  if (options.empty) {
    sql = `-- ${folder}: hand-written SQL (no schema.prisma change). Prisma cannot express what goes here,\n-- e.g. CHECK constraints; \`pnpm db:drift\` allows CHECK constraints that exist only in migrations.\n`;
  } else {
    const to = options.schemaText ?? (await readFile(schemaPath, 'utf8'));
    let from: string | null;
    let fromWhat: string;
    if (options.fromSchemaText !== undefined) {
      from = options.fromSchemaText;
      fromWhat = 'the given previous schema';
    } else if (existing.length === 0) {
      from = null;
      fromWhat = 'an empty database (first migration)';
    } else {
      const committed = await committedSchema();
      if ('error' in committed)
        throw new NewMigrationError(
          `cannot tell which schema the existing ${existing.length} migration(s) reach: ` +
            `\`git show HEAD:prisma/schema.prisma\` failed (${committed.error}).\n` +
            'Commit prisma/schema.prisma together with its migrations, or pass --from <file> with the schema ' +
            'the latest migration reaches.',
        );
      from = committed.text;
      fromWhat = 'HEAD’s prisma/schema.prisma';
    }
    log(`diffing from ${fromWhat} to the working schema…`);
    sql = await diffSchemas(from, to);
    if (isEmptySql(sql))
      throw new NewMigrationError(
        from === null
          ? 'the schema defines nothing: no migration written'
          : `no schema changes: prisma/schema.prisma matches ${fromWhat}, so there is nothing to migrate ` +
              '(edit schema.prisma first; for hand-written SQL only, pass --empty)',
      );

    if (options.verify ?? true) {
      log('verifying: existing migrations + the new one must reproduce the working schema…');
      const scratch = await mkdtemp(path.join(tmpdir(), 'citydesk-new-migration-'));
      try {
        if (existing.length > 0) await cp(migrationsDir, scratch, { recursive: true });
        await mkdir(path.join(scratch, folder));
        await writeFile(path.join(scratch, folder, 'migration.sql'), sql);
        let differences: string[];
        try {
          ({ differences } = await checkDrift({ schemaText: to, migrationsDir: scratch }));
        } catch (error) {
          differences = [(error as Error).message];
        }
        if (differences.length > 0)
          throw new NewMigrationError(
            'the generated migration, applied after the existing ones, does not reproduce prisma/schema.prisma, so ' +
              `${fromWhat} is not the schema the existing migrations reach (an uncommitted migration, or a schema ` +
              'change committed without one?). Nothing written. Differences:\n' +
              differences.map((d) => `  - ${d}`).join('\n') +
              '\nCommit or remove the pending migration, or pass --from <file> with the schema the migrations reach.',
          );
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
    }
  }

  if (await stat(dir).catch(() => null)) throw new NewMigrationError(`${dir} already exists`);
  await mkdir(dir, { recursive: true });
  await writeFile(file, sql);
  const lock = path.join(migrationsDir, 'migration_lock.toml');
  if (!(await stat(lock).catch(() => null)))
    await writeFile(
      lock,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  return { name: folder, dir, file, sql };
}
