// Every dashboard figure against a data set with known answers, built through the real services with
// a moving clock: a repair closed within its working-day SLA across a weekend, one closed late after
// two rework loops, one auto-closed without the resident's confirmation (CLOSED_UNCONFIRMED: counted
// apart, never as confirmed), one cancelled, open ones past
// their deadline, and another company's request. The maintained `request_metric` rows must give
// exactly what the view over the raw tables gives, and what plain SQL over the raw tables counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import type { Actor } from '../context.ts';
import { assignRequest } from '../requests/assign-request.ts';
import { autoCloseUnansweredRequests } from '../requests/auto-close.ts';
import { cancelRequest } from '../requests/cancel-request.ts';
import { fileRequest } from '../requests/file-request.ts';
import { rateRequest } from '../requests/rate-request.ts';
import { confirmWork, rejectWork, reopenRequest } from '../requests/resident-decision.ts';
import { returnForRework, verifyWork } from '../requests/review-work.ts';
import { startWork } from '../requests/start-work.ts';
import { transitionRequest } from '../requests/transition-request.ts';
import { dashboardOverview, dashboardRankings } from './dashboard-figures.ts';
import { dashboardRequests } from './dashboard-requests.ts';
import type { MetricFilter } from './metric-filter.ts';
import { queryOverview, queryRankings } from './metric-queries.ts';
import { readMetricTables } from './metric-tables.testing.ts';
import { rebuildRequestMetrics } from './refresh-metrics.ts';
import { transparencyReport } from './transparency.ts';

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
const who: Record<string, Actor> = {};
const ids: Record<string, string> = {};
const period = { from: '2026-11-16', to: '2026-12-15' };
const HOUR = 3_600_000;

function at(iso: string) {
  t.advance(new Date(iso).getTime() - t.deps.clock().getTime());
}

async function residentServedBy(company: Actor): Promise<Actor> {
  const home = await db.prisma.occupancy.findFirstOrThrow({
    where: {
      premises: { building: { managingOrganizationId: company.organizationId } },
      user: { email: { startsWith: 'resident' } },
    },
    include: { user: true },
    orderBy: { user: { email: 'asc' } },
  });
  return actorFor(db.prisma, home.user.email);
}

async function file(resident: Actor, categoryCode = 'roof_leak') {
  const premises = await db.prisma.occupancy.findFirstOrThrow({ where: { userId: resident.userId } });
  const category = await db.prisma.serviceCategory.findUniqueOrThrow({ where: { code: categoryCode } });
  return fileRequest(t.deps, resident, {
    categoryId: category.id,
    premisesId: premises.premisesId,
    description: 'Water comes through the ceiling after rain',
    contactPhone: '+79175551234',
  });
}

type Req = Awaited<ReturnType<typeof file>>;
const assign = (r: Req) =>
  assignRequest(t.deps, who.dispatcher!, {
    requestId: r.id,
    version: r.version,
    contractorOrganizationId: who.contractor!.organizationId!,
  });
