// The whole repair lifecycle at the service level: every step by the role that owns it, a rework
// loop, a resident's rejection, confirmation, rating, cancellation, timers — and every refusal
// leaves the request exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import type { Actor } from '../context.ts';
import { assignRequest } from './assign-request.ts';
import { autoCloseUnansweredRequests } from './auto-close.ts';
import { cancelRequest } from './cancel-request.ts';
import { escalateOverdueRequests } from './escalate-overdue.ts';
import { fileRequest } from './file-request.ts';
import { rateRequest } from './rate-request.ts';
import { confirmWork, rejectWork } from './resident-decision.ts';
import { returnForRework, verifyWork } from './review-work.ts';
import { routeRequest } from './route-request.ts';
import { startWork } from './start-work.ts';
import { transitionRequest } from './transition-request.ts';

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
const who: Record<string, Actor> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  t = testDeps(db.prisma);
  for (const [name, email] of Object.entries({
    resident: 'resident@demo.citydesk',
    otherResident: 'resident2@demo.citydesk',
    unroutedResident: 'resident15@demo.citydesk',
    dispatcher: 'dispatcher@demo.citydesk',
    otherDispatcher: 'dispatcher.uyutnydom@demo.citydesk',
    contractor: 'contractor@demo.citydesk',
    otherContractor: 'elektromontazh.worker1@demo.citydesk',
    admin: 'admin@demo.citydesk',
  }))
    who[name] = await actorFor(db.prisma, email);
});
afterAll(async () => {
  await db?.close();
});

async function file(actor = who.resident!) {
  const premises = await db.prisma.occupancy.findFirstOrThrow({ where: { userId: actor.userId } });
  const category = await db.prisma.serviceCategory.findUniqueOrThrow({ where: { code: 'roof_leak' } });
  return fileRequest(t.deps, actor, {
    categoryId: category.id,
    premisesId: premises.premisesId,
    description: 'Water comes through the ceiling after rain',
    contactPhone: '+79175551234',
  });
}

async function assigned() {
  const request = await file();
  return assignRequest(t.deps, who.dispatcher!, {
    requestId: request.id,
    version: request.version,
    contractorOrganizationId: who.contractor!.organizationId!,
  });
}

/** Runs a refused step and proves the row is unchanged. */
async function refused(step: () => Promise<unknown>, requestId: string, code: string) {
  const before = await db.prisma.request.findUniqueOrThrow({ where: { id: requestId } });
  const events = await db.prisma.requestEvent.count({ where: { requestId } });
  await expect(step()).rejects.toMatchObject({ code });
  expect(await db.prisma.request.findUniqueOrThrow({ where: { id: requestId } })).toEqual(before);
  expect(await db.prisma.requestEvent.count({ where: { requestId } })).toBe(events);
}

