// The verification reminder (seed 003): 30 days before a meter's verification falls due its residents get
// one in-app notification and one e-mail in their language — exactly one per meter and due date, however
// often the job runs and however many instances run it at once. Clock: 16 November 2026, 10:00 in Kazan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import type { Actor } from '../context.ts';
import { listMyNotifications } from '../notifications/my-notifications.ts';
import { meterInUse } from './test-meters.ts';
import { METER_REMINDER_TEMPLATE, remindVerificationDue } from './verification-reminders.ts';

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
const who: Record<string, Actor> = {};
const START = new Date('2026-11-16T07:00:00Z');
const DAY = 86_400_000;
const day = (date: string) => new Date(`${date}T00:00:00Z`);

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma, { now: START });
  t = testDeps(db.prisma, START);
  for (const [name, email] of Object.entries({
    resident: 'resident@demo.citydesk',
    residentFa: 'resident.fa@demo.citydesk',
    resident2: 'resident2@demo.citydesk',
  }))
    who[name] = await actorFor(db.prisma, email);
});
afterAll(async () => {
  await db?.close();
});

const reminders = (meterId: string) => db.prisma.meterVerificationReminder.findMany({ where: { meterId } });
const notificationsOf = (actor: Actor) =>
  db.prisma.notification.findMany({
    where: { recipientId: actor.userId, template: METER_REMINDER_TEMPLATE },
    orderBy: { channel: 'asc' },
  });

/** A meter of `actor` whose verification falls due on `dueOn`. */
async function dueOn(actor: Actor, serialNumber: string, date: string) {
  const meter = await meterInUse(db.prisma, actor, { serialNumber });
  return db.prisma.meter.update({
    where: { id: meter.id },
    data: { verifiedOn: day('2022-01-10'), verificationDueOn: day(date) },
  });
}

describe('meter verification reminders', () => {
  it('remind the residents of the demo meter due in 20 days, in their language, in-app and by e-mail', async () => {
    const hot = await db.prisma.meter.findFirstOrThrow({ where: { serialNumber: 'GV-120702' } });
    expect(hot.verificationDueOn).toEqual(day('2026-12-06'));
    expect(await remindVerificationDue(t.deps)).toBe(1);
    expect((await reminders(hot.id)).map((r) => r.dueOn)).toEqual([day('2026-12-06')]);
    const sent = await notificationsOf(who.resident!);
    expect(sent.map((n) => [n.channel, n.status, n.locale])).toEqual([
      ['IN_APP', 'SENT', 'ru'],
      ['EMAIL', 'PENDING', 'ru'],
    ]);
    expect(sent[0]!.subject).toBe('Срок поверки счётчика — 6 дек. 2026 г.');
    expect(sent[0]!.body).toContain('«Горячая вода» № GV-120702 (ул. Баумана, 7, 12)');
    expect(sent[0]!.payload).toMatchObject({
      meterId: hot.id,
      dueOn: '2026-12-06',
      path: '/resident/meters',
    });
    // The bell lists it.
    expect((await listMyNotifications(t.deps, who.resident!)).map((n) => n.template)).toContain(
      METER_REMINDER_TEMPLATE,
    );
    // The cold-water meter is due in years: nothing about it.
    expect(sent.every((n) => (n.payload as { meterId: string }).meterId === hot.id)).toBe(true);
  });

  it('send nothing more when the job runs again', async () => {
    expect(await remindVerificationDue(t.deps)).toBe(0);
    expect(await notificationsOf(who.resident!)).toHaveLength(2);
  });

  it('remind exactly once when two instances run at once, from 30 days before the due date', async () => {
    // 16 December is 30 days ahead, 17 December 31.
    const in30 = await dueOn(who.residentFa!, 'SV-990030', '2026-12-16');
    const in31 = await dueOn(who.residentFa!, 'SV-990031', '2026-12-17');
    const runs = await Promise.all([
      remindVerificationDue(t.deps),
      remindVerificationDue(t.deps),
      remindVerificationDue(t.deps),
    ]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await reminders(in30.id)).toHaveLength(1);
    expect(await reminders(in31.id)).toHaveLength(0);
    const fa = await notificationsOf(who.residentFa!);
    expect(fa.map((n) => [n.channel, n.locale])).toEqual([
      ['IN_APP', 'fa'],
      ['EMAIL', 'fa'],
    ]);
    // Persian digits and the Persian calendar: 16 December 2026 is 25 Azar 1405.
    expect(fa[0]!.subject).toMatch(/۲۵ آذر ۱۴۰۵/);
    expect(fa[0]!.body).toContain('SV-990030');

    // A day later the other one is within 30 days.
    t.advance(DAY);
    expect(await Promise.all([remindVerificationDue(t.deps), remindVerificationDue(t.deps)])).toContain(1);
    expect(await reminders(in31.id)).toHaveLength(1);
    expect(await notificationsOf(who.residentFa!)).toHaveLength(4);
  });

  it('skip retired meters and ones already past their due date, and remind again for a new due date', async () => {
    const retired = await dueOn(who.resident2!, 'SV-990040', '2026-12-01');
    await db.prisma.meter.update({
      where: { id: retired.id },
      data: { status: 'RETIRED', retiredAt: START },
    });
    const overdue = await dueOn(who.resident2!, 'SV-990041', '2026-11-10');
    expect(await remindVerificationDue(t.deps)).toBe(0);
    expect(await reminders(retired.id)).toHaveLength(0);
    expect(await reminders(overdue.id)).toHaveLength(0);

    // Verified again after its reminder, the meter falls due later: that due date has a reminder of its own.
    const hot = await db.prisma.meter.findFirstOrThrow({ where: { serialNumber: 'GV-120702' } });
    await db.prisma.meter.update({
      where: { id: hot.id },
      data: { verifiedOn: day('2022-12-15'), verificationDueOn: day('2026-12-15') },
    });
    expect(await remindVerificationDue(t.deps)).toBe(1);
    expect((await reminders(hot.id)).map((r) => r.dueOn).sort((a, b) => a.getTime() - b.getTime())).toEqual([
      day('2026-12-06'),
      day('2026-12-15'),
    ]);
    expect(await notificationsOf(who.resident!)).toHaveLength(4);
  });
});
