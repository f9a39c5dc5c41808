// `pnpm citydesk import <kind> <file>`: a city's data from a CSV file, checked first (a report names each bad
// row and column), written only when the whole file is valid unless --valid-rows-only; importing the same
// file twice changes nothing. A progress line on stderr while it writes.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTranslator, type MessageKey } from '@citydesk/i18n';
import { loadConfig } from '../config.ts';
import { DataDirInUseError } from '../infra/db/data-dir-lock.ts';
import { openDatabase, type Db } from '../infra/db/database.ts';
import { importers } from '../services/imports/import-city-data.ts';
import type { ImportResult } from '../services/imports/import-housing-stock.ts';
import { readCsv } from '../services/imports/read-import-file.ts';

export const importUsage = `  import <kind> <file.csv> [--valid-rows-only] [--city CODE]
        Imports a city's data; kinds: buildings (housing stock: districts, buildings, premises, managing
        companies; see docs/samples/). Nothing is written while any row is invalid, unless --valid-rows-only.`;

const plannedKinds = ['residents', 'accounts', 'meters'];

export async function runImportCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'valid-rows-only': { type: 'boolean' },
        city: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    });
  } catch (error) {
    console.error(`citydesk import: ${(error as Error).message}\nusage: pnpm citydesk${importUsage}`);
    return 2;
  }
  const [kind, file] = parsed.positionals;
  if (parsed.values.help) {
    console.log(`usage: pnpm citydesk${importUsage}`);
    return 0;
  }
  if (kind && plannedKinds.includes(kind)) {
    console.error(
      `citydesk import: importing ${kind} is not available yet; kinds: ${Object.keys(importers).join(', ')}`,
    );
    return 2;
  }
  if (!kind || !(kind in importers) || !file || parsed.positionals.length > 2) {
    console.error(`usage: pnpm citydesk${importUsage}`);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path.resolve(process.env.INIT_CWD ?? process.cwd(), file));
  } catch (error) {
    console.error(`citydesk import: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
    return 1;
  }

  const config = loadConfig();
  let db;
  try {
    db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      console.error(
        `citydesk import: ${error.message}; stop the server first (or upload the file in the app).`,
      );
      return 1;
    }
    throw error;
  }
  try {
    const city = await chooseCity(db.prisma, parsed.values.city);
    if (typeof city === 'string') {
      console.error(`citydesk import: ${city}`);
      return 1;
    }
    const progress = progressLine(`${kind} → ${city.code}`);
    const result = await importers[kind as keyof typeof importers](
      { db: db.prisma, clock: () => new Date() },
      { cityId: city.id, actor: null },
      { ...readCsv(bytes), bytes },
      {
        validRowsOnly: Boolean(parsed.values['valid-rows-only']),
        source: path.basename(file),
        onProgress: progress,
      },
    );
    report(result);
    return result.written && (result.issues.length === 0 || parsed.values['valid-rows-only']) ? 0 : 1;
  } finally {
    await db.close();
  }
}

async function chooseCity(db: Db, code: string | undefined) {
  const cities = await db.city.findMany({ select: { id: true, code: true }, orderBy: { createdAt: 'asc' } });
  if (cities.length === 0) return 'no city yet: run `pnpm citydesk setup` first';
  if (code) return cities.find((c) => c.code === code.toUpperCase()) ?? `no city with the code ${code}`;
  if (cities.length > 1)
    return `several cities (${cities.map((c) => c.code).join(', ')}): name one with --city`;
  return cities[0]!;
}

/** A progress line: rewritten in place on a terminal, every tenth otherwise. */
function progressLine(label: string) {
  let lastTenth = -1;
  return (done: number, total: number) => {
    const percent = Math.floor((done / total) * 100);
    if (process.stderr.isTTY)
      process.stderr.write(`\r${label}: ${done}/${total} (${percent} %)${done === total ? '\n' : ''}`);
    else if (Math.floor(percent / 10) !== lastTenth) {
      lastTenth = Math.floor(percent / 10);
      process.stderr.write(`${label}: ${done}/${total} (${percent} %)\n`);
    }
  };
}

function report(result: ImportResult) {
  const { t } = createTranslator('en');
  for (const issue of result.issues.slice(0, 200))
    console.error(`row ${issue.row}, ${issue.column}: ${t(`validation.${issue.code}` as MessageKey)}`);
  if (result.issues.length > 200) console.error(`… and ${result.issues.length - 200} more problems`);
  const c = result.created;
  const u = result.updated;
  console.log(
    result.written
      ? `Imported ${result.valid} of ${result.rows} rows: created ${c.districts} districts, ${c.organizations} ` +
          `organizations, ${c.buildings} buildings, ${c.premises} premises; updated ${u.buildings} buildings, ` +
          `${u.premises} premises.`
      : `Nothing imported: ${result.issues.length} problems in ${result.rows} rows` +
          (result.valid > 0 ? ` (--valid-rows-only would import the ${result.valid} valid rows).` : '.'),
  );
}
