// `pnpm bench:import`: the housing-stock import at city scale on PostgreSQL: BENCH_BUILDINGS buildings (2,000) ×
// BENCH_FLATS flats (50) = 100,000 premises, parsed and checked and written by citydesk's import (the service the
// CLI and the upload page call), then imported again (nothing changes), beside a raw-pg bulk insert of the same
// rows in the same run. One JSON line per case on stdout, progress on stderr.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createPrismaClient } from '../../apps/api/src/infra/db/database.ts';
import { migrateDatabase } from '../../apps/api/src/infra/db/migrate.ts';
import { importHousingStock } from '../../apps/api/src/services/imports/import-housing-stock.ts';
import { readCsv } from '../../apps/api/src/services/imports/read-import-file.ts';
import { baselineImport } from './baseline.ts';
import { housingStockCsv } from './generate.ts';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error('bench:import needs DATABASE_URL (a PostgreSQL server; the bench creates its own databases)');
  process.exit(2);
}
const buildings = Number(process.env.BENCH_BUILDINGS ?? 2_000);
const flats = Number(process.env.BENCH_FLATS ?? 50);
const started = performance.now();
const log = (message: string) =>
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${message}\n`);

async function freshDatabase(name: string): Promise<{ url: string; cityId: string }> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  await migrateDatabase(url.toString());
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const city = await client.query<{ id: string }>(
    `INSERT INTO city (code, name, country_code, time_zone, currency)
     VALUES ('BEN', '{"ru":"Бенчмарк"}', 'KZ', 'Asia/Almaty', 'KZT') RETURNING id::text`,
  );
  await client.end();
  return { url: url.toString(), cityId: city.rows[0]!.id };
}

const time = async (work: () => Promise<unknown>) => {
  const at = performance.now();
  await work();
  return performance.now() - at;
};

const csv = Buffer.from(housingStockCsv(buildings, flats));
const premises = buildings * flats + Math.ceil(buildings / 10) * 2;
log(`${buildings} buildings, ${premises} premises, ${(csv.length / 1e6).toFixed(1)} MB of CSV`);

const base = await freshDatabase('citydesk_bench_import_baseline');
log('baseline: raw pg bulk insert');
const baselineMs = await time(() => baselineImport(base.url, base.cityId, buildings, flats));

const target = await freshDatabase('citydesk_bench_import');
const db = createPrismaClient(target.url, 2);
const run = (label: string) =>
  time(async () => {
    const result = await importHousingStock(
      { db, clock: () => new Date() },
      { cityId: target.cityId, actor: null },
      { ...readCsv(csv), bytes: csv },
      {
        source: 'bench.csv',
        onProgress: (done, total) => done === total && log(`${label}: ${done}/${total} buildings`),
      },
    );
    if (!result.written || result.issues.length > 0)
      throw new Error(`import refused: ${JSON.stringify(result.issues.slice(0, 3))}`);
    return result;
  });
log('citydesk: first import');
const firstMs = await run('first');
log('citydesk: the same file again');
const againMs = await run('again');
const count = await db.premises.count();
await db.$disconnect();
if (count !== premises) throw new Error(`expected ${premises} premises, found ${count}`);

const line = (fields: Record<string, unknown>) => console.log(JSON.stringify({ bench: 'import', ...fields }));
const rounded = (ms: number) => Math.round(ms);
line({
  case: 'housing_stock_first',
  target: 'citydesk',
  buildings,
  premises,
  ms: rounded(firstMs),
  premises_per_s: Math.round(premises / (firstMs / 1000)),
  baseline_ms: rounded(baselineMs),
  ratio: Number((firstMs / baselineMs).toFixed(1)),
  goal_ms: 60_000,
});
line({
  case: 'housing_stock_again',
  target: 'citydesk',
  buildings,
  premises,
  ms: rounded(againMs),
  rows_per_s: Math.round(buildings / (againMs / 1000)),
  baseline_ms: rounded(baselineMs),
  ratio: Number((againMs / baselineMs).toFixed(1)),
});
line({ case: 'housing_stock', target: 'baseline', buildings, premises, ms: rounded(baselineMs) });
