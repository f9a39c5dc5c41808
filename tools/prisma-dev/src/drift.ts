// Drift check without Prisma's native engine: database A is built by applying prisma/migrations,
// database B by running the SQL Prisma 6 generates for schema.prisma from empty. Both are fresh
// in-memory PGlite instances; their catalogs must agree, except for CHECK constraints that only the
// migrations have and partial indexes (hand-written rules Prisma's schema language cannot express).
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../../apps/api/src/infra/db/embedded-postgres.ts';
import { migrateDatabase } from '../../../apps/api/src/infra/db/migrate.ts';
import { readCatalog, type Catalog, type ColumnInfo, type ConstraintInfo } from './catalog.ts';
import { diffSchemas, migrationsDir as defaultMigrationsDir, schemaPath } from './prisma6.ts';

export interface ExtraCheck {
  table: string;
  name: string;
  definition: string;
}

export interface Comparison {
  /** Human-readable, one difference per entry; empty means no drift. */
  differences: string[];
  /** CHECK constraints and partial indexes present in the migrations only: allowed, reported for information. */
  extraChecks: ExtraCheck[];
}

export interface DriftReport extends Comparison {
  /** Migrations applied to build database A. */
  migrations: string[];
  fromMigrations: Catalog;
  fromSchema: Catalog;
}

export interface DriftOptions {
  /** schema.prisma's text; default: the file in the repository. */
  schemaText?: string;
  /** Default: prisma/migrations. */
  migrationsDir?: string;
}

const A = 'migrations';
const B = 'schema.prisma';

/** Catalog of a fresh database after applying the migrations in `dir`. */
export async function catalogFromMigrations(
  dir = defaultMigrationsDir,
): Promise<{ catalog: Catalog; applied: string[] }> {
  const db = await startEmbeddedPostgres(null, 4);
  try {
    const applied = await migrateDatabase(db.url, { dir });
    return { catalog: await readCatalog(db.url), applied };
  } finally {
    await db.stop();
  }
}

/** Catalog of a fresh database after running Prisma 6's `migrate diff --from-empty` SQL for `schemaText`. */
export async function catalogFromSchema(schemaText: string): Promise<Catalog> {
  const db = await startEmbeddedPostgres(null, 4);
  try {
    // The same throwaway database serves Prisma 6's connection (it only reads the version).
    const sql = await diffSchemas(null, schemaText, { databaseUrl: db.url });
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query(sql);
    } catch (error) {
      throw new Error(`the SQL Prisma 6 generated for the schema failed to run: ${(error as Error).message}`);
    } finally {
      await client.end();
    }
    return await readCatalog(db.url);
  } finally {
    await db.stop();
  }
}

export async function checkDrift(options: DriftOptions = {}): Promise<DriftReport> {
  const schemaText = options.schemaText ?? (await readFile(schemaPath, 'utf8'));
  // allSettled, not all: when one side fails, the other still finishes and cleans up its database and
  // temporary files before the error propagates (a CLI exiting on the error would otherwise cut it short).
  const [migrationsSide, schemaSide] = await Promise.allSettled([
    catalogFromMigrations(options.migrationsDir ?? defaultMigrationsDir),
    catalogFromSchema(schemaText),
  ]);
  if (migrationsSide.status === 'rejected') throw migrationsSide.reason;
  if (schemaSide.status === 'rejected') throw schemaSide.reason;
  const fromMigrations = migrationsSide.value;
  const fromSchema = schemaSide.value;
  return {
    ...compareCatalogs(fromMigrations.catalog, fromSchema),
    migrations: fromMigrations.applied,
    fromMigrations: fromMigrations.catalog,
    fromSchema,
  };
}

const describeColumn = (c: ColumnInfo) =>
  [
    c.type,
    c.nullable ? 'NULL' : 'NOT NULL',
    c.default === null ? null : `DEFAULT ${c.default}`,
    c.identity ? `IDENTITY(${c.identity})` : null,
    c.generated ? `GENERATED(${c.generated})` : null,
  ]
    .filter((part) => part !== null)
    .join(' ');

const describeConstraint = (c: ConstraintInfo) => `${c.type}: ${c.definition}`;

function diffNamed<T extends { name: string }>(
  a: T[],
  b: T[],
  describe: (item: T) => string,
  report: (name: string, only: 'a' | 'b' | 'both', text: string, item: T) => void,
) {
  const inB = new Map(b.map((item) => [item.name, item]));
  const inA = new Map(a.map((item) => [item.name, item]));
  for (const item of a) {
    const other = inB.get(item.name);
    if (!other) report(item.name, 'a', describe(item), item);
    else if (describe(item) !== describe(other))
      report(item.name, 'both', `${A}: ${describe(item)}; ${B}: ${describe(other)}`, item);
  }
  for (const item of b) if (!inA.has(item.name)) report(item.name, 'b', describe(item), item);
}

const side = (only: 'a' | 'b') => (only === 'a' ? A : B);

/** Compares A (built from migrations) with B (built from schema.prisma). */
export function compareCatalogs(a: Catalog, b: Catalog): Comparison {
  const differences: string[] = [];
  const extraChecks: ExtraCheck[] = [];

  diffNamed(
    a.enums,
    b.enums,
    (e) => e.labels.join(', '),
    (name, only, text) =>
      differences.push(
        only === 'both'
          ? `enum "${name}": labels differ — ${text}`
          : `enum "${name}": only in ${side(only)} (${text})`,
      ),
  );

  diffNamed(
    a.tables,
    b.tables,
    (t) => `${t.columns.length} columns`,
    (name, only) => {
      if (only !== 'both') differences.push(`table "${name}": only in ${side(only)}`);
    },
  );

  const tablesB = new Map(b.tables.map((t) => [t.name, t]));
  for (const ta of a.tables) {
    const tb = tablesB.get(ta.name);
    if (!tb) continue;
    const where = `table "${ta.name}"`;
    diffNamed(ta.columns, tb.columns, describeColumn, (name, only, text) =>
      differences.push(
        only === 'both'
          ? `${where}: column "${name}" differs — ${text}`
          : `${where}: column "${name}" only in ${side(only)} (${text})`,
      ),
    );
    diffNamed(
      ta.indexes,
      tb.indexes,
      (i) => i.definition,
      (name, only, text, item) => {
        // A partial index (`… WHERE …`) is a hand-written rule Prisma cannot express, like a CHECK.
        if (only === 'a' && / WHERE /.test(item.definition))
          extraChecks.push({ table: ta.name, name, definition: item.definition });
        else
          differences.push(
            only === 'both'
              ? `${where}: index "${name}" differs — ${text}`
              : `${where}: index "${name}" only in ${side(only)} (${text})`,
          );
      },
    );
    diffNamed(ta.constraints, tb.constraints, describeConstraint, (name, only, text, item) => {
      if (only === 'a' && item.type === 'check')
        extraChecks.push({ table: ta.name, name, definition: item.definition });
      else
        differences.push(
          only === 'both'
            ? `${where}: constraint "${name}" differs — ${text}`
            : `${where}: constraint "${name}" only in ${side(only)} (${text})`,
        );
    });
  }
  return { differences, extraChecks };
}
