// Escalation reaches only what is still on the clock: a request closed, or an application decided,
// after the overdue scan read it and before its escalation was written is left alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { interleaveAfter } from '../../test/interleave.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { decideApplication } from '../applications/decide-application.ts';
import { submitApplication } from '../applications/submit-application.ts';
import { noDebtAnswers, uploadedDocument } from '../applications/test-applications.ts';
import type { Actor } from '../context.ts';
import { cancelRequest } from './cancel-request.ts';
import { escalateOverdueRequests } from './escalate-overdue.ts';
import { fileRequest } from './file-request.ts';

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
const who: Record<string, Actor> = {};
const day = 86_400_000;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  t = testDeps(db.prisma);
  for (const [name, email] of Object.entries({
    resident: 'resident@demo.citydesk',
    utility: 'dispatcher.vodokanal@demo.citydesk',
  }))
    who[name] = await actorFor(db.prisma, email);
  // The demo city's own overdue work is escalated first, so each scan below holds the test's rows.
  while ((await escalateOverdueRequests(t.deps)) > 0);
});
afterAll(async () => {
  await db?.close();
});

async function fileRepair() {
  const premises = await db.prisma.occupancy.findFirstOrThrow({ where: { userId: who.resident!.userId } });
  const category = await db.prisma.serviceCategory.findUniqueOrThrow({ where: { code: 'roof_leak' } });
  return fileRequest(t.deps, who.resident!, {
    categoryId: category.id,
    premisesId: premises.premisesId,
    description: 'Water comes through the ceiling after rain',
    contactPhone: '+79175551234',
  });
}

/** The escalation job whose overdue scan is followed at once by `between`, before any escalation is written. */
function escalateWith(requestId: string, between: () => Promise<unknown>) {
  const db2 = interleaveAfter(db.prisma, 'request', 'findMany', async (scanned) => {
    expect((scanned as { id: string }[]).map((r) => r.id)).toContain(requestId);
    await between();
  });
  return escalateOverdueRequests({ ...t.deps, db: db2 });
}

const escalations = (requestId: string) =>
  db.prisma.requestEvent.count({ where: { requestId, type: 'ESCALATED' } });

describe('escalating overdue work', () => {
  it('leaves alone a repair request the resident cancelled after the scan read it', async () => {
    const r = await fileRepair();
    t.advance(30 * day);
    await escalateWith(r.id, () =>
      cancelRequest(t.deps, who.resident!, { requestId: r.id, version: r.version }),
    );
    const after = await db.prisma.request.findUniqueOrThrow({ where: { id: r.id } });
    expect(after).toMatchObject({ status: 'CANCELLED', escalatedAt: null });
    expect(await escalations(r.id)).toBe(0);
  });

  it('leaves alone an application decided after the scan read it, and escalates one still in review', async () => {
    const home = await db.prisma.occupancy.findFirstOrThrow({ where: { userId: who.resident!.userId } });
    const submit = async () =>
      submitApplication(t.deps, who.resident!, {
        serviceCode: 'no_debt_certificate',
        premisesId: home.premisesId,
        answers: noDebtAnswers(),
        documents: [
          { kind: 'propertyDocuments', attachmentIds: [await uploadedDocument(db.prisma, who.resident!)] },
        ],
      });
    const [decided, waiting] = [await submit(), await submit()];
    const review = await decideApplication(t.deps, who.utility!, {
      requestId: decided.id,
      version: decided.version,
      action: 'startReview',
    });
    t.advance(30 * day);
    const escalated = await escalateWith(decided.id, () =>
      decideApplication(t.deps, who.utility!, {
        requestId: decided.id,
        version: review.version,
        action: 'refuse',
        groundCode: 'notAccountHolder',
      }),
    );
    expect(escalated).toBe(1);
    expect(await db.prisma.request.findUniqueOrThrow({ where: { id: decided.id } })).toMatchObject({
      status: 'REFUSED',
      escalatedAt: null,
    });
    expect(await escalations(decided.id)).toBe(0);
    expect(await escalations(waiting.id)).toBe(1);
  });

  it('escalates once for the deadline it passed, not for one moved into the future meanwhile', async () => {
    const r = await fileRepair();
    t.advance(30 * day);
    const later = new Date(t.deps.clock().getTime() + day);
    await escalateWith(r.id, () =>
      db.prisma.request.update({ where: { id: r.id }, data: { deadlineAt: later } }),
    );
    expect(await escalations(r.id)).toBe(0);
    t.advance(2 * day);
    expect(await escalateOverdueRequests(t.deps)).toBe(1);
    expect(await escalateOverdueRequests(t.deps)).toBe(0);
    expect(await escalations(r.id)).toBe(1);
  });
});