describe('the full loop', () => {
  it('runs filing → assignment → work → rework → verification → rejection → … → confirmation → rating', async () => {
    let r = await assigned();
    expect(r.status).toBe('ASSIGNED');
    r = await startWork(t.deps, who.contractor!, { requestId: r.id, version: r.version });
    expect(r.status).toBe('IN_PROGRESS');
    // (completeWork needs uploads; here the system-level step stands in for it.)
    r = await transitionRequest(t.deps, who.contractor!, {
      requestId: r.id,
      version: r.version,
      action: 'completeWork',
    });
    r = await returnForRework(t.deps, who.dispatcher!, {
      requestId: r.id,
      version: r.version,
      comment: 'The stain is still there',
    });
    expect(r.status).toBe('RETURNED');
    r = await startWork(t.deps, who.contractor!, { requestId: r.id, version: r.version });
    r = await transitionRequest(t.deps, who.contractor!, {
      requestId: r.id,
      version: r.version,
      action: 'completeWork',
    });
    r = await verifyWork(t.deps, who.dispatcher!, { requestId: r.id, version: r.version });
    expect(r.status).toBe('VERIFIED');
    expect(r.verifiedAt).not.toBeNull();
    r = await rejectWork(t.deps, who.resident!, {
      requestId: r.id,
      version: r.version,
      reasonCode: 'POOR_QUALITY',
      comment: 'Still drips',
    });
    expect(r.status).toBe('REOPENED');
    r = await assignRequest(t.deps, who.dispatcher!, {
      requestId: r.id,
      version: r.version,
      contractorOrganizationId: who.contractor!.organizationId!,
    });
    r = await startWork(t.deps, who.contractor!, { requestId: r.id, version: r.version });
    r = await transitionRequest(t.deps, who.contractor!, {
      requestId: r.id,
      version: r.version,
      action: 'completeWork',
    });
    r = await verifyWork(t.deps, who.dispatcher!, { requestId: r.id, version: r.version });
    r = await confirmWork(t.deps, who.resident!, { requestId: r.id, version: r.version });
    expect(r.status).toBe('CLOSED');
    expect(r.closedAt).not.toBeNull();
    r = await rateRequest(t.deps, who.resident!, { requestId: r.id, rating: 4, comment: 'Took two tries' });
    expect(r.rating).toBe(4);
    await expect(rateRequest(t.deps, who.resident!, { requestId: r.id, rating: 5 })).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
    });

    const timeline = await db.prisma.requestEvent.findMany({
      where: { requestId: r.id },
      orderBy: { position: 'asc' },
    });
    expect(timeline.map((e) => e.type)).toEqual([
      'FILED',
      'ROUTED',
      'ASSIGNED',
      'STARTED',
      'WORK_DONE',
      'RETURNED',
      'STARTED',
      'WORK_DONE',
      'VERIFIED',
      'REOPENED',
      'ASSIGNED',
      'STARTED',
      'WORK_DONE',
      'VERIFIED',
      'CONFIRMED',
      'RATED',
    ]);
    expect(timeline.find((e) => e.type === 'REOPENED')).toMatchObject({
      reasonCode: 'POOR_QUALITY',
      comment: 'Still drips',
      actorRole: 'RESIDENT',
    });
  });
});

describe('refusals change nothing', () => {
  it('refuses steps of the wrong role, from the wrong status, without a reason, or on a stale version', async () => {
    const r = await assigned();
    const step = { requestId: r.id, version: r.version };
    await refused(() => confirmWork(t.deps, who.resident!, step), r.id, 'NOT_ALLOWED');
    await refused(() => verifyWork(t.deps, who.dispatcher!, step), r.id, 'NOT_ALLOWED');
    await refused(
      () => transitionRequest(t.deps, who.dispatcher!, { ...step, action: 'start' }),
      r.id,
      'NOT_ALLOWED',
    );
    await refused(() => cancelRequest(t.deps, who.resident!, step), r.id, 'NOT_ALLOWED');
    await refused(
      () => startWork(t.deps, who.contractor!, { ...step, version: r.version - 1 }),
      r.id,
      'STALE_VERSION',
    );
    const started = await startWork(t.deps, who.contractor!, step);
    const done = await transitionRequest(t.deps, who.contractor!, {
      requestId: r.id,
      version: started.version,
      action: 'completeWork',
    });
    await refused(
      () =>
        returnForRework(t.deps, who.dispatcher!, { requestId: r.id, version: done.version, comment: '  ' }),
      r.id,
      'INVALID_INPUT',
    );
  });

  it('hides another party’s request as NOT_FOUND', async () => {
    const r = await assigned();
    const step = { requestId: r.id, version: r.version };
    await refused(() => startWork(t.deps, who.otherContractor!, step), r.id, 'NOT_FOUND');
    await refused(
      () =>
        cancelRequest(t.deps, who.otherDispatcher!, {
          ...step,
          reasonCode: 'DUPLICATE',
          comment: 'Same as KZN-1',
        }),
      r.id,
      'NOT_FOUND',
    );
    await refused(() => cancelRequest(t.deps, who.otherResident!, step), r.id, 'NOT_FOUND');
  });

  it('exactly one of two concurrent steps on the same version wins', async () => {
    const r = await assigned();
    const results = await Promise.allSettled([
      startWork(t.deps, who.contractor!, { requestId: r.id, version: r.version }),
      cancelRequest(t.deps, who.dispatcher!, {
        requestId: r.id,
        version: r.version,
        reasonCode: 'DUPLICATE',
        comment: 'Twice',
      }),
    ]);
    expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    const loser = results.find((x) => x.status === 'rejected') as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(AppError);
    expect(
      await db.prisma.requestEvent.count({
        where: { requestId: r.id, type: { in: ['STARTED', 'CANCELLED'] } },
      }),
    ).toBe(1);
  });
});

