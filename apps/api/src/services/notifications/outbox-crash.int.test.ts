// The outbox survives kill -9: 200 e-mails wait, an outbox worker runs in a child process against a
// local SMTP sink that counts Message-IDs, and is killed (SIGKILL) twice in the middle of a batch, each
// time while the sink holds a message it has received but not yet acknowledged: the worst moment,
// between sending and recording. Every message must arrive, and at most one Message-ID twice per
// killed worker (the one it was sending); the rest of its batch is sent once, by the next worker,
// after the dead worker's lease runs out.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageIdFor } from '../../infra/mail/mailer.ts';
import { messageIdOf, startSmtpSink, type SmtpSink } from '../../test/smtp-sink.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';

const MESSAGES = 200;
/** Kill the worker while the sink holds the n-th message (counted from the start of the test). */
const KILL_AT = [60, 140];
const FROM = 'citydesk <no-reply@outbox-crash.test>';

let db: TestDatabase;
let smtp: SmtpSink;
/** Message-IDs in the order the sink received them. */
const arrived: string[] = [];
let worker: ChildProcess | null = null;
const killed: number[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await startSmtpSink((raw) => {
    const id = messageIdOf(raw);
    if (!id) throw new Error('no Message-ID');
    arrived.push(id);
    // Received, not yet acknowledged: the worker cannot have recorded it as sent.
    if (KILL_AT.includes(arrived.length) && worker?.pid) {
      killed.push(arrived.length);
      worker.kill('SIGKILL');
    }
  });
});
afterAll(async () => {
  worker?.kill('SIGKILL');
  await smtp?.close();
  await db?.close();
});

/** Starts the outbox worker process; resolves with its exit code, or the signal that ended it. */
function runWorker(): Promise<number | NodeJS.Signals> {
  const script = path.join(import.meta.dirname, '../../test/outbox-worker-process.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: {
      ...process.env,
      OUTBOX_DATABASE_URL: db.url,
      OUTBOX_SMTP_URL: smtp.url,
      OUTBOX_MAIL_FROM: FROM,
      OUTBOX_LEASE_MS: '1500',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  worker = child;
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(signal ?? code ?? -1));
  });
}

describe('an outbox worker killed with SIGKILL mid-batch', () => {
  it('loses no e-mail and sends at most one twice per killed worker', { timeout: 180_000 }, async () => {
    await db.prisma.notification.createMany({
      data: Array.from({ length: MESSAGES }, (_, i) => ({
        channel: 'EMAIL' as const,
        address: `person${i}@example.test`,
        template: 'test.crash',
        locale: 'en' as const,
        subject: `Message ${i}`,
        body: `Body ${i}`,
        createdAt: new Date(Date.now() - MESSAGES + i),
      })),
    });
    const ids = (await db.prisma.notification.findMany({ select: { id: true } })).map((n) => n.id);

    // The database is left to the workers while they run (the embedded one serves one client at a time).
    const exits: (number | NodeJS.Signals)[] = [];
    for (let run = 0; run <= KILL_AT.length && exits.at(-1) !== 0; run++) exits.push(await runWorker());
    expect(exits).toEqual(['SIGKILL', 'SIGKILL', 0]);
    expect(killed).toEqual(KILL_AT);

    const expected = ids.map((id) => messageIdFor(id, FROM)).sort();
    expect([...new Set(arrived)].sort()).toEqual(expected);
    const copies = new Map<string, number>();
    for (const id of arrived) copies.set(id, (copies.get(id) ?? 0) + 1);
    const twice = [...copies.values()].filter((n) => n > 1);
    expect(twice.every((n) => n === 2)).toBe(true);
    expect(twice.length).toBeLessThanOrEqual(KILL_AT.length);
    expect(arrived.length).toBe(MESSAGES + twice.length);
    console.log(
      `outbox crash test (${db.engine}): ${arrived.length} deliveries of ${MESSAGES} messages, ` +
        `${twice.length} duplicate(s) after ${KILL_AT.length} kills`,
    );

    const rows = await db.prisma.notification.groupBy({ by: ['status'], _count: true });
    expect(rows).toEqual([{ status: 'SENT', _count: MESSAGES }]);
    expect(await db.prisma.notification.count({ where: { leasedBy: { not: null } } })).toBe(0);
  });
});
