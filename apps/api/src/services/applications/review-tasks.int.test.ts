// Field tasks belong to a running review: once the application is decided, no task can be ordered or
// completed, even by a call that read the application while it was still in review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { interleaveAfter } from '../../test/interleave.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import type { Actor } from '../context.ts';
import { decideApplication } from './decide-application.ts';
import { completeReviewTask, createReviewTask } from './review-tasks.ts';
import { submitApplication } from './submit-application.ts';
import { noDebtAnswers, refusedWithoutChange, uploadedDocument } from './test-applications.ts';

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
const who: Record<string, Actor> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  t = testDeps(db.prisma, new Date('2026-11-03T07:00:00Z'));
  for (const [name, email] of Object.entries({
    resident: 'resident@demo.citydesk',
    utility: 'dispatcher.vodokanal@demo.citydesk',
    inspector: 'vodokanal.inspector@demo.citydesk',
  }))
    who[name] = await actorFor(db.prisma, email);
});
afterAll(async () => {
  await db?.close();
});

async function inReview() {
  const home = await db.prisma.occupancy.findFirstOrThrow({ where: { userId: who.resident!.userId } });
  const a = await submitApplication(t.deps, who.resident!, {
    serviceCode: 'no_debt_certificate',
    premisesId: home.premisesId,
    answers: noDebtAnswers(),
    documents: [
      { kind: 'propertyDocuments', attachmentIds: [await uploadedDocument(db.prisma, who.resident!)] },
    ],
  });
  return decideApplication(t.deps, who.utility!, {
    requestId: a.id,
    version: a.version,
    action: 'startReview',
  });
}

const refuse = (requestId: string, version: number) =>
  decideApplication(t.deps, who.utility!, {
    requestId,
    version,
    action: 'refuse',
    groundCode: 'notAccountHolder',
  });

const orderInspection = (deps = t.deps, requestId: string) =>
  createReviewTask(deps, who.utility!, {
    requestId,
    kind: 'METER_INSPECTION',
    assigneeId: who.inspector!.userId,
    note: 'Check the meter on site',
  });

const tasksOf = (requestId: string) => db.prisma.reviewTask.findMany({ where: { requestId } });

describe('review tasks after the decision', () => {
  it('completes an open task once while the review runs', async () => {
    const a = await inReview();
    const task = await orderInspection(t.deps, a.id);
    const done = await completeReviewTask(t.deps, who.inspector!, { taskId: task.id, result: 'Seal intact' });
    expect(done).toMatchObject({ status: 'DONE', result: 'Seal intact' });
    await refusedWithoutChange(
      db.prisma,
      () => completeReviewTask(t.deps, who.inspector!, { taskId: task.id, result: 'Again' }),
      a.id,
      'NOT_ALLOWED',
    );
  });

  it('refuses to complete a task of an application decided meanwhile, and writes nothing', async () => {
    const a = await inReview();
    const task = await orderInspection(t.deps, a.id);
    await refuse(a.id, a.version);
    await refusedWithoutChange(
      db.prisma,
      () => completeReviewTask(t.deps, who.inspector!, { taskId: task.id, result: 'Seal intact' }),
      a.id,
      'NOT_ALLOWED',
    );
    expect(await tasksOf(a.id)).toEqual([task]);
  });

  it('refuses a task whose application is decided between the check and the write', async () => {
    const a = await inReview();
    // The decision commits right after the service read the application as still in review.
    const late = {
      ...t.deps,
      db: interleaveAfter(db.prisma, 'request', 'findFirst', () => refuse(a.id, a.version)),
    };
    await expect(orderInspection(late, a.id)).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    expect((await db.prisma.request.findUniqueOrThrow({ where: { id: a.id } })).status).toBe('REFUSED');
    expect(await tasksOf(a.id)).toEqual([]);
    expect(await db.prisma.requestEvent.count({ where: { requestId: a.id, type: 'TASK_CREATED' } })).toBe(0);
  });

  it('refuses a completion whose application is decided between the check and the write', async () => {
    const a = await inReview();
    const task = await orderInspection(t.deps, a.id);
    const late = {
      ...t.deps,
      db: interleaveAfter(db.prisma, 'reviewTask', 'findFirst', () => refuse(a.id, a.version)),
    };
    await expect(
      completeReviewTask(late, who.inspector!, { taskId: task.id, result: 'Seal intact' }),
    ).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    expect(await tasksOf(a.id)).toEqual([task]);
    expect(await db.prisma.requestEvent.count({ where: { requestId: a.id, type: 'TASK_COMPLETED' } })).toBe(
      0,
    );
  });

  it('orders a task concurrent with the decision only before it, never after (PostgreSQL)', async (ctx) => {
    if (db.engine !== 'postgresql') ctx.skip();
    for (let round = 0; round < 6; round += 1) {
      const a = await inReview();
      const [, ordered] = await Promise.allSettled([refuse(a.id, a.version), orderInspection(t.deps, a.id)]);
      const events = await db.prisma.requestEvent.findMany({
        where: { requestId: a.id, type: { in: ['REFUSED', 'TASK_CREATED'] } },
        orderBy: { position: 'asc' },
      });
      if (ordered.status === 'fulfilled')
        expect(events.map((e) => e.type)).toEqual(['TASK_CREATED', 'REFUSED']);
      else {
        expect(ordered.reason).toMatchObject({ code: 'NOT_ALLOWED' });
        expect(events.map((e) => e.type)).toEqual(['REFUSED']);
        expect(await tasksOf(a.id)).toEqual([]);
      }
    }
  });
});
