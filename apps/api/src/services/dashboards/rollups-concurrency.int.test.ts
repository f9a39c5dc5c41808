// The rollups under concurrent writers: many residents filing at once and a dispatcher assigning their
// requests in parallel must leave every rollup equal to a rebuild from the metric rows, with no
// deadlock between transactions that touch the same city-wide rows (on PostgreSQL the writers really
// overlap; on PGlite they queue).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { assignRequest } from '../requests/assign-request.ts';
import { fileRequest } from '../requests/file-request.ts';
import { readMetricTables } from './metric-tables.testing.ts';
import { rebuildRequestMetrics } from './refresh-metrics.ts';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
});
afterAll(async () => {
  await db?.close();
});

describe('rollups kept by concurrent transactions', () => {
  it('equal a rebuild after parallel filings and assignments', async () => {
    const t = testDeps(db.prisma, new Date('2026-11-30T09:00:00Z'));
    const dispatcher = await actorFor(db.prisma, 'dispatcher@demo.citydesk');
    const contractor = await actorFor(db.prisma, 'contractor@demo.citydesk');
    const homes = await db.prisma.occupancy.findMany({
      where: {
        premises: { building: { managingOrganizationId: dispatcher.organizationId } },
        user: { email: { startsWith: 'resident' } },
      },
      include: { user: true },
    });
    expect(homes.length).toBeGreaterThan(1);
    const category = await db.prisma.serviceCategory.findUniqueOrThrow({ where: { code: 'roof_leak' } });

    const filed = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const home = homes[i % homes.length]!;
        const resident = await actorFor(db.prisma, home.user.email);
        return fileRequest(t.deps, resident, {
          categoryId: category.id,
          premisesId: home.premisesId,
          description: `Water comes through the ceiling, flat ${i + 1}`,
          contactPhone: '+79175551234',
        });
      }),
    );
    t.advance(3_600_000);
    await Promise.all(
      filed.map((r) =>
        assignRequest(t.deps, dispatcher, {
          requestId: r.id,
          version: r.version,
          contractorOrganizationId: contractor.organizationId!,
        }),
      ),
    );

    const kept = await readMetricTables(db.prisma);
    const city = kept.days.filter((d) => d.scope === 'CITY');
    expect(city.reduce((sum, d) => sum + d.filed, 0)).toBe(12);
    expect(kept.durations.filter((d) => d.scope === 'CONTRACTOR' && d.measure === 'ASSIGN')).toEqual([
      expect.objectContaining({ scopeId: contractor.organizationId, count: 12 }),
    ]);
    await rebuildRequestMetrics(db.prisma);
    expect(await readMetricTables(db.prisma)).toEqual(kept);
  });
});
