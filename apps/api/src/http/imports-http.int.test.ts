// POST /imports/:kind over HTTP, as the administrator's upload page calls it: check reports and writes nothing,
// import writes a valid file, import-valid writes the valid rows of a mixed one; only the administrator may,
// only with the upload header (CSRF), and errors are JSON in the caller's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApi, type DemoApi } from '../test/demo-api.ts';
import type { TestClient } from '../test/graphql-client.ts';

let world: DemoApi<'administrator' | 'dispatcher' | 'resident'>;
beforeAll(async () => {
  world = await startDemoApi(
    {
      administrator: 'admin@demo.citydesk',
      dispatcher: 'dispatcher@demo.citydesk',
      resident: 'resident@demo.citydesk',
    },
    'ru',
  );
}, 120_000);
afterAll(() => world?.close());

const valid =
  'district_code,district_name,street,house_number,premises,managing_organization\n' +
  'kirovsky,Кировский район,ул. Шамиля Усманова,5,1-30,УК «Кировская»\n';
const mixed = valid + 'kirovsky,,ул. Шамиля Усманова,7,кв. 5,\n';

async function upload(
  client: TestClient | null,
  csv: string,
  query = '',
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  form.append('file', new Blob([csv]), 'дома.csv');
  const response = await fetch(`${world.api.url}/imports/buildings${query}`, {
    method: 'POST',
    headers: {
      'x-citydesk-upload': '1',
      'x-citydesk-locale': 'ru',
      ...(client?.cookie ? { cookie: client.cookie } : {}),
      ...headers,
    },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const buildings = () => world.db.prisma.building.count({ where: { street: 'ул. Шамиля Усманова' } });

describe('POST /imports/buildings', () => {
  it('checks a file and writes nothing', async () => {
    const { status, body } = await upload(world.as.administrator, mixed, '?mode=check');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      rows: 2,
      valid: 1,
      written: false,
      issues: [{ row: 3, column: 'premises', code: 'invalid_format' }],
    });
    expect(await buildings()).toBe(0);
  });

  it('refuses to import a file with a bad row, imports its valid rows when asked', async () => {
    expect((await upload(world.as.administrator, mixed, '?mode=import')).body.written).toBe(false);
    expect(await buildings()).toBe(0);
    const { body } = await upload(world.as.administrator, mixed, '?mode=import-valid');
    expect(body).toMatchObject({ written: true, created: { buildings: 1, premises: 30, organizations: 1 } });
    expect(await buildings()).toBe(1);
    const audit = await world.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'import.buildings' } });
    expect(audit.details).toMatchObject({ via: 'upload', source: 'дома.csv', valid: 1, skipped: 1 });
    expect(audit.actorRole).toBe('ADMINISTRATOR');
  });

  it('is the administrator’s alone, needs the upload header, and answers bad input as JSON', async () => {
    const before = await buildings();
    expect(await upload(world.as.dispatcher, valid, '?mode=import')).toMatchObject({
      status: 403,
      body: { error: { code: 'NOT_ALLOWED' } },
    });
    expect((await upload(world.as.resident, valid, '?mode=import')).status).toBe(403);
    expect(await upload(null, valid, '?mode=import')).toMatchObject({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED' } },
    });
    expect(
      (await upload(world.as.administrator, valid, '?mode=import', { 'x-citydesk-upload': '0' })).status,
    ).toBe(403);
    const badMode = await upload(world.as.administrator, valid, '?mode=overwrite');
    expect(badMode).toMatchObject({
      status: 400,
      body: { error: { code: 'INVALID_INPUT', issues: [{ field: 'mode' }] } },
    });
    expect(badMode.body.error.message).toMatch(/[А-Яа-я]/);
    const noFile = await fetch(`${world.api.url}/imports/buildings`, {
      method: 'POST',
      headers: {
        'x-citydesk-upload': '1',
        cookie: world.as.administrator.cookie!,
        'content-type': 'text/csv',
      },
      body: valid,
    });
    expect(noFile.status).toBe(400);
    expect(await buildings()).toBe(before);
  });
});
