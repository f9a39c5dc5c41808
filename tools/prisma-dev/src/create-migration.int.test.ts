// `pnpm db:new-migration` end to end, in temporary copies of prisma/migrations (never the real one).
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigration, isEmptySql, migrationTimestamp, NewMigrationError } from './create-migration.ts';
import { migrationsDir, readSchema } from './prisma6.ts';

const addColumn = (schema: string, line: string) => {
  const anchor = '  timeZone    String   @map("time_zone")\n';
  if (!schema.includes(anchor)) throw new Error('schema.prisma changed: update the anchor in this test');
  return schema.replace(anchor, `${anchor}${line}\n`);
};

describe('createMigration', () => {
  let scratch: string;
  let schema: string;
  const copyOfMigrations = async (name: string) => {
    const dir = path.join(scratch, name);
    await cp(migrationsDir, dir, { recursive: true });
    return dir;
  };
  let committed: string[] = [];
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'prisma-dev-test-'));
    schema = await readSchema();
    committed = (await readdir(migrationsDir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it('formats timestamps and recognises empty SQL', () => {
    expect(migrationTimestamp(new Date('2027-01-02T03:04:05.678Z'))).toBe('20270102030405');
    expect(isEmptySql('-- This is an empty migration.\n')).toBe(true);
    expect(isEmptySql('/* a\n b */\n-- c\n\n')).toBe(true);
    expect(isEmptySql('-- AlterTable\nALTER TABLE "x" ADD COLUMN "y" TEXT;\n')).toBe(false);
  });

  it('rejects names that are not snake_case', async () => {
    for (const name of ['AddThing', 'add-thing', 'add__thing', '_add', '1add', ''])
      await expect(createMigration({ name, migrationsDir: scratch })).rejects.toThrow(/snake_case/);
  });

  it('writes the migration from the previous schema to the working one, verified against the drift check', async () => {
    const dir = await copyOfMigrations('add-column');
    const changed = addColumn(schema, '  nickname    String?  @db.VarChar(40)');
    const result = await createMigration({
      name: 'add_city_nickname',
      fromSchemaText: schema,
      schemaText: changed,
      migrationsDir: dir,
      now: new Date('2027-01-02T03:04:05Z'),
    });
    expect(result.name).toBe('20270102030405_add_city_nickname');
    expect(result.file).toBe(path.join(dir, '20270102030405_add_city_nickname', 'migration.sql'));
    const sql = await readFile(result.file, 'utf8');
    expect(sql).toBe(result.sql);
    expect(sql).toContain('ALTER TABLE "city" ADD COLUMN     "nickname" VARCHAR(40);');
    expect(sql).not.toMatch(/CHECK|DROP/);
    // (createMigration resolved, so its drift check of init + this migration against `changed` passed.)

    // Running again from a stale "previous schema" (as when HEAD lacks the migration just written)
    // would repeat the column: the verification refuses and writes nothing.
    const changedTwice = addColumn(changed, '  motto       String?');
    await expect(
      createMigration({
        name: 'add_city_motto',
        fromSchemaText: schema,
        schemaText: changedTwice,
        migrationsDir: dir,
        now: new Date('2027-01-02T03:05:00Z'),
      }),
    ).rejects.toThrow(/does not reproduce prisma\/schema\.prisma[\s\S]*nickname/);
    expect((await readdir(dir)).sort()).toEqual(
      [...committed, '20270102030405_add_city_nickname', 'migration_lock.toml'].sort(),
    );
  });

  it('refuses an empty diff', async () => {
    const dir = await copyOfMigrations('empty');
    const attempt = createMigration({
      name: 'nothing',
      fromSchemaText: schema,
      schemaText: schema,
      migrationsDir: dir,
    });
    await expect(attempt).rejects.toBeInstanceOf(NewMigrationError);
    await expect(attempt).rejects.toThrow(/no schema changes/);
    expect((await readdir(dir)).sort()).toEqual([...committed, 'migration_lock.toml'].sort());
  });

  it('writes an empty migration for hand-written SQL when asked to', async () => {
    const dir = await copyOfMigrations('hand-written');
    const result = await createMigration({
      name: 'add_checks',
      empty: true,
      migrationsDir: dir,
      now: new Date('2027-02-01T00:00:00Z'),
    });
    expect(result.name).toBe('20270201000000_add_checks');
    expect(isEmptySql(await readFile(result.file, 'utf8'))).toBe(true);
  });

  it('refuses a timestamp that is not after the latest migration', async () => {
    const dir = await copyOfMigrations('clock');
    await expect(
      createMigration({
        name: 'late',
        empty: true,
        migrationsDir: dir,
        now: new Date('2026-11-25T00:00:00Z'),
      }),
    ).rejects.toThrow(/not after the latest migration/);
  });

  it('diffs the first migration from empty, without asking git', async () => {
    const dir = path.join(scratch, 'first');
    const result = await createMigration({
      name: 'init',
      schemaText: schema,
      migrationsDir: dir,
      verify: false,
    });
    expect(result.sql).toContain('CREATE TABLE "request"');
    expect(await readFile(path.join(dir, 'migration_lock.toml'), 'utf8')).toContain(
      'provider = "postgresql"',
    );
    // The whole current schema, as one migration.
    expect(result.sql).toContain('"position" BIGSERIAL NOT NULL');
    expect(result.sql).toContain('"verified_at" TIMESTAMPTZ(3)');
  });
});
