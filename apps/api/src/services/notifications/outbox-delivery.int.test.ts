// How the outbox retries, leases and hands back its messages, on the embedded database and on
// PostgreSQL, with an injected clock: a failing message backs off from a minute up to a day and is then
// FAILED; an SMTP server that is down leaves the messages waiting with growing waits, never FAILED
// within hours; a claimed message is nobody else's until its lease runs out; a stopped worker (the
// API's app.close) hands back what it did not send.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../infra/mail/mailer.ts';
import { testDeps } from '../../test/actors.ts';
import { startSmtpSink } from '../../test/smtp-sink.ts';
import { startTestApp } from '../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import type { Actor } from '../context.ts';
import { deliverPending, type OutboxSender, type OutgoingMessage } from './deliver-outbox.ts';
import { claimDueMessages } from './outbox-leases.ts';
import { maxDeliveryAttempts, retryDelayMs } from './retry-schedule.ts';
import { retryNotification } from './retry-notification.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});
beforeEach(async () => {
  await db.prisma.notification.deleteMany();
  t = testDeps(db.prisma);
});

/** `count` e-mails waiting in the outbox, created one millisecond apart (oldest first). */
async function pendingEmails(count: number, channel: 'EMAIL' | 'SMS' = 'EMAIL') {
  const start = t.deps.clock().getTime();
  await db.prisma.notification.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      channel,
      address: channel === 'SMS' ? `+7917000${String(i).padStart(4, '0')}` : `person${i}@example.test`,
      template: 'test.message',
      locale: 'en' as const,
      subject: `Message ${i}`,
      body: `Body ${i}`,
      createdAt: new Date(start - count + i),
    })),
  });
  return db.prisma.notification.findMany({ where: { channel }, orderBy: { createdAt: 'asc' } });
}

function recordingSender(fail: (m: OutgoingMessage) => Error | null = () => null) {
  const sent: OutgoingMessage[] = [];
  const sender: OutboxSender = {
    channel: 'EMAIL',
    async send(message) {
      const error = fail(message);
      if (error) throw error;
      sent.push(message);
    },
  };
  return { sender, sent };
}

const row = (id: string) => db.prisma.notification.findUniqueOrThrow({ where: { id } });

describe('the retry schedule', () => {
  it('backs a failing message off from a minute up to a day, then leaves it FAILED with its error', async () => {
    const [message] = await pendingEmails(1);
    let tries = 0;
    const { sender } = recordingSender(() => new Error(`550 mailbox unavailable (try ${++tries})`));
    const random = () => 0.5;
    const waits: number[] = [];
    const started = t.deps.clock().getTime();
    for (let attempt = 1; attempt <= maxDeliveryAttempts; attempt++) {
      expect(await deliverPending(t.deps, sender, { random })).toBe(0);
      const after = await row(message!.id);
      expect(after.attempts).toBe(attempt);
      expect(after.leasedBy).toBeNull();
      if (after.status === 'FAILED') break;
      expect(after.status).toBe('PENDING');
      const wait = after.nextAttemptAt!.getTime() - t.deps.clock().getTime();
      waits.push(wait);
      // Not a moment early: one millisecond before its time nobody claims it.
      t.advance(wait - 1);
      expect(await deliverPending(t.deps, sender, { random })).toBe(0);
      expect(tries).toBe(attempt);
      t.advance(1);
    }
    expect(waits).toEqual(
      Array.from({ length: maxDeliveryAttempts - 1 }, (_, i) => retryDelayMs(i + 1, random)),
    );
    expect(waits[0]).toBe(0.9 * MINUTE);
    expect(Math.max(...waits)).toBe(0.9 * DAY);
    expect(waits).toEqual([...waits].sort((a, b) => a - b));

    const failed = await row(message!.id);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: maxDeliveryAttempts, nextAttemptAt: null });
    expect(failed.lastError).toBe(`550 mailbox unavailable (try ${maxDeliveryAttempts})`);
    // More than a day of trying (the waits add up to some 2.4 days), never FAILED within minutes.
    expect(t.deps.clock().getTime() - started).toBeGreaterThan(2 * DAY);
    expect(await deliverPending(t.deps, sender)).toBe(0);
    expect(tries).toBe(maxDeliveryAttempts);
  });

  it('keeps the messages PENDING with growing waits while the SMTP server is down', async () => {
    const messages = await pendingEmails(30);
    const mailer = createSmtpMailer('smtp://127.0.0.1:1', 'citydesk <no-reply@citydesk.test>');
    const firstWaits: number[] = [];
    let lastFirstAttempts = 0;
    try {
      // Three hours of ticks a minute apart, the server refusing every connection.
      for (let tick = 0; tick < 180; tick++) {
        expect(await deliverPending(t.deps, mailer)).toBe(0);
        const first = await row(messages[0]!.id);
        if (first.attempts > lastFirstAttempts) {
          lastFirstAttempts = first.attempts;
          firstWaits.push(first.nextAttemptAt!.getTime() - t.deps.clock().getTime());
        }
        t.advance(MINUTE);
      }
    } finally {
      mailer.close();
    }
    const rows = await db.prisma.notification.findMany({ where: { channel: 'EMAIL' } });
    expect(rows.every((r) => r.status === 'PENDING' && r.leasedBy === null)).toBe(true);
    expect(rows.every((r) => r.lastError && r.nextAttemptAt)).toBe(true);
    // One connection attempt per tick: a dead server costs one try, not one per message in the batch.
    expect(rows.reduce((sum, r) => sum + r.attempts, 0)).toBeLessThanOrEqual(180);
    expect(rows.every((r) => r.attempts >= 1)).toBe(true);
    expect(Math.max(...rows.map((r) => r.attempts))).toBeLessThan(maxDeliveryAttempts);
    expect(firstWaits.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < firstWaits.length; i++) expect(firstWaits[i]).toBeGreaterThan(firstWaits[i - 1]!);
  });
});

