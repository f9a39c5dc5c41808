// `pnpm db:new-migration <snake_name> [--from <schema file>] [--empty] [--no-verify]`
// Writes prisma/migrations/<UTC yyyymmddHHMMSS>_<name>/migration.sql with the SQL that takes the
// database from HEAD's prisma/schema.prisma to the working one. Needs no PostgreSQL server: without
// PRISMA_DIFF_DATABASE_URL / DATABASE_URL, Prisma 6 connects to a throwaway embedded one.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createMigration, NewMigrationError } from './create-migration.ts';
import { repoRoot } from './prisma6.ts';

const usage =
  'usage: pnpm db:new-migration <snake_name> [--from <schema.prisma of the last migration>] [--empty] [--no-verify]';

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      empty: { type: 'boolean', default: false },
      'no-verify': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const [name, ...rest] = positionals;
  if (!name || rest.length > 0) {
    console.error(usage);
    process.exit(2);
  }
  // pnpm runs the script in tools/prisma-dev; a relative --from means relative to where the user typed it.
  const invokedFrom = process.env.INIT_CWD ?? process.cwd();
  const fromSchemaText =
    values.from === undefined ? undefined : await readFile(path.resolve(invokedFrom, values.from), 'utf8');
  const result = await createMigration({
    name,
    ...(fromSchemaText === undefined ? {} : { fromSchemaText }),
    empty: values.empty,
    verify: !values['no-verify'],
    log: (message) => console.error(message),
  });
  console.log(`wrote ${path.relative(repoRoot, result.file)}`);
  if (!values.empty)
    console.log('review it, then run `pnpm db:migrate` (and commit schema.prisma with the migration)');
  process.exit(0);
} catch (error) {
  if (error instanceof NewMigrationError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`db:new-migration: ${(error as Error).message}`);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
}
