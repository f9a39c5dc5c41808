// The same housing stock written with raw `pg`, the least a database can be asked to do: one transaction,
// bulk unnest inserts (districts, companies, buildings, premises), no validation, no report, no audit.
import pg from 'pg';

export async function baselineImport(
  url: string,
  cityId: string,
  buildings: number,
  flats: number,
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const districts = await client.query<{ id: string; code: string }>(
      `INSERT INTO district (city_id, code, name)
       SELECT $1, 'district-' || n, jsonb_build_object('ru', 'Район ' || (n + 1)) FROM generate_series(0, 19) n
       RETURNING id::text, code`,
      [cityId],
    );
    const companies = await client.query<{ id: string; name: string }>(
      `INSERT INTO organization (city_id, kind, name)
       SELECT $1, 'MANAGEMENT_COMPANY', 'УК «Компания ' || n || '»' FROM generate_series(1, 40) n
       RETURNING id::text, name`,
      [cityId],
    );
    const districtIds = new Map(districts.rows.map((d) => [d.code, d.id]));
    const companyIds = new Map(companies.rows.map((c) => [c.name, c.id]));
    const rows = Array.from({ length: buildings }, (_, i) => ({
      district: districtIds.get(`district-${i % 20}`)!,
      street: `ул. Улица ${Math.floor(i / 40) + 1}`,
      house: String((i % 40) + 1),
      company: companyIds.get(`УК «Компания ${(i % 40) + 1}»`)!,
    }));
    const built = await client.query<{ id: string }>(
      `INSERT INTO building (district_id, street, house_number, managing_organization_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[]) RETURNING id::text`,
      [
        rows.map((r) => r.district),
        rows.map((r) => r.street),
        rows.map((r) => r.house),
        rows.map((r) => r.company),
      ],
    );
    const ids = built.rows.map((b) => b.id);
    for (let start = 0; start < ids.length; start += 200) {
      const chunk = ids.slice(start, start + 200);
      await client.query(
        `INSERT INTO premises (building_id, number)
         SELECT b, n::text FROM unnest($1::uuid[]) b, generate_series(1, $2) n`,
        [chunk, flats],
      );
    }
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}
