// The data part of the CLOSED_UNCONFIRMED migration: requests the platform auto-closed before it (status CLOSED,
// closed by a system AUTO_CLOSED event) become CLOSED_UNCONFIRMED with the default reopen window, their closing
// event says so, and their figures follow; a request the resident confirmed stays CLOSED. The earlier state is
// rebuilt by hand on a migrated database and the migration's SQL is run again over it, as it runs on deploy.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { readMetricTables } from '../../services/dashboards/metric-tables.testing.ts';
import { rebuildRequestMetrics, refreshRequestMetrics } from '../../services/dashboards/refresh-metrics.ts';
import { autoCloseUnansweredRequests } from '../../services/requests/auto-close.ts';
import { confirmWork } from '../../services/requests/resident-decision.ts';
import { repairCrew, verifiedRepair } from '../../services/requests/test-repairs.ts';
import { testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { defaultMigrationsDir } from './migrate.ts';

const DAY = 86_400_000;
let db: TestDatabase;
let t: ReturnType<typeof testDeps>;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  t = testDeps(db.prisma);
});
afterAll(async () => {
  await db?.close();
});

async function verifiedRequest() {
  const crew = await repairCrew(db.prisma);
  return { r: await verifiedRepair(t.deps, crew), resident: crew.resident };
}

async function runMigration(name: string) {
  const folder = (await readdir(defaultMigrationsDir)).find((d) => d.endsWith(`_${name}`))!;
  const sql = await readFile(path.join(defaultMigrationsDir, folder, 'migration.sql'), 'utf8');
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    await client.query('BEGIN');
    // The one constraint the migration adds without dropping it first did not exist before it.
    await client.query('ALTER TABLE "request" DROP CONSTRAINT "request_reopen_until_check"');
    await client.query(sql);
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

describe('migrating requests auto-closed before CLOSED_UNCONFIRMED existed', () => {
  it('moves exactly the auto-closed ones, with a 14-day window from their closing, figures included', async () => {
    const confirmed = await verifiedRequest();
    await confirmWork(t.deps, confirmed.resident, {
      requestId: confirmed.r.id,
      version: confirmed.r.version,
    });
    const unanswered = await verifiedRequest();
    const rated = await verifiedRequest();
    t.advance(5 * DAY + 1);
    expect(await autoCloseUnansweredRequests(t.deps, { afterMs: 5 * DAY })).toBe(2);

    // How the database looked before: auto-closed requests were CLOSED (one of them even rated), and so
    // did their closing event say.
    const legacy = [unanswered.r.id, rated.r.id];
    await db.prisma.$executeRaw`
      UPDATE "request" SET "status" = 'CLOSED', "reopen_until" = NULL WHERE "id" = ANY(${legacy}::uuid[])`;
    await db.prisma.$executeRaw`UPDATE "request" SET "rating" = 4 WHERE "id" = ${rated.r.id}::uuid`;
    // The timeline is append-only now (audit_log migration): rewriting its past takes DDL, as a data migration
    // that must correct history would do; the migration below runs with the trigger off, as it ran before it.
    await db.prisma.$executeRaw`ALTER TABLE "request_event" DISABLE TRIGGER "request_event_append_only"`;
    await db.prisma.$executeRaw`
      UPDATE "request_event" SET "to_status" = 'CLOSED'
       WHERE "type" = 'AUTO_CLOSED' AND "request_id" = ANY(${legacy}::uuid[])`;
    await refreshRequestMetrics(db.prisma, legacy);
    const before = await db.prisma.request.findMany({
      where: { id: { in: legacy } },
      orderBy: { id: 'asc' },
    });
    expect(before.map((r) => r.status)).toEqual(['CLOSED', 'CLOSED']);

    await runMigration('closed_unconfirmed_rules');
    await db.prisma.$executeRaw`ALTER TABLE "request_event" ENABLE TRIGGER "request_event_append_only"`;

    const after = await db.prisma.request.findMany({ where: { id: { in: legacy } }, orderBy: { id: 'asc' } });
    for (const [i, r] of after.entries()) {
      expect(r.status).toBe('CLOSED_UNCONFIRMED');
      expect(r.closedAt).toEqual(before[i]!.closedAt);
      expect(r.reopenUntil).toEqual(new Date(r.closedAt!.getTime() + 14 * DAY));
      expect(r.version).toBe(before[i]!.version + 1);
    }
    // A rating given before stays (it is the resident's own), a confirmed request stays CLOSED.
    expect(after.find((r) => r.id === rated.r.id)!.rating).toBe(4);
    expect((await db.prisma.request.findUniqueOrThrow({ where: { id: confirmed.r.id } })).status).toBe(
      'CLOSED',
    );
    expect(
      await db.prisma.requestEvent.count({
        where: { requestId: { in: legacy }, type: 'AUTO_CLOSED', toStatus: 'CLOSED_UNCONFIRMED' },
      }),
    ).toBe(2);
    const metrics = await db.prisma.requestMetric.findMany({
      where: { requestId: { in: [...legacy, confirmed.r.id] } },
    });
    expect(metrics.filter((m) => m.status === 'CLOSED_UNCONFIRMED' && m.confirmed === false)).toHaveLength(2);
    expect(metrics.find((m) => m.requestId === confirmed.r.id)).toMatchObject({
      status: 'CLOSED',
      confirmed: true,
    });
    // The rollups the trigger kept are what a rebuild from scratch gives.
    const kept = await readMetricTables(db.prisma);
    await rebuildRequestMetrics(db.prisma);
    expect(await readMetricTables(db.prisma)).toEqual(kept);

    // Run again, it finds nothing more to move.
    await runMigration('closed_unconfirmed_rules');
    expect(
      (await db.prisma.request.findMany({ where: { id: { in: legacy } }, orderBy: { id: 'asc' } })).map(
        (r) => r.version,
      ),
    ).toEqual(after.map((r) => r.version));
  });
});
