// Of two people taking the same step on the same version, the one who loses is told that the request
// changed under them (STALE_VERSION), not that the step is forbidden: their view is out of date, and the
// answer to a stale view is to reload, whatever status the winner left behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import type { Actor } from '../context.ts';
import { assignRequest } from '../requests/assign-request.ts';
import { fileRequest } from '../requests/file-request.ts';
import { verifyWork } from '../requests/review-work.ts';
import { startWork } from '../requests/start-work.ts';
import { transitionRequest } from '../requests/transition-request.ts';

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
const who: Record<string, Actor> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  t = testDeps(db.prisma);
  for (const [name, email] of Object.entries({
    resident: 'resident@demo.citydesk',
    dispatcher: 'dispatcher@demo.citydesk',
    contractor: 'contractor@demo.citydesk',
  }))
    who[name] = await actorFor(db.prisma, email);
});
afterAll(async () => {
  await db?.close();
});

/** A repair request whose work is done, waiting for the management company's verification. */
async function workDone() {
  const premises = await db.prisma.occupancy.findFirstOrThrow({ where: { userId: who.resident!.userId } });
  const category = await db.prisma.serviceCategory.findUniqueOrThrow({ where: { code: 'roof_leak' } });
  let r = await fileRequest(t.deps, who.resident!, {
    categoryId: category.id,
    premisesId: premises.premisesId,
    description: 'Water comes through the ceiling after rain',
    contactPhone: '+79175551234',
  });
  r = await assignRequest(t.deps, who.dispatcher!, {
    requestId: r.id,
    version: r.version,
    contractorOrganizationId: who.contractor!.organizationId!,
  });
  r = await startWork(t.deps, who.contractor!, { requestId: r.id, version: r.version });
  return transitionRequest(t.deps, who.contractor!, {
    requestId: r.id,
    version: r.version,
    action: 'completeWork',
  });
}

const verifiedEvents = (requestId: string) =>
  db.prisma.requestEvent.count({ where: { requestId, type: 'VERIFIED' } });

describe('the loser of a race', () => {
  it('gets STALE_VERSION when verifying a version someone else already verified', async () => {
    const r = await workDone();
    const first = await verifyWork(t.deps, who.dispatcher!, { requestId: r.id, version: r.version });
    expect(first.status).toBe('VERIFIED');
    await expect(
      verifyWork(t.deps, who.dispatcher!, { requestId: r.id, version: r.version }),
    ).rejects.toMatchObject({ code: 'STALE_VERSION' });
    const after = await db.prisma.request.findUniqueOrThrow({ where: { id: r.id } });
    expect(after).toMatchObject({ status: 'VERIFIED', version: first.version });
    expect(await verifiedEvents(r.id)).toBe(1);
  });

  it('still gets NOT_ALLOWED for a step the current version does not allow', async () => {
    const r = await workDone();
    const verified = await verifyWork(t.deps, who.dispatcher!, { requestId: r.id, version: r.version });
    await expect(
      verifyWork(t.deps, who.dispatcher!, { requestId: r.id, version: verified.version }),
    ).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
  });

  it('of two concurrent verifications, one wins and the other gets STALE_VERSION (PostgreSQL)', async (ctx) => {
    if (db.engine !== 'postgresql') ctx.skip();
    for (let round = 0; round < 5; round += 1) {
      const r = await workDone();
      const verify = () => verifyWork(t.deps, who.dispatcher!, { requestId: r.id, version: r.version });
      const outcomes = await Promise.allSettled([verify(), verify()]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const lost = outcomes.find((o) => o.status === 'rejected');
      expect(lost?.reason).toMatchObject({ code: 'STALE_VERSION' });
      expect(await verifiedEvents(r.id)).toBe(1);
    }
  });
});
