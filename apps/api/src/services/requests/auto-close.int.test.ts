// A verified request nobody answers: the platform closes it as CLOSED_UNCONFIRMED (never as confirmed), tells
// the resident until when they may reopen it, and the resident — only they, only within that window — reopens
// it back to the company as a rejection does. Every refusal leaves the request exactly as it was.
import { formatDateTime } from '@citydesk/i18n';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import type { Actor } from '../context.ts';
import { assignRequest } from './assign-request.ts';
import { autoCloseUnansweredRequests } from './auto-close.ts';
import { rateRequest } from './rate-request.ts';
import { confirmWork, rejectWork, reopenRequest } from './resident-decision.ts';
import {
  autoClosedRepair,
  repairCrew,
  verifiedRepair,
  workedAndVerified,
  type RepairCrew,
} from './test-repairs.ts';
import { transitionRequest } from './transition-request.ts';

const DAY = 86_400_000;
const AFTER = { afterMs: 5 * DAY, reopenWithinDays: 14 };

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
const who: Record<string, Actor> = {};
let crew: RepairCrew;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  t = testDeps(db.prisma);
  for (const [name, email] of Object.entries({
    resident: 'resident@demo.citydesk',
    otherResident: 'resident2@demo.citydesk',
    dispatcher: 'dispatcher@demo.citydesk',
    contractor: 'contractor@demo.citydesk',
    admin: 'admin@demo.citydesk',
  }))
    who[name] = await actorFor(db.prisma, email);
  crew = await repairCrew(db.prisma);
});
afterAll(async () => {
  await db?.close();
});

const verified = () => verifiedRepair(t.deps, crew);
/** A request the platform has just closed without the resident's confirmation. */
const autoClosed = (options = AFTER) => autoClosedRepair(t, crew, options);

/** Runs a refused step and proves the row and its timeline are unchanged. */
async function refused(step: () => Promise<unknown>, requestId: string, code: string) {
  const before = await db.prisma.request.findUniqueOrThrow({ where: { id: requestId } });
  const events = await db.prisma.requestEvent.count({ where: { requestId } });
  await expect(step()).rejects.toMatchObject({ code });
  expect(await db.prisma.request.findUniqueOrThrow({ where: { id: requestId } })).toEqual(before);
  expect(await db.prisma.requestEvent.count({ where: { requestId } })).toBe(events);
}

const reopen = (actor: Actor, r: { id: string; version: number }, reasonCode = 'NOT_DONE') =>
  reopenRequest(t.deps, actor, { requestId: r.id, version: r.version, reasonCode, comment: 'Still leaking' });

describe('the auto-close', () => {
  it('closes without the resident’s confirmation, with a reopen deadline counted from the closing', async () => {
    const r = await autoClosed();
    expect(r.status).toBe('CLOSED_UNCONFIRMED');
    expect(r.closedAt).toEqual(t.deps.clock());
    expect(r.reopenUntil).toEqual(new Date(r.closedAt!.getTime() + 14 * DAY));
    const event = await db.prisma.requestEvent.findFirstOrThrow({
      where: { requestId: r.id, type: 'AUTO_CLOSED' },
    });
    expect(event).toMatchObject({ actorId: null, fromStatus: 'VERIFIED', toStatus: 'CLOSED_UNCONFIRMED' });
    expect(event.data).toMatchObject({ afterDays: 5, reopenUntil: r.reopenUntil!.toISOString() });
    expect(t.published.find((m) => m.eventId === event.id)).toMatchObject({
      type: 'AUTO_CLOSED',
      toStatus: 'CLOSED_UNCONFIRMED',
      residentId: who.resident!.userId,
    });
  });

  it('tells the resident it was closed without their confirmation and until when they may reopen it', async () => {
    const r = await autoClosed();
    const city = await db.prisma.city.findUniqueOrThrow({ where: { id: r.cityId } });
    const event = await db.prisma.requestEvent.findFirstOrThrow({
      where: { requestId: r.id, type: 'AUTO_CLOSED' },
    });
    const notes = await db.prisma.notification.findMany({ where: { eventId: event.id, channel: 'IN_APP' } });
    const toResident = notes.find((n) => n.recipientId === who.resident!.userId)!;
    const until = formatDateTime(r.reopenUntil!, toResident.locale as never, { timeZone: city.timeZone });
    expect(toResident.body).toContain(until);
    expect(toResident.body).toContain(r.number);
    const dispatcher = notes.find((n) => n.recipientId === who.dispatcher!.userId)!;
    expect(dispatcher.subject).not.toEqual(toResident.subject);
    if (toResident.locale === 'ru') {
      expect(toResident.subject).toContain('без вашего подтверждения');
      expect(dispatcher.subject).toContain('без подтверждения жителя');
    }
  });

  it('takes the window from the configuration, and a window of 0 days makes the closure final at once', async () => {
    const week = await autoClosed({ afterMs: 5 * DAY, reopenWithinDays: 7 });
    expect(week.reopenUntil!.getTime() - week.closedAt!.getTime()).toBe(7 * DAY);
    const none = await autoClosed({ afterMs: 5 * DAY, reopenWithinDays: 0 });
    expect(none.reopenUntil).toEqual(none.closedAt);
    t.advance(1);
    await refused(() => reopen(who.resident!, none), none.id, 'REOPEN_WINDOW_CLOSED');
  });

  it('neither confirms nor lets anyone rate or confirm a request closed without confirmation', async () => {
    const r = await autoClosed();
    await refused(
      () => confirmWork(t.deps, who.resident!, { requestId: r.id, version: r.version }),
      r.id,
      'NOT_ALLOWED',
    );
    await refused(
      () => rateRequest(t.deps, who.resident!, { requestId: r.id, rating: 5 }),
      r.id,
      'NOT_ALLOWED',
    );
    await refused(
      () =>
        rejectWork(t.deps, who.resident!, { requestId: r.id, version: r.version, reasonCode: 'NOT_DONE' }),
      r.id,
      'NOT_ALLOWED',
    );
  });
});

