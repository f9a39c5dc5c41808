// Writes a housing-stock file (buildings with their district, managing company and premises) into a city by
// natural key: missing rows are inserted, changed attributes updated, the rest left alone, so the same file
// imported twice changes nothing the second time. All or nothing: with any problem (in the file, or against
// what the city holds: a new district without a name, a "managing company" that is a contractor) nothing is
// written, unless the operator asked for the valid rows alone. Bulk statements (unnest), in one transaction.
import { createHash } from 'node:crypto';
import { locales, parseHousingStock, type HousingStockRow, type ImportIssue } from '@citydesk/domain';
import type { Tx } from '../../infra/db/database.ts';
import { recordAudit, type AuditActor } from '../audit/record-audit.ts';
import type { ServiceDeps } from '../context.ts';
import type { ImportFile } from './read-import-file.ts';

export interface ImportTarget {
  cityId: string;
  /** Who imports; null = the command line (the operator of the machine). */
  actor: AuditActor | null;
}

export interface ImportOptions {
  /** Check only: report what importing would find, write nothing. */
  dryRun?: boolean;
  /** Write the valid rows even when others have problems. */
  validRowsOnly?: boolean;
  /** Where the rows come from (a file name), for the audit trail. */
  source: string;
  /** Called as buildings are written: how many of how many. */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportResult {
  rows: number;
  valid: number;
  issues: ImportIssue[];
  /** False when problems stopped the import (nothing was written). */
  written: boolean;
  created: { districts: number; organizations: number; buildings: number; premises: number };
  updated: { buildings: number; premises: number };
}

const BUILDING_CHUNK = 1_000;
const PREMISES_CHUNK = 10_000;

const nothingWritten = { districts: 0, organizations: 0, buildings: 0, premises: 0 };

export async function importHousingStock(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  target: ImportTarget,
  file: ImportFile & { bytes?: Buffer },
  options: ImportOptions,
): Promise<ImportResult> {
  const parsed = parseHousingStock(file.header, file.rows);
  return deps.db.$transaction(
    async (tx) => {
      const checked = await checkAgainstCity(tx, target.cityId, parsed.valid);
      const issues = [...parsed.issues, ...checked.issues].sort((a, b) => a.row - b.row);
      const base = { rows: parsed.rows, valid: checked.rows.length, issues };
      if (options.dryRun || checked.rows.length === 0 || (issues.length > 0 && !options.validRowsOnly))
        return { ...base, written: false, created: nothingWritten, updated: { buildings: 0, premises: 0 } };

      const rows = checked.rows;
      const districts = await writeDistricts(tx, target.cityId, rows);
      const organizations = await writeOrganizations(tx, target.cityId, rows);
      const buildings = { created: 0, updated: 0 };
      const premises = { created: 0, updated: 0 };
      for (let start = 0; start < rows.length; start += BUILDING_CHUNK) {
        const chunk = rows.slice(start, start + BUILDING_CHUNK);
        const written = await writeBuildings(tx, chunk, districts.ids, organizations.ids);
        buildings.created += written.created;
        buildings.updated += written.updated;
        const flats = await writePremises(tx, chunk, districts.ids, written.ids);
        premises.created += flats.created;
        premises.updated += flats.updated;
        options.onProgress?.(Math.min(start + BUILDING_CHUNK, rows.length), rows.length);
      }
      const result: ImportResult = {
        ...base,
        written: true,
        created: {
          districts: districts.created,
          organizations: organizations.created,
          buildings: buildings.created,
          premises: premises.created,
        },
        updated: { buildings: buildings.updated, premises: premises.updated },
      };
      await recordAudit(tx, {
        action: 'import.buildings',
        actor: target.actor,
        target: { type: 'city', id: target.cityId },
        details: {
          via: target.actor ? 'upload' : 'cli',
          source: options.source.slice(0, 200),
          ...(file.bytes ? { sha256: createHash('sha256').update(file.bytes).digest('hex') } : {}),
          rows: result.rows,
          valid: result.valid,
          skipped: issues.length > 0 ? new Set(issues.map((i) => i.row)).size : 0,
          created: result.created,
          updated: result.updated,
        },
        at: deps.clock(),
      });
      return result;
    },
    { maxWait: 10_000, timeout: 600_000 },
  );
}

type Row = { row: number; value: HousingStockRow };

/** Problems only the city's data reveals: a new district needs a name; a managing company must be one. */
async function checkAgainstCity(
  tx: Tx,
  cityId: string,
  rows: Row[],
): Promise<{ rows: Row[]; issues: ImportIssue[] }> {
  const codes = [...new Set(rows.map((r) => r.value.districtCode))];
  const existing = new Set(
    (await tx.district.findMany({ where: { cityId, code: { in: codes } }, select: { code: true } })).map(
      (d) => d.code,
    ),
  );
  const named = new Set(rows.filter((r) => r.value.districtName).map((r) => r.value.districtCode));
  const names = [
    ...new Set(rows.flatMap((r) => (r.value.managingOrganization ? [r.value.managingOrganization] : []))),
  ];
  const otherKind = new Set(
    (
      await tx.organization.findMany({
        where: { cityId, name: { in: names }, kind: { not: 'MANAGEMENT_COMPANY' } },
        select: { name: true },
      })
    ).map((o) => o.name),
  );
  const issues: ImportIssue[] = [];
  const ok = rows.filter((r) => {
    const found: ImportIssue[] = [];
    if (!existing.has(r.value.districtCode) && !named.has(r.value.districtCode))
      found.push({ row: r.row, column: 'district_name', code: 'required' });
    if (r.value.managingOrganization && otherKind.has(r.value.managingOrganization))
      found.push({ row: r.row, column: 'managing_organization', code: 'wrong_kind' });
    issues.push(...found);
    return found.length === 0;
  });
  return { rows: ok, issues };
}

async function writeDistricts(tx: Tx, cityId: string, rows: Row[]) {
  const firstName = new Map<string, string>();
  for (const { value } of rows)
    if (value.districtName && !firstName.has(value.districtCode))
      firstName.set(value.districtCode, value.districtName);
  const { count } = await tx.district.createMany({
    data: [...firstName].map(([code, name]) => ({
      cityId,
      code,
      name: Object.fromEntries(locales.map((l) => [l, name])),
    })),
    skipDuplicates: true,
  });
  const codes = [...new Set(rows.map((r) => r.value.districtCode))];
  const ids = new Map(
    (
      await tx.district.findMany({ where: { cityId, code: { in: codes } }, select: { id: true, code: true } })
    ).map((d) => [d.code, d.id]),
  );
  return { created: count, ids };
}

async function writeOrganizations(tx: Tx, cityId: string, rows: Row[]) {
  const names = [
    ...new Set(rows.flatMap((r) => (r.value.managingOrganization ? [r.value.managingOrganization] : []))),
  ];
  const { count } = await tx.organization.createMany({
    data: names.map((name) => ({ cityId, kind: 'MANAGEMENT_COMPANY' as const, name })),
    skipDuplicates: true,
  });
  const ids = new Map(
    (
      await tx.organization.findMany({
        where: { cityId, name: { in: names } },
        select: { id: true, name: true },
      })
    ).map((o) => [o.name, o.id]),
  );
  return { created: count, ids };
}

const buildingKey = (districtId: string, street: string, houseNumber: string) =>
  `${districtId}\u0000${street}\u0000${houseNumber}`;

/** Inserts the chunk's buildings, updates what changed (a blank optional cell keeps what is there). */
async function writeBuildings(
  tx: Tx,
  rows: Row[],
  districtIds: Map<string, string>,
  organizationIds: Map<string, string>,
) {
  const districts = rows.map((r) => districtIds.get(r.value.districtCode)!);
  const streets = rows.map((r) => r.value.street);
  const houses = rows.map((r) => r.value.houseNumber);
  const floors = rows.map((r) => r.value.floors);
  const managers = rows.map((r) =>
    r.value.managingOrganization ? organizationIds.get(r.value.managingOrganization)! : null,
  );
  const changed = await tx.$queryRaw<{ inserted: boolean }[]>`
    WITH input AS (
      SELECT * FROM unnest(${districts}::uuid[], ${streets}::text[], ${houses}::text[], ${floors}::smallint[],
                           ${managers}::uuid[], ${rows.map((r) => r.value.latitude)}::float8[],
                           ${rows.map((r) => r.value.longitude)}::float8[]) AS t(d, s, h, f, o, la, lo))
    INSERT INTO building AS b (district_id, street, house_number, floors, managing_organization_id, latitude, longitude)
    SELECT i.d, i.s, i.h, COALESCE(i.f, e.floors, 5), COALESCE(i.o, e.managing_organization_id),
           COALESCE(i.la, e.latitude), COALESCE(i.lo, e.longitude)
      FROM input i
      LEFT JOIN building e ON e.district_id = i.d AND e.street = i.s AND e.house_number = i.h
    ON CONFLICT (district_id, street, house_number) DO UPDATE SET
      floors = excluded.floors, managing_organization_id = excluded.managing_organization_id,
      latitude = excluded.latitude, longitude = excluded.longitude
    WHERE (b.floors, b.managing_organization_id, b.latitude, b.longitude) IS DISTINCT FROM
          (excluded.floors, excluded.managing_organization_id, excluded.latitude, excluded.longitude)
    RETURNING (xmax = 0) AS inserted`;
  const found = await tx.$queryRaw<
    { id: string; district_id: string; street: string; house_number: string }[]
  >`
    SELECT b.id::text, b.district_id::text, b.street, b.house_number
      FROM building b
      JOIN unnest(${districts}::uuid[], ${streets}::text[], ${houses}::text[]) AS t(d, s, h)
        ON b.district_id = t.d AND b.street = t.s AND b.house_number = t.h`;
  const ids = new Map(found.map((b) => [buildingKey(b.district_id, b.street, b.house_number), b.id]));
  const created = changed.filter((c) => c.inserted).length;
  return { created, updated: changed.length - created, ids };
}

async function writePremises(
  tx: Tx,
  rows: Row[],
  districtIds: Map<string, string>,
  buildingIds: Map<string, string>,
) {
  const buildings: string[] = [];
  const numbers: string[] = [];
  const kinds: string[] = [];
  for (const { value } of rows) {
    const id = buildingIds.get(
      buildingKey(districtIds.get(value.districtCode)!, value.street, value.houseNumber),
    )!;
    const add = (number: string, kind: string) => {
      buildings.push(id);
      numbers.push(number);
      kinds.push(kind);
    };
    for (const n of value.apartments) add(n, 'APARTMENT');
    for (const n of value.nonResidential) add(n, 'NON_RESIDENTIAL');
  }
  let created = 0;
  let updated = 0;
  for (let start = 0; start < numbers.length; start += PREMISES_CHUNK) {
    const end = start + PREMISES_CHUNK;
    const changed = await tx.$queryRaw<{ inserted: boolean }[]>`
      INSERT INTO premises AS p (building_id, number, kind)
      SELECT * FROM unnest(${buildings.slice(start, end)}::uuid[], ${numbers.slice(start, end)}::text[],
                           ${kinds.slice(start, end)}::"PremisesKind"[])
      ON CONFLICT (building_id, number) DO UPDATE SET kind = excluded.kind
      WHERE p.kind IS DISTINCT FROM excluded.kind
      RETURNING (xmax = 0) AS inserted`;
    const inserted = changed.filter((c) => c.inserted).length;
    created += inserted;
    updated += changed.length - inserted;
  }
  return { created, updated };
}