const startAndFinish = async (r: Req) => {
  const started = await startWork(t.deps, who.contractor!, { requestId: r.id, version: r.version });
  return transitionRequest(t.deps, who.contractor!, {
    requestId: started.id,
    version: started.version,
    action: 'completeWork',
  });
};
const verify = (r: Req) => verifyWork(t.deps, who.dispatcher!, { requestId: r.id, version: r.version });

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  // Friday 20 November 2026, 12:00 in Kazan (UTC+3).
  t = testDeps(db.prisma, new Date('2026-11-20T09:00:00Z'));
  for (const [name, email] of Object.entries({
    dispatcher: 'dispatcher@demo.citydesk',
    otherDispatcher: 'dispatcher.uyutnydom@demo.citydesk',
    contractor: 'contractor@demo.citydesk',
    admin: 'admin@demo.citydesk',
  }))
    who[name] = await actorFor(db.prisma, email);
  who.resident = await residentServedBy(who.dispatcher!);
  who.otherResident = await residentServedBy(who.otherDispatcher!);

  // A — filed Friday, assigned after 1 h, verified Monday 12:00 UTC: 75 h later, yet within its one
  // working day (the weekend does not count); confirmed and rated 5.
  let a = await file(who.resident);
  ids.a = a.id;
  at('2026-11-20T10:00:00Z');
  a = await startAndFinish(await assign(a));
  at('2026-11-23T12:00:00Z');
  a = await verify(a);
  at('2026-11-23T13:00:00Z');
  a = await confirmWork(t.deps, who.resident, { requestId: a.id, version: a.version });
  await rateRequest(t.deps, who.resident, { requestId: a.id, rating: 5 });

  // B — filed Friday 10:00, assigned after 3 h, returned for rework, verified late (Tuesday), rejected
  // by the resident, done again and confirmed: two rework loops, outside the SLA, rated 3.
  at('2026-11-20T10:00:00Z');
  let b = await file(who.resident);
  ids.b = b.id;
  at('2026-11-20T13:00:00Z');
  b = await startAndFinish(await assign(b));
  at('2026-11-23T10:00:00Z');
  b = await returnForRework(t.deps, who.dispatcher!, {
    requestId: b.id,
    version: b.version,
    comment: 'Still wet',
  });
  b = await startAndFinish(b);
  at('2026-11-24T10:00:00Z');
  b = await verify(b);
  at('2026-11-24T11:00:00Z');
  b = await rejectWork(t.deps, who.resident, {
    requestId: b.id,
    version: b.version,
    reasonCode: 'POOR_QUALITY',
    comment: 'Drips again',
  });
  b = await startAndFinish(await assign(b));
  at('2026-11-24T12:00:00Z');
  b = await verify(b);
  at('2026-11-24T13:00:00Z');
  b = await confirmWork(t.deps, who.resident, { requestId: b.id, version: b.version });
  await rateRequest(t.deps, who.resident, { requestId: b.id, rating: 3 });

  // C — filed Monday 08:00, assigned after 1 h, verified within the SLA, never answered: auto-closed.
  at('2026-11-23T08:00:00Z');
  let c = await file(who.resident);
  ids.c = c.id;
  at('2026-11-23T09:00:00Z');
  c = await startAndFinish(await assign(c));
  at('2026-11-23T14:00:00Z');
  c = await verify(c);

  // D — filed Tuesday, never assigned: open and, by the end, overdue. F — filed and cancelled.
  at('2026-11-24T09:00:00Z');
  ids.d = (await file(who.resident)).id;
  const f = await file(who.resident);
  ids.f = f.id;
  await cancelRequest(t.deps, who.resident, { requestId: f.id, version: f.version });

  // E — another company's request, open.
  ids.e = (await file(who.otherResident)).id;

  // Five days after C was verified nobody answered: it closes by itself (Saturday 28th, 14:00 UTC).
  at('2026-11-28T14:00:00Z');
  await autoCloseUnansweredRequests(t.deps, { afterMs: 5 * 24 * HOUR - 1 });
  // The dashboards are read on Monday 30 November.
  at('2026-11-30T09:00:00Z');
});
afterAll(async () => {
  await db?.close();
});

const hours = (n: number) => n * 3600;