describe('reopening a request closed without confirmation', () => {
  it('sends it back to the company within the window, as a rejection does', async () => {
    const r = await autoClosed();
    t.advance(13 * DAY);
    const reopened = await reopen(who.resident!, r, 'POOR_QUALITY');
    expect(reopened).toMatchObject({ status: 'REOPENED', closedAt: null, reopenUntil: null, rating: null });
    expect(reopened.version).toBe(r.version + 1);
    const event = await db.prisma.requestEvent.findFirstOrThrow({
      where: { requestId: r.id, type: 'REOPENED' },
    });
    expect(event).toMatchObject({
      actorId: who.resident!.userId,
      fromStatus: 'CLOSED_UNCONFIRMED',
      toStatus: 'REOPENED',
      reasonCode: 'POOR_QUALITY',
      comment: 'Still leaking',
    });
    expect(t.published.find((m) => m.eventId === event.id)).toMatchObject({ type: 'REOPENED' });
    // The company hears of it, and takes it up again like any reopened request.
    expect(
      await db.prisma.notification.count({
        where: { eventId: event.id, recipientId: who.dispatcher!.userId },
      }),
    ).toBeGreaterThan(0);
    const again = await assignRequest(t.deps, who.dispatcher!, {
      requestId: r.id,
      version: reopened.version,
      contractorOrganizationId: who.contractor!.organizationId!,
    });
    expect(again.status).toBe('ASSIGNED');
  });

  it('allows it up to the very deadline and refuses it after, naming when the window ended', async () => {
    const onTime = await autoClosed();
    t.advance(14 * DAY);
    expect(t.deps.clock()).toEqual(onTime.reopenUntil);
    expect((await reopen(who.resident!, onTime)).status).toBe('REOPENED');

    const late = await autoClosed();
    t.advance(14 * DAY + 1);
    await refused(() => reopen(who.resident!, late), late.id, 'REOPEN_WINDOW_CLOSED');
    await expect(reopen(who.resident!, late)).rejects.toMatchObject({
      details: { params: { endedAt: late.reopenUntil!.toISOString(), timeZone: expect.any(String) } },
    });
  });

  it('is the resident’s own: another resident cannot find it, staff cannot take the step', async () => {
    const r = await autoClosed();
    await refused(() => reopen(who.otherResident!, r), r.id, 'NOT_FOUND');
    await refused(() => reopen(who.dispatcher!, r), r.id, 'NOT_ALLOWED');
    await refused(() => reopen(who.admin!, r), r.id, 'NOT_ALLOWED');
    await refused(
      () =>
        transitionRequest(t.deps, null, {
          requestId: r.id,
          version: null,
          action: 'reopen',
          reasonCode: 'NOT_DONE',
        }),
      r.id,
      'NOT_ALLOWED',
    );
  });

  it('needs a reason and the version the resident saw, and only from a request closed without confirmation', async () => {
    const r = await autoClosed();
    await refused(
      () => reopenRequest(t.deps, who.resident!, { requestId: r.id, version: r.version, reasonCode: '' }),
      r.id,
      'INVALID_INPUT',
    );
    await refused(() => reopen(who.resident!, { id: r.id, version: r.version - 1 }), r.id, 'STALE_VERSION');
    const waiting = await verified();
    await refused(() => reopen(who.resident!, waiting), waiting.id, 'NOT_ALLOWED');
  });

  it('lets exactly one of two concurrent reopenings through', async () => {
    const r = await autoClosed();
    const results = await Promise.allSettled([reopen(who.resident!, r), reopen(who.resident!, r)]);
    expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((x) => x.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: expect.stringMatching(/^(STALE_VERSION|NOT_ALLOWED)$/) });
    expect(await db.prisma.requestEvent.count({ where: { requestId: r.id, type: 'REOPENED' } })).toBe(1);
  });

  it('can be closed without confirmation again after the new work, with a new window', async () => {
    const first = await autoClosed();
    const r = await workedAndVerified(t.deps, crew, await reopen(who.resident!, first));
    t.advance(AFTER.afterMs + 1);
    await autoCloseUnansweredRequests(t.deps, AFTER);
    const second = await db.prisma.request.findUniqueOrThrow({ where: { id: r.id } });
    expect(second.status).toBe('CLOSED_UNCONFIRMED');
    expect(second.reopenUntil!.getTime()).toBeGreaterThan(first.reopenUntil!.getTime());
  });
});
