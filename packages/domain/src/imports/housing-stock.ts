// The housing-stock import (`citydesk import buildings`, the administrator's upload): one row per building with
// its district, address, managing organization and premises. Rows are checked here, purely; the service writes
// the valid ones by natural key (district code, street + house number in the district, premises number in the
// building, organization name in the city), so importing the same file again changes nothing.
import { codePointLength } from '../text.ts';
import type { ImportIssue, ImportRow, ParsedImport } from './import-report.ts';
import { missingColumns } from './import-report.ts';

export const housingStockColumns = [
  'district_code',
  'district_name',
  'street',
  'house_number',
  'floors',
  'premises',
  'non_residential',
  'managing_organization',
  'latitude',
  'longitude',
] as const;
export const requiredHousingStockColumns = ['district_code', 'street', 'house_number', 'premises'] as const;

/** At most this many premises per building (a range like 1-100000 is a typo, not a building). */
export const maxPremisesPerBuilding = 2_000;

export interface HousingStockRow {
  districtCode: string;
  /** Null: the district must exist already (or be named on another row). */
  districtName: string | null;
  street: string;
  houseNumber: string;
  floors: number | null;
  /** Flat numbers, in the file's order, without repeats. */
  apartments: string[];
  nonResidential: string[];
  managingOrganization: string | null;
  latitude: number | null;
  longitude: number | null;
}

const districtCodePattern = /^[a-z0-9][a-z0-9_-]{0,31}$/;
const premisesNumberPattern = /^[\p{L}\p{N}](?:[\p{L}\p{N}/-]{0,14}[\p{L}\p{N}])?$/u;

/**
 * Premises numbers from a list of numbers and ranges: `1-60, 62, 64А, 70-72`. Null when malformed, over
 * {@link maxPremisesPerBuilding}, or a number longer than the database allows (16).
 */
export function parsePremisesList(text: string): string[] | null {
  const numbers = new Set<string>();
  for (const part of text.split(/[,;]/).map((p) => p.trim())) {
    if (part === '') continue;
    const range = /^(\d{1,6})\s*[-–]\s*(\d{1,6})$/.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (from < 1 || to < from || to - from >= maxPremisesPerBuilding) return null;
      for (let n = from; n <= to; n += 1) numbers.add(String(n));
    } else if (premisesNumberPattern.test(part)) numbers.add(part);
    else return null;
    if (numbers.size > maxPremisesPerBuilding) return null;
  }
  return [...numbers];
}

function text(row: ImportRow, column: string): string {
  return (row[column] ?? '').trim();
}

/** Checks every row of a housing-stock file; reports each problem by row and column. */
export function parseHousingStock(
  header: readonly string[],
  rows: readonly ImportRow[],
): ParsedImport<HousingStockRow> {
  const headerIssues = missingColumns(header, requiredHousingStockColumns);
  if (headerIssues.length > 0) return { valid: [], issues: headerIssues, rows: rows.length };

  const issues: ImportIssue[] = [];
  const valid: ParsedImport<HousingStockRow>['valid'] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const line = index + 2;
    const found: ImportIssue[] = [];
    const issue = (column: string, code: ImportIssue['code']) => found.push({ row: line, column, code });
    const limited = (column: string, max: number, required: boolean) => {
      const value = text(row, column);
      if (value === '') {
        if (required) issue(column, 'required');
        return null;
      }
      if (codePointLength(value) > max) issue(column, 'too_long');
      return value;
    };

    const districtCode = text(row, 'district_code').toLowerCase();
    if (districtCode === '') issue('district_code', 'required');
    else if (!districtCodePattern.test(districtCode)) issue('district_code', 'invalid_format');
    const districtName = limited('district_name', 120, false);
    const street = limited('street', 200, true);
    const houseNumber = limited('house_number', 32, true);

    const floorsText = text(row, 'floors');
    const floors = floorsText === '' ? null : Number(floorsText);
    if (floors !== null && !Number.isInteger(floors)) issue('floors', 'invalid_number');
    else if (floors !== null && (floors < 1 || floors > 200))
      issue('floors', floors < 1 ? 'too_small' : 'too_large');

    const premisesText = text(row, 'premises');
    const apartments = premisesText === '' ? [] : parsePremisesList(premisesText);
    if (apartments === null) issue('premises', 'invalid_format');
    const nonResidential = parsePremisesList(text(row, 'non_residential'));
    if (nonResidential === null) issue('non_residential', 'invalid_format');
    if (premisesText === '' && (nonResidential?.length ?? 0) === 0) issue('premises', 'required');

    const managingOrganization = limited('managing_organization', 200, false);
    const coordinate = (column: 'latitude' | 'longitude', limit: number) => {
      const value = text(row, column).replace(',', '.');
      if (value === '') return null;
      const number = Number(value);
      if (!Number.isFinite(number)) issue(column, 'invalid_number');
      else if (Math.abs(number) > limit) issue(column, number < 0 ? 'too_small' : 'too_large');
      return number;
    };
    const latitude = coordinate('latitude', 90);
    const longitude = coordinate('longitude', 180);
    if ((latitude === null) !== (longitude === null))
      issue(latitude === null ? 'latitude' : 'longitude', 'required');

    if (street && houseNumber && districtCode) {
      const key = `${districtCode}\u0000${street.toLowerCase()}\u0000${houseNumber.toLowerCase()}`;
      if (seen.has(key)) issue('house_number', 'duplicate_row');
      else seen.set(key, line);
    }
    if (found.length > 0 || !street || !houseNumber || !apartments || !nonResidential) {
      issues.push(...found);
      return;
    }
    const residential = apartments.filter((n) => !nonResidential.includes(n));
    valid.push({
      row: line,
      value: {
        districtCode,
        districtName,
        street,
        houseNumber,
        floors,
        apartments: residential,
        nonResidential,
        managingOrganization,
        latitude,
        longitude,
      },
    });
  });
  return { valid, issues, rows: rows.length };
}
