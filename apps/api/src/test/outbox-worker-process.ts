// An outbox worker in a process of its own, for the crash test (outbox-crash.int.test.ts): it opens the
// database by URL and sends e-mail through SMTP batch after batch until nothing is left to send, then
// exits 0. The test kills it with SIGKILL in the middle of a batch and starts another.
//   OUTBOX_DATABASE_URL  the database      OUTBOX_SMTP_URL  the SMTP server      OUTBOX_MAIL_FROM  sender
//   OUTBOX_LEASE_MS      lease (short, so the test need not wait long for a dead worker's messages)
import { setTimeout as sleep } from 'node:timers/promises';
import { createPrismaClient } from '../infra/db/database.ts';
import { createSmtpMailer } from '../infra/mail/mailer.ts';
import { createLogger } from '../logger.ts';
import { deliverPending, type OutboxDeps } from '../services/notifications/deliver-outbox.ts';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const db = createPrismaClient(env('OUTBOX_DATABASE_URL'), 1);
const mailer = createSmtpMailer(env('OUTBOX_SMTP_URL'), env('OUTBOX_MAIL_FROM'));
const deps: OutboxDeps = { db, clock: () => new Date(), log: createLogger('silent') };
const leaseMs = Number(process.env.OUTBOX_LEASE_MS ?? 2_000);

try {
  for (;;) {
    const sent = await deliverPending(deps, mailer, { batch: 25, leaseMs, sendBudgetMs: leaseMs / 4 });
    if (sent > 0) continue;
    if ((await db.notification.count({ where: { channel: 'EMAIL', status: 'PENDING' } })) === 0) break;
    await sleep(100); // what is left is leased by a dead worker until its lease runs out
  }
} finally {
  mailer.close();
  await db.$disconnect();
}
