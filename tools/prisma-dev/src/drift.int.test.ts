// The drift check: prisma/migrations and prisma/schema.prisma must describe the same database.
// Also proves the checker can see drift, by comparing against deliberately mutated schemas.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from './catalog.ts';
import { catalogFromSchema, checkDrift, compareCatalogs, type DriftReport } from './drift.ts';
import { migrationsDir, readSchema } from './prisma6.ts';

/** Replaces `from` (which must occur exactly once, so schema edits fail loudly here) with `to`. */
function mutate(schema: string, from: string, to: string): string {
  const parts = schema.split(from);
  if (parts.length !== 2)
    throw new Error(`expected exactly one occurrence of ${JSON.stringify(from)} in schema.prisma`);
  return parts.join(to);
}

/** (table, constraint) pairs added by the hand-written CHECK sections of all migrations. */
async function handWrittenChecks(): Promise<string[]> {
  const names = (await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory());
  const sqls = await Promise.all(
    names.map((e) => readFile(path.join(migrationsDir, e.name, 'migration.sql'), 'utf8')),
  );
  // A later migration may drop and re-add a constraint under the same name: count it once. Partial
  // indexes (`CREATE … INDEX … WHERE`) are hand-written rules too.
  const checks = sqls
    .flatMap((sql) => [...sql.matchAll(/ALTER TABLE "(\w+)" ADD CONSTRAINT "(\w+)"\s+CHECK\b/g)])
    .map((m) => `${m[1]}.${m[2]}`);
  const partialIndexes = sqls
    .flatMap((sql) => [...sql.matchAll(/CREATE (?:UNIQUE )?INDEX "(\w+)" ON "(\w+)"[^;]*\bWHERE\b/g)])
    .map((m) => `${m[2]}.${m[1]}`);
  return [...new Set([...checks, ...partialIndexes])].sort();
}

describe('drift between prisma/migrations and prisma/schema.prisma', () => {
  let report: DriftReport;
  let schema: string;
  beforeAll(async () => {
    schema = await readSchema();
    report = await checkDrift({ schemaText: schema });
  });

  it('has none', () => {
    expect(report.differences).toEqual([]);
    expect(report.migrations.length).toBeGreaterThan(0);
    expect(report.fromSchema.tables.length).toBeGreaterThan(10);
    expect(report.fromSchema.enums.length).toBeGreaterThan(5);
  });

  it('reports the hand-written CHECK constraints as allowed extras, and only those', async () => {
    const expected = await handWrittenChecks();
    expect(expected.length).toBeGreaterThanOrEqual(11);
    expect(expected).toContain('request.request_location_check');
    expect(report.extraChecks.map((c) => `${c.table}.${c.name}`).sort()).toEqual(expected);
    const location = report.extraChecks.find((c) => c.name === 'request_location_check');
    // Repair requests name a premises or a common area; e-service applications never a common area.
    expect(location?.definition).toMatch(/\(premises_id IS NULL\) <> \(common_area IS NULL\)/);
    expect(location?.definition).toMatch(/E_SERVICE/);
  });

  it('sees a changed schema that no migration follows', async () => {
    let changed = mutate(
      schema,
      '  timeZone    String   @map("time_zone")\n',
      '  timeZone    String   @map("time_zone")\n  nickname    String?  @db.VarChar(40)\n',
    );
    changed = mutate(
      changed,
      'code        String   @unique @db.VarChar(8)',
      'code        String   @unique @db.VarChar(9)',
    );
    changed = mutate(changed, '  @@index([kind])\n  @@map("organization")', '  @@map("organization")');
    changed = mutate(
      changed,
      'floors                 Int     @default(5) @db.SmallInt',
      'floors                 Int     @default(6) @db.SmallInt',
    );
    changed = mutate(changed, '  SENT\n  FAILED\n}', '  SENT\n  FAILED\n  CANCELLED\n}');
    const { differences, extraChecks } = compareCatalogs(
      report.fromMigrations,
      await catalogFromSchema(changed),
    );
    expect(differences).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^table "city": column "nickname" only in schema\.prisma \(character varying\(40\) NULL\)$/,
        ),
        expect.stringMatching(
          /^table "city": column "code" differs — migrations: character varying\(8\) NOT NULL; schema\.prisma: character varying\(9\) NOT NULL$/,
        ),
        expect.stringMatching(/^table "organization": index "organization_kind_idx" only in migrations/),
        expect.stringMatching(/^table "building": column "floors" differs — .*DEFAULT 5.*DEFAULT 6/),
        expect.stringMatching(
          /^enum "NotificationStatus": labels differ — migrations: PENDING, SENT, FAILED; schema\.prisma: PENDING, SENT, FAILED, CANCELLED$/,
        ),
      ]),
    );
    expect(differences).toHaveLength(5);
    // The hand-written checks stay allowed extras and do not count as drift.
    expect(extraChecks).toHaveLength(report.extraChecks.length);
  });

  it('treats any other difference as drift, in either direction', () => {
    const base = report.fromMigrations;
    const clone = (): Catalog => structuredClone(base);
    const request = (c: Catalog) => c.tables.find((t) => t.name === 'request')!;

    // A CHECK only schema.prisma's database has (Prisma never writes one, but it would be drift).
    const withExtraCheck = clone();
    request(withExtraCheck).constraints.push({
      name: 'request_new_check',
      type: 'check',
      definition: 'CHECK (true)',
    });
    expect(compareCatalogs(base, withExtraCheck).differences).toEqual([
      'table "request": constraint "request_new_check" only in schema.prisma (check: CHECK (true))',
    ]);

    // A CHECK on both sides with different definitions.
    const changedCheck = clone();
    request(changedCheck).constraints.find((c) => c.name === 'request_version_check')!.definition =
      'CHECK ((version >= 0))';
    expect(compareCatalogs(base, changedCheck).differences).toEqual([
      expect.stringMatching(/^table "request": constraint "request_version_check" differs/),
    ]);

    // A foreign key only in the migrations is drift, not an allowed extra.
    const withoutFk = clone();
    request(withoutFk).constraints = request(withoutFk).constraints.filter(
      (c) => c.name !== 'request_city_id_fkey',
    );
    expect(compareCatalogs(base, withoutFk).differences).toEqual([
      expect.stringMatching(
        /^table "request": constraint "request_city_id_fkey" only in migrations \(foreign key: /,
      ),
    ]);

    // A whole table only on one side.
    const withoutTable = clone();
    withoutTable.tables = withoutTable.tables.filter((t) => t.name !== 'notification');
    expect(compareCatalogs(base, withoutTable).differences).toEqual([
      'table "notification": only in migrations',
    ]);
  });
});
