// `pnpm db:drift [--schema <file>] [--migrations <dir>]`: exits 1 when prisma/migrations and
// prisma/schema.prisma describe different databases, 0 (with a one-line summary) when they agree,
// 2 when the check itself fails. Needs no PostgreSQL server (two in-memory PGlite instances).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkDrift } from './drift.ts';

const started = Date.now();
try {
  const { values } = parseArgs({ options: { schema: { type: 'string' }, migrations: { type: 'string' } } });
  // pnpm runs this in tools/prisma-dev; relative paths mean relative to where the user typed the command.
  const invokedFrom = process.env.INIT_CWD ?? process.cwd();
  const report = await checkDrift({
    ...(values.schema
      ? { schemaText: await readFile(path.resolve(invokedFrom, values.schema), 'utf8') }
      : {}),
    ...(values.migrations ? { migrationsDir: path.resolve(invokedFrom, values.migrations) } : {}),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (report.differences.length > 0) {
    console.error(
      `Drift: the ${report.migrations.length} migration(s) in prisma/migrations do not produce the database ` +
        `prisma/schema.prisma describes (${report.differences.length} difference(s), ${seconds} s):`,
    );
    for (const line of report.differences) console.error(`  - ${line}`);
    console.error(
      'Write a migration for schema changes with `pnpm db:new-migration <name>`; never edit an applied migration.',
    );
    process.exit(1);
  }
  console.log(
    `No drift: ${report.migrations.length} migration(s) reproduce prisma/schema.prisma ` +
      `(${report.fromSchema.tables.length} tables, ${report.fromSchema.enums.length} enums; ` +
      `${report.extraChecks.length} hand-written CHECK constraints only in migrations; ${seconds} s).`,
  );
  process.exit(0);
} catch (error) {
  console.error(
    `drift check failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(2);
}