describe('leases', () => {
  it('leaves a crashed worker’s claim alone until its lease runs out, then sends it', async () => {
    const [message] = await pendingEmails(1);
    const now = t.deps.clock();
    const claimed = await claimDueMessages(db.prisma, {
      channel: 'EMAIL',
      worker: 'crashed-worker',
      now,
      leaseUntil: new Date(now.getTime() + 2 * MINUTE),
      batch: 10,
    });
    expect(claimed.map((m) => m.id)).toEqual([message!.id]);
    const { sender, sent } = recordingSender();
    t.advance(2 * MINUTE - 1);
    expect(await deliverPending(t.deps, sender)).toBe(0);
    t.advance(1);
    expect(await deliverPending(t.deps, sender)).toBe(1);
    expect(sent.map((m) => m.id)).toEqual([message!.id]);
    // The crashed try counts: a message that kills its worker every time still runs out of tries.
    expect(await row(message!.id)).toMatchObject({ status: 'SENT', attempts: 2, leasedBy: null });
  });

  it('hands back, untried, what a stopping worker had claimed but not sent', async () => {
    const messages = await pendingEmails(5);
    const stop = new AbortController();
    const { sender, sent } = recordingSender(() => {
      stop.abort();
      return null;
    });
    expect(await deliverPending(t.deps, sender, { signal: stop.signal })).toBe(1);
    expect(sent.map((m) => m.id)).toEqual([messages[0]!.id]);
    const rest = await db.prisma.notification.findMany({ where: { status: 'PENDING' } });
    expect(rest).toHaveLength(4);
    expect(rest.every((r) => r.leasedBy === null && r.leasedUntil === null && r.attempts === 0)).toBe(true);
    // Free for the next worker at once, not after the lease.
    const next = recordingSender();
    expect(await deliverPending(t.deps, next.sender)).toBe(4);
  });

  it('stops starting sends when too little of the lease is left, handing the rest back', async () => {
    await pendingEmails(4);
    const { sender, sent } = recordingSender(() => {
      t.advance(30_000);
      return null;
    });
    // Lease 100 s, a send may take 45 s: after two sends (60 s) only 40 s are left.
    expect(await deliverPending(t.deps, sender, { leaseMs: 100_000, sendBudgetMs: 45_000 })).toBe(2);
    expect(sent).toHaveLength(2);
    expect(await db.prisma.notification.count({ where: { status: 'PENDING', leasedBy: null } })).toBe(2);
  });

  it('lets two workers claim at once without sharing a message', async () => {
    await pendingEmails(40);
    const a = recordingSender();
    const b = recordingSender();
    await Promise.all([
      deliverPending(t.deps, a.sender, { batch: 25 }),
      deliverPending(t.deps, b.sender, { batch: 25 }),
    ]);
    const ids = [...a.sent, ...b.sent].map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(40);
  });
});

