// The audit trail and the requests' timelines are append-only in the database itself: the owner's own
// UPDATE, DELETE and TRUNCATE are refused by triggers (also those a cascade would make), rows can still be
// added, and nothing changes when a statement is refused.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { fileRequest } from '../requests/file-request.ts';
import { recordAudit } from './record-audit.ts';

let db: TestDatabase;
/** A plain connection of the database's owner, as someone at a psql prompt would have. */
let owner: pg.Client;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  const t = testDeps(db.prisma);
  const resident = await actorFor(db.prisma, 'resident@demo.citydesk');
  const home = await db.prisma.occupancy.findFirstOrThrow({ where: { userId: resident.userId } });
  const category = await db.prisma.serviceCategory.findUniqueOrThrow({ where: { code: 'roof_leak' } });
  await fileRequest(t.deps, resident, {
    categoryId: category.id,
    premisesId: home.premisesId,
    description: 'Water comes through the ceiling',
    contactPhone: '+79175551234',
  });
  const admin = await actorFor(db.prisma, 'admin@demo.citydesk');
  await recordAudit(db.prisma, {
    action: 'settings.city.update',
    actor: admin,
    target: { type: 'city', id: admin.cityId! },
    details: { before: { meterReadingFromDay: 15 }, after: { meterReadingFromDay: 10 } },
    at: new Date(),
  });
  owner = new pg.Client({ connectionString: db.url });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await db?.close();
});

const snapshot = async (table: string) =>
  (await owner.query(`SELECT * FROM "${table}" ORDER BY "position"`)).rows as unknown[];

describe.each(['audit_log', 'request_event'])('%s', (table) => {
  const column = table === 'audit_log' ? '"action" = \'auth.logout\'' : '"comment" = \'rewritten\'';

  it.each([
    ['UPDATE', `UPDATE "${table}" SET ${column}`],
    ['DELETE', `DELETE FROM "${table}"`],
    // CASCADE gets past the foreign keys that point at request_event (attachments), so the trigger answers.
    ['TRUNCATE', `TRUNCATE "${table}" CASCADE`],
  ])('refuses the owner’s %s and changes nothing', async (operation, statement) => {
    const before = await snapshot(table);
    expect(before.length).toBeGreaterThan(0);
    await expect(owner.query(statement)).rejects.toThrow(`${table} is append-only: ${operation} refused`);
    expect(await snapshot(table)).toEqual(before);
  });

  it('refuses a plain TRUNCATE too', async () => {
    const before = await snapshot(table);
    await expect(owner.query(`TRUNCATE "${table}"`)).rejects.toThrow(
      /append-only: TRUNCATE refused|cannot truncate a table referenced in a foreign key constraint/,
    );
    expect(await snapshot(table)).toEqual(before);
  });

  it('refuses it inside a transaction too, which then rolls back', async () => {
    const before = await snapshot(table);
    await owner.query('BEGIN');
    await expect(
      owner.query(`DELETE FROM "${table}" WHERE "position" = (SELECT max("position") FROM "${table}")`),
    ).rejects.toThrow('append-only');
    await owner.query('ROLLBACK');
    expect(await snapshot(table)).toEqual(before);
  });
});

describe('what depends on the history', () => {
  it('cannot be deleted or truncated away with it', async () => {
    const counts = async () => ({
      requests: Number((await owner.query('SELECT count(*) FROM request')).rows[0].count),
      users: Number((await owner.query('SELECT count(*) FROM app_user')).rows[0].count),
    });
    const before = await counts();
    // A request's timeline would go with it (ON DELETE CASCADE), an actor's name would be cut (SET NULL).
    await expect(owner.query('DELETE FROM request')).rejects.toThrow('request_event is append-only');
    await expect(owner.query(`DELETE FROM app_user WHERE email = 'resident@demo.citydesk'`)).rejects.toThrow(
      /append-only|foreign key constraint/,
    );
    await expect(owner.query(`DELETE FROM app_user WHERE email = 'admin@demo.citydesk'`)).rejects.toThrow(
      'audit_log_actor_id_fkey',
    );
    await expect(owner.query('TRUNCATE request CASCADE')).rejects.toThrow('append-only');
    expect(await counts()).toEqual(before);
  });

  it('still takes new rows', async () => {
    const before = (await snapshot('audit_log')).length;
    await owner.query(
      `INSERT INTO audit_log (action, details) VALUES ('auth.login.failed', '{"reason":"unknown_account"}')`,
    );
    expect((await snapshot('audit_log')).length).toBe(before + 1);
  });

  it('refuses an action code that is not a dotted lower-case name', async () => {
    await expect(owner.query(`INSERT INTO audit_log (action) VALUES ('Login')`)).rejects.toThrow(
      'audit_log_action_check',
    );
  });
});