describe('cancellation', () => {
  it('lets the resident cancel before assignment', async () => {
    const r = await file();
    const cancelled = await cancelRequest(t.deps, who.resident!, {
      requestId: r.id,
      version: r.version,
      comment: 'Fixed it myself',
    });
    expect(cancelled.status).toBe('CANCELLED');
  });

  it('makes the dispatcher give a reason, which the timeline keeps', async () => {
    const r = await file();
    await refused(
      () => cancelRequest(t.deps, who.dispatcher!, { requestId: r.id, version: r.version }),
      r.id,
      'INVALID_INPUT',
    );
    await cancelRequest(t.deps, who.dispatcher!, {
      requestId: r.id,
      version: r.version,
      reasonCode: 'NOT_OUR_RESPONSIBILITY',
      comment: 'Gas service',
    });
    const event = await db.prisma.requestEvent.findFirstOrThrow({
      where: { requestId: r.id, type: 'CANCELLED' },
    });
    expect(event).toMatchObject({ reasonCode: 'NOT_OUR_RESPONSIBILITY', actorRole: 'DISPATCHER' });
  });
});

describe('unrouted requests', () => {
  it('wait for the administrator, who routes them to a company', async () => {
    const r = await file(who.unroutedResident);
    expect(r.status).toBe('NEW');
    expect(r.organizationId).toBeNull();
    const company = await db.prisma.organization.findFirstOrThrow({ where: { kind: 'MANAGEMENT_COMPANY' } });
    await refused(
      () =>
        routeRequest(t.deps, who.dispatcher!, {
          requestId: r.id,
          version: r.version,
          organizationId: company.id,
        }),
      r.id,
      'NOT_ALLOWED',
    );
    const routed = await routeRequest(t.deps, who.admin!, {
      requestId: r.id,
      version: r.version,
      organizationId: company.id,
    });
    expect(routed).toMatchObject({ status: 'ROUTED', organizationId: company.id });
  });
});

describe('timers', () => {
  it('closes a verified request after the configured silence, once, without the resident’s confirmation, and says so', async () => {
    let r = await assigned();
    r = await startWork(t.deps, who.contractor!, { requestId: r.id, version: r.version });
    r = await transitionRequest(t.deps, who.contractor!, {
      requestId: r.id,
      version: r.version,
      action: 'completeWork',
    });
    r = await verifyWork(t.deps, who.dispatcher!, { requestId: r.id, version: r.version });
    const fiveDays = 5 * 86_400_000;
    expect(await autoCloseUnansweredRequests(t.deps, { afterMs: fiveDays })).toBe(0);
    t.advance(fiveDays + 1);
    expect(await autoCloseUnansweredRequests(t.deps, { afterMs: fiveDays })).toBeGreaterThanOrEqual(1);
    const closed = await db.prisma.request.findUniqueOrThrow({ where: { id: r.id } });
    // Not CLOSED: only the resident's confirmation closes a request as done (auto-close.int.test.ts has the rest).
    expect(closed.status).toBe('CLOSED_UNCONFIRMED');
    expect(closed.closedAt).not.toBeNull();
    expect(closed.reopenUntil!.getTime() - closed.closedAt!.getTime()).toBe(14 * 86_400_000);
    expect(
      await db.prisma.requestEvent.count({
        where: { requestId: r.id, type: 'AUTO_CLOSED', actorId: null, toStatus: 'CLOSED_UNCONFIRMED' },
      }),
    ).toBe(1);
    expect(await autoCloseUnansweredRequests(t.deps, { afterMs: fiveDays })).toBe(0);
  });

  it('escalates an overdue open request once', async () => {
    const r = await file();
    t.advance(30 * 86_400_000);
    expect(await escalateOverdueRequests(t.deps)).toBeGreaterThanOrEqual(1);
    expect(await escalateOverdueRequests(t.deps)).toBe(0);
    expect(await db.prisma.requestEvent.count({ where: { requestId: r.id, type: 'ESCALATED' } })).toBe(1);
    expect(t.published.some((m) => m.requestId === r.id && m.type === 'ESCALATED' && m.organizationId)).toBe(
      true,
    );
  });
});