describe('the administrator’s retry', () => {
  const admin: Actor = {
    userId: randomUUID(),
    role: 'ADMINISTRATOR',
    organizationId: null,
    cityId: null,
    displayName: 'Admin',
    locale: 'en',
  };
  // A real account: the retry's audit row names it (audit_log.actor_id references app_user).
  beforeAll(async () => {
    await db.prisma.user.create({
      data: {
        id: admin.userId,
        email: 'admin@example.test',
        passwordHash: 'x',
        displayName: admin.displayName,
      },
    });
  });

  it('puts a FAILED SMS back to PENDING too', async () => {
    const [sms] = await pendingEmails(1, 'SMS');
    await db.prisma.notification.update({ where: { id: sms!.id }, data: { status: 'FAILED', attempts: 13 } });
    expect(await retryNotification(t.deps, admin, sms!.id)).toMatchObject({ status: 'PENDING', attempts: 0 });
  });

  it('puts a FAILED message back to PENDING with a fresh schedule, due at once', async () => {
    const [message] = await pendingEmails(1);
    await db.prisma.notification.update({
      where: { id: message!.id },
      data: { status: 'FAILED', attempts: maxDeliveryAttempts, lastError: '550 mailbox unavailable' },
    });
    const retried = await retryNotification(t.deps, admin, message!.id);
    expect(retried).toMatchObject({ id: message!.id, status: 'PENDING', attempts: 0, nextAttemptAt: null });
    expect(retried.lastError).toBe('550 mailbox unavailable');
    const { sender, sent } = recordingSender();
    expect(await deliverPending(t.deps, sender)).toBe(1);
    expect(sent.map((m) => m.id)).toEqual([message!.id]);
    expect(await row(message!.id)).toMatchObject({ status: 'SENT', lastError: null, attempts: 1 });
  });

  it('refuses a message that has not failed, another role, and what is not in the outbox', async () => {
    const [message] = await pendingEmails(1);
    const before = await row(message!.id);
    await expect(retryNotification(t.deps, admin, message!.id)).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
    });
    await expect(
      retryNotification(t.deps, { ...admin, role: 'DISPATCHER' }, message!.id),
    ).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    await expect(retryNotification(t.deps, admin, randomUUID())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(retryNotification(t.deps, admin, 'not-a-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await row(message!.id)).toEqual(before);
  });
});

describe('shutdown', () => {
  it('lets the API finish the e-mail it is sending and hand back the rest of its batch', async () => {
    await pendingEmails(10);
    let received = 0;
    let third!: () => void;
    const thirdArrived = new Promise<void>((resolve) => (third = resolve));
    let releaseThird!: () => void;
    const thirdReleased = new Promise<void>((resolve) => (releaseThird = resolve));
    const smtp = await startSmtpSink(() => {
      received += 1;
      if (received !== 3) return;
      third();
      // Held while the API shuts down: the worker is in the middle of a send.
      return thirdReleased;
    });
    const api = await startTestApp({
      databaseUrl: db.url,
      env: {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'citydesk <no-reply@citydesk.test>',
      },
    });
    try {
      const round = api.app.jobs.runAll();
      await thirdArrived;
      const closing = api.close();
      releaseThird();
      await closing;
      await round;
    } finally {
      await smtp.close();
    }
    expect(received).toBe(3);
    const rows = await db.prisma.notification.findMany({ orderBy: { createdAt: 'asc' } });
    expect(rows.map((r) => r.status)).toEqual([...Array(3).fill('SENT'), ...Array(7).fill('PENDING')]);
    expect(rows.every((r) => r.leasedBy === null && r.leasedUntil === null)).toBe(true);
    expect(rows.slice(3).every((r) => r.attempts === 0)).toBe(true);
  });
});