describe('the dashboard figures of a known data set', () => {
  it('counts the company’s requests as worked out by hand', async () => {
    const overview = await dashboardOverview(t.deps, who.dispatcher!, period);
    expect(overview.period).toEqual(period);
    expect(overview.figures).toEqual({
      filed: 5, // A B C D F
      resolved: 3, // A B C
      openNow: 1, // D
      overdueNow: 1,
      withinSla: 2, // A (across the weekend) and C; B was verified after its deadline
      withinSlaShare: 2 / 3,
      closedRepairs: 3,
      confirmed: 2, // C was auto-closed: closed, but not confirmed
      confirmedShare: 2 / 3,
      closedUnconfirmed: 1, // C, in a bucket of its own
      closedUnconfirmedShare: 1 / 3,
      reworked: 1, // B, returned and reopened
      reworkShare: 1 / 3,
      rated: 2,
      averageRating: 4,
      medianSecondsToAssign: hours(1), // 1 h, 1 h, 3 h
      // A 76 h, B 99 h, C 5 days 6 h = 126 h → the middle one is B's.
      medianSecondsToClose: hours(99),
    });
    // In the lifecycle's order.
    expect(overview.byStatus).toEqual([
      { kind: 'REPAIR', status: 'ROUTED', count: 1 },
      { kind: 'REPAIR', status: 'CLOSED', count: 2 },
      { kind: 'REPAIR', status: 'CLOSED_UNCONFIRMED', count: 1 },
      { kind: 'REPAIR', status: 'CANCELLED', count: 1 },
    ]);
    const days = Object.fromEntries(
      overview.trend.filter((p) => p.opened || p.closed).map((p) => [p.day, p]),
    );
    expect(days).toEqual({
      '2026-11-20': { day: '2026-11-20', opened: 2, closed: 0 },
      '2026-11-23': { day: '2026-11-23', opened: 1, closed: 1 },
      '2026-11-24': { day: '2026-11-24', opened: 2, closed: 1 },
      '2026-11-28': { day: '2026-11-28', opened: 0, closed: 1 },
    });
    expect(overview.trend).toHaveLength(30);
  });

  it('keeps C, closed without the resident’s confirmation, apart from the confirmed and out of the ratings', async () => {
    const c = await db.prisma.request.findUniqueOrThrow({ where: { id: ids.c! } });
    expect(c).toMatchObject({ status: 'CLOSED_UNCONFIRMED', rating: null });
    const overview = await dashboardOverview(t.deps, who.dispatcher!, period);
    // Resolved (the company finished and the request ended), never confirmed, never rated.
    expect(overview.figures).toMatchObject({ resolved: 3, confirmed: 2, closedUnconfirmed: 1, rated: 2 });
    expect(overview.figures.averageRating).toBe(4);
  });

  it('knows why A met its SLA and B did not', async () => {
    const a = await db.prisma.request.findUniqueOrThrow({ where: { id: ids.a! } });
    const b = await db.prisma.request.findUniqueOrThrow({ where: { id: ids.b! } });
    // One working day from Friday noon ends on Monday: A was verified 75 h after filing and still on time.
    expect(a.deadlineAt.toISOString()).toBe(b.deadlineAt.toISOString());
    expect(a.verifiedAt!.getTime() - a.createdAt.getTime()).toBeGreaterThan(48 * HOUR);
    expect(a.verifiedAt! <= a.deadlineAt).toBe(true);
    expect(b.verifiedAt! > b.deadlineAt).toBe(true);
  });

  it('gives the city the same figures plus the other company’s open request', async () => {
    const city = await dashboardOverview(t.deps, who.admin!, period);
    expect(city.figures).toMatchObject({ filed: 6, resolved: 3, openNow: 2, overdueNow: 2, withinSla: 2 });
  });

  it('reads from the maintained rows exactly what the raw tables give, for every filter', async () => {
    const company = await db.prisma.organization.findFirstOrThrow({
      where: { name: 'УК Жилсервис Вахитовский' },
    });
    const category = await db.prisma.serviceCategory.findUniqueOrThrow({ where: { code: 'roof_leak' } });
    const building = await db.prisma.request.findUniqueOrThrow({
      where: { id: ids.a! },
      include: { building: true },
    });
    const base: MetricFilter = { cityId: company.cityId, period };
    const filters: MetricFilter[] = [
      base,
      { ...base, organizationId: company.id },
      { ...base, contractorId: who.contractor!.organizationId! },
      { ...base, districtId: building.building!.districtId },
      { ...base, categoryId: category.id, kind: 'REPAIR' },
      { ...base, kind: 'E_SERVICE' },
      { ...base, period: { from: '2026-11-21', to: '2026-11-23' } },
      { ...base, period: { from: '2026-09-01', to: '2026-11-30' } },
      // Whole months only, whole months with days around them, and a kind: the rollups' own cuts.
      { ...base, period: { from: '2026-11-01', to: '2026-11-30' } },
      { ...base, period: { from: '2026-10-20', to: '2026-12-05' }, kind: 'REPAIR' },
      { ...base, period: { from: '2026-10-20', to: '2026-12-05' }, organizationId: company.id },
      {
        ...base,
        period: { from: '2026-11-01', to: '2026-11-23' },
        contractorId: who.contractor!.organizationId!,
      },
    ];
    const now = t.deps.clock();
    for (const filter of filters) {
      expect(await queryOverview(db.prisma, filter, now, 'request_metric')).toEqual(
        await queryOverview(db.prisma, filter, now, 'request_metric_source'),
      );
      expect(await queryRankings(db.prisma, filter, now, 'request_metric')).toEqual(
        await queryRankings(db.prisma, filter, now, 'request_metric_source'),
      );
    }
    // And rebuilding every row and every rollup from scratch changes nothing.
    const snapshot = () => readMetricTables(db.prisma);
    const before = await snapshot();
    expect(before.days.length).toBeGreaterThan(0);
    expect(before.durations.length).toBeGreaterThan(0);
    await rebuildRequestMetrics(db.prisma);
    expect(await snapshot()).toEqual(before);
  });

  it('matches plain SQL over the raw tables', async () => {
    const [row] = await db.prisma.$queryRaw<
      { within: bigint; closed: bigint; reworked: bigint; confirmed: bigint; auto_closed: bigint }[]
    >`
      SELECT count(*) FILTER (WHERE r.verified_at <= r.deadline_at) AS within,
             count(*) AS closed,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM request_event e WHERE e.request_id = r.id
                                              AND e.type IN ('RETURNED', 'REOPENED'))) AS reworked,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM request_event e WHERE e.request_id = r.id
                                              AND e.type = 'CONFIRMED')) AS confirmed,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM request_event e WHERE e.request_id = r.id
                                              AND e.type = 'AUTO_CLOSED' AND e.actor_id IS NULL)) AS auto_closed
        FROM request r WHERE r.status IN ('CLOSED', 'CLOSED_UNCONFIRMED')`;
    const city = await dashboardOverview(t.deps, who.admin!, period);
    expect(city.figures.withinSla).toBe(Number(row!.within));
    expect(city.figures.resolved).toBe(Number(row!.closed));
    expect(city.figures.reworked).toBe(Number(row!.reworked));
    expect(city.figures.confirmed).toBe(Number(row!.confirmed));
    expect(city.figures.closedUnconfirmed).toBe(Number(row!.auto_closed));
    expect(city.figures.confirmed + city.figures.closedUnconfirmed).toBe(city.figures.closedRepairs);
    const [open] = await db.prisma.$queryRaw<{ open: bigint; overdue: bigint }[]>`
      SELECT count(*) AS open, count(*) FILTER (WHERE deadline_at < ${t.deps.clock()}) AS overdue
        FROM request WHERE closed_at IS NULL`;
    expect(city.figures.openNow).toBe(Number(open!.open));
    expect(city.figures.overdueNow).toBe(Number(open!.overdue));
  });

  it('ranks the companies and the contractor side by side', async () => {
    const rows = await dashboardRankings(t.deps, who.admin!, period);
    const row = (name: string) => rows.find((r) => r.organization.name === name);
    expect(row('УК Жилсервис Вахитовский')).toMatchObject({
      group: 'HANDLING',
      figures: { filed: 5, resolved: 3, reworked: 1 },
    });
    expect(row('УК Уютный дом')).toMatchObject({
      group: 'HANDLING',
      figures: { filed: 1, resolved: 0, openNow: 1 },
    });
    const contractor = rows.find((r) => r.organizationId === who.contractor!.organizationId);
    expect(contractor).toMatchObject({
      group: 'CONTRACTOR',
      figures: { filed: 3, resolved: 3, withinSla: 2 },
    });
  });

  it('lists the requests behind the figures', async () => {
    const page = await dashboardRequests(t.deps, who.dispatcher!, { ...period, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.items).toHaveLength(2);
    const all = await dashboardRequests(t.deps, who.admin!, { ...period, limit: 100 });
    const b = all.items.find((i) => i.id === ids.b);
    expect(b).toMatchObject({
      status: 'CLOSED',
      withinSla: false,
      reworkCount: 2,
      rating: 3,
      confirmed: true,
    });
    expect(all.items.find((i) => i.id === ids.c)).toMatchObject({
      status: 'CLOSED_UNCONFIRMED',
      confirmed: false,
      withinSla: true,
      rating: null,
    });
  });
});

describe('who sees which figures', () => {
  it('keeps a dispatcher to their own company', async () => {
    const other = await dashboardOverview(t.deps, who.otherDispatcher!, period);
    expect(other.figures).toMatchObject({ filed: 1, resolved: 0, openNow: 1 });
    const theirs = await db.prisma.organization.findFirstOrThrow({
      where: { name: 'УК Жилсервис Вахитовский' },
    });
    await expect(
      dashboardOverview(t.deps, who.otherDispatcher!, { ...period, organizationId: theirs.id }),
    ).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    await expect(
      dashboardRequests(t.deps, who.otherDispatcher!, { ...period, organizationId: theirs.id }),
    ).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    const listed = await dashboardRequests(t.deps, who.otherDispatcher!, period);
    expect(listed.items.map((i) => i.id)).toEqual([ids.e]);
    await expect(dashboardRankings(t.deps, who.dispatcher!, period)).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
    });
  });

  it('keeps a contractor to the work orders of their company', async () => {
    const own = await dashboardOverview(t.deps, who.contractor!, period);
    expect(own.figures).toMatchObject({ filed: 3, resolved: 3, openNow: 0 });
  });

  it('refuses residents and nonsense filters with clear errors', async () => {
    await expect(dashboardOverview(t.deps, who.resident!, period)).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
    });
    await expect(
      dashboardOverview(t.deps, who.admin!, { from: '2026-12-01', to: '2026-11-01' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: [{ field: 'to', code: 'too_small' }] },
    });
    await expect(
      dashboardOverview(t.deps, who.admin!, { ...period, districtId: 'not-a-district' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: [{ field: 'districtId', code: 'invalid_choice' }] },
    });
  });

  it('publishes companies’ figures without anything about residents', async () => {
    const report = await transparencyReport(t.deps, period);
    expect(report.managementCompanies.map((c) => c.name)).toEqual([
      'УК Жилсервис Вахитовский',
      'УК Уютный дом',
    ]);
    expect(report.contractors).toHaveLength(1);
    expect(report.managementCompanies[0]!.figures).toMatchObject({
      resolved: 3,
      withinSla: 2,
      confirmed: 2,
      confirmedShare: 2 / 3,
      closedUnconfirmed: 1,
      closedUnconfirmedShare: 1 / 3,
      averageRating: 4,
    });
    expect(report.contractors[0]!.figures).toMatchObject({ confirmed: 2, closedUnconfirmed: 1 });
    const text = JSON.stringify(report);
    for (const id of Object.values(ids)) expect(text).not.toContain(id);
    expect(text).not.toMatch(/resident|phone|@/i);
    await expect(
      transparencyReport(t.deps, { ...period, organizationId: 'x' } as never),
    ).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
    });
  });
});

// Last, because it changes the data set: C's resident reopens it within the window.
describe('a request reopened after closing without confirmation', () => {
  it('leaves the resolved and the unconfirmed and counts as reworked, on the maintained rows as on the raw tables', async () => {
    const c = await db.prisma.request.findUniqueOrThrow({ where: { id: ids.c! } });
    await reopenRequest(t.deps, who.resident!, {
      requestId: c.id,
      version: c.version,
      reasonCode: 'NOT_DONE',
    });
    const after = await dashboardOverview(t.deps, who.dispatcher!, period);
    expect(after.figures).toMatchObject({
      resolved: 2,
      closedRepairs: 2,
      confirmed: 2,
      closedUnconfirmed: 0,
      openNow: 2,
    });
    expect(after.byStatus).toContainEqual({ kind: 'REPAIR', status: 'REOPENED', count: 1 });
    expect(after.byStatus.map((s) => s.status)).not.toContain('CLOSED_UNCONFIRMED');
    const filter: MetricFilter = { cityId: c.cityId, period };
    const now = t.deps.clock();
    expect(await queryOverview(db.prisma, filter, now, 'request_metric')).toEqual(
      await queryOverview(db.prisma, filter, now, 'request_metric_source'),
    );
  });
});
