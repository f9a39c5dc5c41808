// The housing-stock import against a real database: a file with a bad row writes nothing and reports the row
// and column; "valid rows only" writes the rest; the same file again changes nothing; a changed file updates
// what changed and keeps what a blank cell does not say; the database's own view (a contractor named as a
// managing company, a new district without a name) is checked before anything is written.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../config.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { importHousingStock } from './import-housing-stock.ts';
import { readCsv } from './read-import-file.ts';

let db: TestDatabase;
let cityId: string;
const sample = readFileSync(path.join(repoRoot, 'docs', 'samples', 'buildings.csv'));
const deps = () => ({ db: db.prisma, clock: () => new Date('2026-12-04T10:00:00Z') });
const run = (bytes: Buffer, validRowsOnly = false) =>
  importHousingStock(
    deps(),
    { cityId, actor: null },
    { ...readCsv(bytes), bytes },
    { source: 'test.csv', validRowsOnly },
  );

const counts = async () => ({
  districts: await db.prisma.district.count({ where: { cityId } }),
  organizations: await db.prisma.organization.count({ where: { cityId } }),
  buildings: await db.prisma.building.count({ where: { district: { cityId } } }),
  premises: await db.prisma.premises.count({ where: { building: { district: { cityId } } } }),
});

beforeAll(async () => {
  db = await createTestDatabase();
  const city = await db.prisma.city.create({
    data: {
      code: 'ALA',
      name: { ru: 'Алматы' },
      countryCode: 'KZ',
      timeZone: 'Asia/Almaty',
      currency: 'KZT',
    },
  });
  cityId = city.id;
  await db.prisma.organization.create({ data: { cityId, kind: 'CONTRACTOR', name: 'ТОО «Кровля»' } });
}, 120_000);
afterAll(() => db?.close());

describe('the housing-stock import', () => {
  it('reads semicolon files with a BOM, and reports a bad row without writing anything', async () => {
    const bad = Buffer.from(
      '\uFEFFdistrict_code;street;house_number;premises;floors\n' +
        'almaly;ул. Абая;1;1-10;5\n' +
        'almaly;ул. Абая;2;1-10;пять\n',
    );
    const result = await run(bad);
    expect(result).toMatchObject({ rows: 2, valid: 0, written: false });
    // The first row's district is new and has no name anywhere in the file: reported too.
    expect(result.issues).toEqual([
      { row: 2, column: 'district_name', code: 'required' },
      { row: 3, column: 'floors', code: 'invalid_number' },
    ]);
    expect(await counts()).toEqual({ districts: 0, organizations: 1, buildings: 0, premises: 0 });
  });

  it('imports the sample file, then changes nothing when it is imported again', async () => {
    const first = await run(sample);
    expect(first).toMatchObject({
      rows: 10,
      valid: 10,
      issues: [],
      written: true,
      created: { districts: 3, organizations: 4, buildings: 10, premises: 967 },
      updated: { buildings: 0, premises: 0 },
    });
    const after = await counts();
    expect(after).toEqual({ districts: 3, organizations: 5, buildings: 10, premises: 967 });
    const abai = await db.prisma.building.findFirstOrThrow({
      where: { street: 'ул. Абая', houseNumber: '10' },
      include: {
        managingOrganization: true,
        premises: { where: { kind: 'NON_RESIDENTIAL' } },
        district: true,
      },
    });
    expect(abai).toMatchObject({
      floors: 9,
      latitude: 43.2402,
      longitude: 76.9194,
      managingOrganization: { name: 'КСК «Абай-10»', kind: 'MANAGEMENT_COMPANY' },
      district: { code: 'almaly', name: { ru: 'Алмалинский район', kk: 'Алмалинский район' } },
    });
    expect(abai.premises.map((p) => p.number).sort()).toEqual(['Н1', 'Н2']);

    const again = await run(sample);
    expect(again).toMatchObject({
      written: true,
      created: { districts: 0, organizations: 0, buildings: 0, premises: 0 },
      updated: { buildings: 0, premises: 0 },
    });
    expect(await counts()).toEqual(after);
    const audit = await db.prisma.auditLog.findMany({ where: { action: 'import.buildings' } });
    expect(audit).toHaveLength(2);
    expect(audit[0]!.details).toMatchObject({
      via: 'cli',
      source: 'test.csv',
      rows: 10,
      sha256: expect.any(String),
    });
  });

  it('updates what a changed file says, keeps what a blank cell does not, adds new flats', async () => {
    const changed = Buffer.from(
      'district_code,street,house_number,premises,floors,managing_organization,latitude,longitude\n' +
        'almaly,ул. Абая,10,1-74,10,ООО «Алмалы Сервис»,,\n',
    );
    const result = await run(changed);
    expect(result).toMatchObject({
      written: true,
      created: { buildings: 0, premises: 2 },
      updated: { buildings: 1, premises: 0 },
    });
    const abai = await db.prisma.building.findFirstOrThrow({
      where: { street: 'ул. Абая', houseNumber: '10' },
      include: { managingOrganization: true },
    });
    expect(abai).toMatchObject({
      floors: 10,
      latitude: 43.2402,
      managingOrganization: { name: 'ООО «Алмалы Сервис»' },
    });
  });

  it('refuses a contractor as a managing company; with "valid rows only" imports the rest', async () => {
    const mixed = Buffer.from(
      'district_code,district_name,street,house_number,premises,managing_organization\n' +
        'medeu,Медеуский район,ул. Кунаева,1,1-20,ТОО «Кровля»\n' +
        'medeu,Медеуский район,ул. Кунаева,3,1-20,\n' +
        'medeu,Медеуский район,ул. Кунаева,3,1-20,\n',
    );
    const before = await counts();
    const refused = await run(mixed);
    expect(refused.written).toBe(false);
    expect(refused.issues).toEqual([
      { row: 2, column: 'managing_organization', code: 'wrong_kind' },
      { row: 4, column: 'house_number', code: 'duplicate_row' },
    ]);
    expect(await counts()).toEqual(before);

    const partial = await run(mixed, true);
    expect(partial).toMatchObject({
      written: true,
      valid: 1,
      created: { districts: 1, buildings: 1, premises: 20 },
    });
    expect(await db.prisma.building.count({ where: { street: 'ул. Кунаева' } })).toBe(1);
  });
});
