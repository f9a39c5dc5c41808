// Steps become notifications for the parties who care, in each recipient's language; e-mails
// leave through a real SMTP server (started here), each under the Message-ID of its notification, and
// are marked sent exactly once.
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../infra/mail/mailer.ts';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { assignRequest } from '../requests/assign-request.ts';
import { fileRequest } from '../requests/file-request.ts';
import { deliverPending } from './deliver-outbox.ts';
import { countUnread, listMyNotifications, markRead } from './my-notifications.ts';

interface Received {
  messageId: string;
  to: string;
  subject: string;
  text: string;
}

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
let smtp: SmtpSink;
const received: Received[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  t = testDeps(db.prisma);
  smtp = await startSmtpSink(async (raw) => {
    const mail = await simpleParser(raw);
    received.push({
      messageId: mail.messageId ?? '',
      to: mail.to
        ? [mail.to]
            .flat()
            .map((a) => a.text)
            .join(',')
        : '',
      subject: mail.subject ?? '',
      text: mail.text ?? '',
    });
  });
});
afterAll(async () => {
  await smtp?.close();
  await db?.close();
});

async function fileAndAssign() {
  const resident = await actorFor(db.prisma, 'resident@demo.citydesk');
  const dispatcher = await actorFor(db.prisma, 'dispatcher@demo.citydesk');
  const contractor = await actorFor(db.prisma, 'contractor@demo.citydesk');
  const premises = await db.prisma.occupancy.findFirstOrThrow({ where: { userId: resident.userId } });
  const category = await db.prisma.serviceCategory.findUniqueOrThrow({ where: { code: 'entrance_door' } });
  const request = await fileRequest(t.deps, resident, {
    categoryId: category.id,
    premisesId: premises.premisesId,
    description: 'The entrance door does not close',
    contactPhone: '+79175551234',
  });
  const assigned = await assignRequest(t.deps, dispatcher, {
    requestId: request.id,
    version: request.version,
    contractorOrganizationId: contractor.organizationId!,
  });
  return { resident, dispatcher, contractor, request: assigned };
}

describe('notifications', () => {
  it('tells the company of a routed request, the contractor and resident of the assignment — not the actor', async () => {
    const { resident, dispatcher, contractor, request } = await fileAndAssign();
    const forRequest = { payload: { path: ['requestId'], equals: request.id } };
    const inbox = (userId: string) =>
      db.prisma.notification.findMany({ where: { recipientId: userId, channel: 'IN_APP', ...forRequest } });
    expect((await inbox(dispatcher.userId)).map((n) => n.template)).toEqual(['request.ROUTED']);
    expect((await inbox(contractor.userId)).map((n) => n.template)).toEqual(['request.ASSIGNED']);
    // The resident filed it themselves: no "received" notice for their own action.
    expect((await inbox(resident.userId)).map((n) => n.template)).toEqual(['request.ASSIGNED']);
    // Each in-app item has its e-mail twin waiting in the outbox.
    const dispatchers = await db.prisma.membership.count({
      where: { role: 'DISPATCHER', organizationId: dispatcher.organizationId },
    });
    const staff = await db.prisma.membership.count({
      where: { role: 'CONTRACTOR', organizationId: contractor.organizationId },
    });
    const inApp = await db.prisma.notification.count({ where: { channel: 'IN_APP', ...forRequest } });
    expect(inApp).toBe(dispatchers + staff + 1);
    expect(
      await db.prisma.notification.count({ where: { channel: 'EMAIL', status: 'PENDING', ...forRequest } }),
    ).toBe(inApp);
  });

  it('writes each notification in the recipient’s language', async () => {
    const { dispatcher, request } = await fileAndAssign();
    await db.prisma.user.update({ where: { id: dispatcher.userId }, data: { locale: 'fa' } });
    const { contractor } = await fileAndAssign();
    const ru = await db.prisma.notification.findFirstOrThrow({
      where: {
        recipientId: dispatcher.userId,
        channel: 'IN_APP',
        payload: { path: ['requestId'], equals: request.id },
      },
    });
    expect(ru.locale).toBe('ru');
    expect(ru.subject).toContain(request.number);
    expect(ru.subject).not.toMatch(/notifications\./);
    const fa = await db.prisma.notification.findFirstOrThrow({
      where: { recipientId: dispatcher.userId, channel: 'IN_APP', locale: 'fa' },
    });
    expect(fa.subject).toMatch(/[\u0600-\u06FF]/);
    expect(contractor.userId).toBeTruthy();
    await db.prisma.user.update({ where: { id: dispatcher.userId }, data: { locale: 'ru' } });
  });

  it('counts unread items and marks them read', async () => {
    const { contractor } = await fileAndAssign();
    const before = await countUnread(t.deps, contractor);
    expect(before).toBeGreaterThan(0);
    const [latest] = await listMyNotifications(t.deps, contractor, 1);
    expect(await markRead(t.deps, contractor, [latest!.id])).toBe(1);
    expect(await countUnread(t.deps, contractor)).toBe(before - 1);
    await markRead(t.deps, contractor, null);
    expect(await countUnread(t.deps, contractor)).toBe(0);
  });

  it('sends pending e-mails through SMTP once, in the recipient’s language', async () => {
    const { request } = await fileAndAssign();
    const mailer = createSmtpMailer(smtp.url, 'citydesk <no-reply@citydesk.test>');
    try {
      const pending = await db.prisma.notification.count({ where: { channel: 'EMAIL', status: 'PENDING' } });
      let sent = 0;
      for (let round = 0; round < 20 && sent < pending; round++)
        sent += await deliverPending(t.deps, { channel: 'EMAIL', send: (m) => mailer.send(m) });
      expect(sent).toBe(pending);
      expect(await deliverPending(t.deps, { channel: 'EMAIL', send: (m) => mailer.send(m) })).toBe(0);
      const toContractor = received.find(
        (m) => m.to.includes('contractor@demo.citydesk') && m.subject.includes(request.number),
      );
      expect(toContractor).toBeDefined();
      expect(toContractor!.subject).toMatch(/[а-я]/i);
      const row = await db.prisma.notification.findFirstOrThrow({
        where: {
          channel: 'EMAIL',
          subject: toContractor!.subject,
          recipient: { email: 'contractor@demo.citydesk' },
        },
      });
      expect(toContractor!.messageId).toBe(`<${row.id}@citydesk.test>`);
      expect(new Set(received.map((m) => m.messageId)).size).toBe(received.length);
      expect(await db.prisma.notification.count({ where: { channel: 'EMAIL', status: 'PENDING' } })).toBe(0);
    } finally {
      mailer.close();
    }
  });

  it('keeps a failing e-mail for a later retry and records the error', async () => {
    await fileAndAssign();
    const mailer = createSmtpMailer('smtp://127.0.0.1:1', 'citydesk <no-reply@citydesk.test>');
    try {
      expect(
        await deliverPending(t.deps, { channel: 'EMAIL', send: (m) => mailer.send(m) }, { batch: 1 }),
      ).toBe(0);
      const failed = await db.prisma.notification.findFirstOrThrow({
        where: { channel: 'EMAIL', status: 'PENDING', attempts: 1 },
      });
      expect(failed.lastError).toBeTruthy();
      // Tried again after a backoff, not at the next tick.
      expect(failed.nextAttemptAt!.getTime()).toBeGreaterThan(t.deps.clock().getTime());
      expect(failed.leasedBy).toBeNull();
    } finally {
      mailer.close();
    }
  });
});
