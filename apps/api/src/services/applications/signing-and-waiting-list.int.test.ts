// The service-housing waiting list (seed 004): the application is signed with a one-time SMS code
// (sent through the outbox, rate-limited, 5 attempts, 10 minutes), the signature records what was
// signed; approved applicants get queue positions by approval time, which move up when someone is
// removed; a refusal names one of the service's legal grounds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import type { Actor } from '../context.ts';
import { decideApplication } from './decide-application.ts';
import { getApplication } from './list-applications.ts';
import { removeFromWaitingList } from './remove-from-waiting-list.ts';
import { CODE_TTL_MS, MAX_CODE_ATTEMPTS } from '../auth/one-time-code.ts';
import { requestSigningCode, signApplication } from './sign-application.ts';
import { submitApplication } from './submit-application.ts';
import {
  refusedWithoutChange,
  signingCodeFromOutbox,
  uploadedDocument,
  waitingListAnswers,
  wrongCode,
} from './test-applications.ts';
import { queuePosition } from './waiting-list.ts';

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
const who: Record<string, Actor> = {};
const SECOND = 1000;
const MINUTE = 60 * SECOND;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  t = testDeps(db.prisma, new Date('2026-11-25T07:00:00Z'));
  for (const [name, email] of Object.entries({
    resident: 'resident@demo.citydesk',
    resident2: 'resident2@demo.citydesk',
    resident3: 'resident3@demo.citydesk',
    resident4: 'resident4@demo.citydesk',
    housing: 'dispatcher.housing@demo.citydesk',
    kcs: 'dispatcher.kcs@demo.citydesk',
  }))
    who[name] = await actorFor(db.prisma, email);
});
afterAll(async () => {
  await db?.close();
});

async function apply(actor: Actor, iin = '900101300123') {
  return submitApplication(t.deps, actor, {
    serviceCode: 'service_housing_waiting_list',
    answers: waitingListAnswers(iin),
    documents: [{ kind: 'employmentCertificate', attachmentIds: [await uploadedDocument(db.prisma, actor)] }],
  });
}

async function applyAndSign(actor: Actor) {
  const a = await apply(actor);
  await requestSigningCode(t.deps, actor, { requestId: a.id });
  const code = await signingCodeFromOutbox(db.prisma, actor.userId, a.number);
  return signApplication(t.deps, actor, { requestId: a.id, code });
}

const codeIssue = (code: string) => ({
  code: 'INVALID_INPUT',
  details: { issues: [{ field: 'code', code }] },
});

describe('signing with a one-time SMS code', () => {
  it('sends the code through the outbox, refuses wrong, exhausted and expired codes, and signs with the right one', async () => {
    const a = await apply(who.resident!);
    expect(a.status).toBe('SUBMITTED');
    expect(a.signature).toBeNull();

    const sent = await requestSigningCode(t.deps, who.resident!, { requestId: a.id });
    expect(sent.sentTo).toBe('+7 *** *** ** 01'); // resident@'s phone ends in 01
    expect(sent.expiresAt.getTime()).toBe(t.deps.clock().getTime() + CODE_TTL_MS);
    const sms = await db.prisma.notification.findFirstOrThrow({
      where: { recipientId: who.resident!.userId, template: 'signing.code' },
    });
    expect(sms).toMatchObject({ channel: 'SMS', status: 'PENDING' });
    let code = await signingCodeFromOutbox(db.prisma, who.resident!.userId, a.number);
    expect(code).toMatch(/^\d{6}$/);
    // Only a hash of the code is stored.
    const stored = await db.prisma.oneTimeCode.findFirstOrThrow({ where: { requestId: a.id } });
    expect(JSON.stringify(stored)).not.toContain(code);

    // Once a minute at most.
    t.advance(30 * SECOND);
    await expect(requestSigningCode(t.deps, who.resident!, { requestId: a.id })).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
    expect(await db.prisma.oneTimeCode.count({ where: { requestId: a.id } })).toBe(1);

    // A wrong code is refused and counted; the application is untouched.
    await refusedWithoutChange(
      db.prisma,
      () => signApplication(t.deps, who.resident!, { requestId: a.id, code: wrongCode(code) }),
      a.id,
      'INVALID_INPUT',
    );
    await expect(
      signApplication(t.deps, who.resident!, { requestId: a.id, code: wrongCode(code) }),
    ).rejects.toMatchObject(codeIssue('code_invalid'));
    expect((await db.prisma.oneTimeCode.findUniqueOrThrow({ where: { id: stored.id } })).attempts).toBe(2);
    for (let i = 2; i < MAX_CODE_ATTEMPTS; i++)
      await expect(
        signApplication(t.deps, who.resident!, { requestId: a.id, code: wrongCode(code) }),
      ).rejects.toMatchObject(codeIssue('code_invalid'));
    // After 5 wrong guesses even the right code no longer works.
    await expect(signApplication(t.deps, who.resident!, { requestId: a.id, code })).rejects.toMatchObject(
      codeIssue('too_many_attempts'),
    );
    expect((await db.prisma.oneTimeCode.findUniqueOrThrow({ where: { id: stored.id } })).attempts).toBe(
      MAX_CODE_ATTEMPTS,
    );

    // A new code, left for more than 10 minutes, has expired.
    t.advance(MINUTE);
    await requestSigningCode(t.deps, who.resident!, { requestId: a.id });
    code = await signingCodeFromOutbox(db.prisma, who.resident!.userId, a.number);
    t.advance(CODE_TTL_MS);
    await refusedWithoutChange(
      db.prisma,
      () => signApplication(t.deps, who.resident!, { requestId: a.id, code }),
      a.id,
      'INVALID_INPUT',
    );
    await expect(signApplication(t.deps, who.resident!, { requestId: a.id, code })).rejects.toMatchObject(
      codeIssue('code_expired'),
    );

    // The right code in time signs and registers it.
    await requestSigningCode(t.deps, who.resident!, { requestId: a.id });
    code = await signingCodeFromOutbox(db.prisma, who.resident!.userId, a.number);
    t.advance(9 * MINUTE);
    const signed = await signApplication(t.deps, who.resident!, { requestId: a.id, code: ` ${code} ` });
    expect(signed.status).toBe('REGISTERED');
    const events = await db.prisma.requestEvent.findMany({
      where: { requestId: a.id },
      orderBy: { position: 'asc' },
    });
    expect(events.map((e) => e.type)).toEqual(['SUBMITTED', 'SIGNED', 'REGISTERED']);
    const application = await db.prisma.application.findUniqueOrThrow({ where: { requestId: a.id } });
    const signature = await db.prisma.signature.findUniqueOrThrow({ where: { requestId: a.id } });
    expect(signature).toMatchObject({
      signerId: who.resident!.userId,
      method: 'ONE_TIME_CODE',
      contentHash: application.contentHash,
      signedAt: t.deps.clock(),
    });
    expect(signature.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(events[1]!.data).toMatchObject({ method: 'ONE_TIME_CODE', contentHash: application.contentHash });

    // Signed once: neither a new code nor a second signature.
    t.advance(2 * MINUTE);
    await expect(requestSigningCode(t.deps, who.resident!, { requestId: a.id })).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
    });
    await expect(signApplication(t.deps, who.resident!, { requestId: a.id, code })).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
    });
    expect(await db.prisma.signature.count({ where: { requestId: a.id } })).toBe(1);
  });

  it('allows 5 guesses even when they arrive at once', async () => {
    const a = await apply(who.resident4!);
    await requestSigningCode(t.deps, who.resident4!, { requestId: a.id });
    const code = await signingCodeFromOutbox(db.prisma, who.resident4!.userId, a.number);
    const guesses = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        signApplication(t.deps, who.resident4!, {
          requestId: a.id,
          code: String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'),
        }),
      ),
    );
    const codes = guesses.map((g) =>
      g.status === 'rejected'
        ? (g.reason as { details: { issues: { code: string }[] } }).details.issues[0]!.code
        : 'SIGNED',
    );
    expect(codes.filter((c) => c === 'code_invalid')).toHaveLength(MAX_CODE_ATTEMPTS);
    expect(codes.filter((c) => c === 'too_many_attempts')).toHaveLength(12 - MAX_CODE_ATTEMPTS);
    const stored = await db.prisma.oneTimeCode.findFirstOrThrow({ where: { requestId: a.id } });
    expect(stored.attempts).toBe(MAX_CODE_ATTEMPTS);
    expect((await db.prisma.request.findUniqueOrThrow({ where: { id: a.id } })).status).toBe('SUBMITTED');
  });

  it('does not let anyone else ask for a code or sign', async () => {
    const a = await apply(who.resident2!);
    const smsBefore = await db.prisma.notification.count({ where: { channel: 'SMS' } });
    await refusedWithoutChange(
      db.prisma,
      () => requestSigningCode(t.deps, who.resident3!, { requestId: a.id }),
      a.id,
      'NOT_FOUND',
    );
    expect(await db.prisma.notification.count({ where: { channel: 'SMS' } })).toBe(smsBefore);

    t.advance(2 * MINUTE);
    await requestSigningCode(t.deps, who.resident2!, { requestId: a.id });
    const code = await signingCodeFromOutbox(db.prisma, who.resident2!.userId, a.number);
    await refusedWithoutChange(
      db.prisma,
      () => signApplication(t.deps, who.resident3!, { requestId: a.id, code }),
      a.id,
      'NOT_FOUND',
    );
    await refusedWithoutChange(
      db.prisma,
      () => signApplication(t.deps, who.housing!, { requestId: a.id, code }),
      a.id,
      'NOT_ALLOWED',
    );
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid'])
      await expect(signApplication(t.deps, who.resident2!, { requestId: id, code })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    // None of it used up an attempt of the owner's code.
    const stored = await db.prisma.oneTimeCode.findFirstOrThrow({
      where: { requestId: a.id },
      orderBy: { createdAt: 'desc' },
    });
    expect(stored.attempts).toBe(0);
    expect((await signApplication(t.deps, who.resident2!, { requestId: a.id, code })).status).toBe(
      'REGISTERED',
    );
  });
});

describe('the waiting list', () => {
  const DAY = 86_400_000;
  const positions = async (ids: string[]) =>
    Promise.all(
      ids.map(async (id) => {
        const entry = await db.prisma.waitingListEntry.findUnique({ where: { requestId: id } });
        return entry && !entry.removedAt ? queuePosition(db.prisma, entry.id) : null;
      }),
    );

  it('numbers approved applicants by approval time and moves them up when one is removed', async () => {
    const applicants = [who.resident!, who.resident2!, who.resident3!, who.resident4!];
    const signed: Awaited<ReturnType<typeof applyAndSign>>[] = [];
    for (const actor of applicants) {
      t.advance(2 * MINUTE);
      signed.push(await applyAndSign(actor));
    }
    // Approved in another order than filed: resident3, resident, resident4, resident2.
    const order = [2, 0, 3, 1].map((i) => signed[i]!);
    for (const a of order) {
      t.advance(DAY);
      const r = await decideApplication(t.deps, who.housing!, {
        requestId: a.id,
        version: a.version,
        action: 'startReview',
      });
      const approved = await decideApplication(t.deps, who.housing!, {
        requestId: a.id,
        version: r.version,
        action: 'approve',
      });
      expect(approved.status).toBe('APPROVED');
      expect(approved.waitingListEntry?.registeredAt).toEqual(t.deps.clock());
    }
    const ids = order.map((a) => a.id);
    expect(await positions(ids)).toEqual([1, 2, 3, 4]);
    // Each certificate states the registration date and the queue number at approval.
    for (const [i, id] of ids.entries()) {
      const document = await db.prisma.issuedDocument.findFirstOrThrow({ where: { requestId: id } });
      expect(document.kind).toBe('WAITING_LIST');
      const facts = (document.payload as { facts: { value: Record<string, unknown> }[] }).facts;
      expect(facts).toContainEqual(expect.objectContaining({ value: { number: i + 1 } }));
    }

    // Removing #2 moves #3 and #4 up; the removed one has no position any more.
    await expect(
      removeFromWaitingList(t.deps, who.housing!, { requestId: ids[1]!, reason: '   ' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      removeFromWaitingList(t.deps, who.kcs!, { requestId: ids[1]!, reason: 'Housing provided' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      removeFromWaitingList(t.deps, who.resident!, { requestId: ids[1]!, reason: 'Housing provided' }),
    ).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    t.advance(DAY);
    const removed = await removeFromWaitingList(t.deps, who.housing!, {
      requestId: ids[1]!,
      reason: 'Housing provided',
    });
    expect(removed.waitingListEntry).toMatchObject({
      removedAt: t.deps.clock(),
      removalReason: 'Housing provided',
    });
    expect(await positions(ids)).toEqual([1, null, 2, 3]);
    expect(
      await db.prisma.requestEvent.count({ where: { requestId: ids[1]!, type: 'LIST_ENTRY_REMOVED' } }),
    ).toBe(1);
    // One audit row for the keeper's removal (the refused attempts above left none), with its certificate revoked.
    expect(
      await db.prisma.auditLog.findMany({ where: { action: 'application.waiting_list.remove' } }),
    ).toMatchObject([
      {
        actorId: who.housing!.userId,
        targetType: 'application',
        targetId: ids[1],
        details: { reason: 'Housing provided', revokedDocuments: 1 },
      },
    ]);
    // Removed once only.
    await expect(
      removeFromWaitingList(t.deps, who.housing!, { requestId: ids[1]!, reason: 'Again' }),
    ).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    // The applicant still sees the application; the entry says when it was removed.
    const seen = await getApplication(t.deps, who.resident!, ids[1]!);
    expect(seen?.waitingListEntry?.removedAt).not.toBeNull();

    // A new approval joins at the end.
    t.advance(2 * MINUTE);
    const late = await applyAndSign(who.resident3!);
    const r = await decideApplication(t.deps, who.housing!, {
      requestId: late.id,
      version: late.version,
      action: 'startReview',
    });
    await decideApplication(t.deps, who.housing!, {
      requestId: late.id,
      version: r.version,
      action: 'approve',
    });
    expect(await positions([...ids, late.id])).toEqual([1, null, 2, 3, 4]);
  });

  it('refuses only on one of the three legal grounds, and the refused applicant is not on the list', async () => {
    t.advance(2 * MINUTE);
    const a = await applyAndSign(who.resident4!);
    const review = await decideApplication(t.deps, who.housing!, {
      requestId: a.id,
      version: a.version,
      action: 'startReview',
    });
    for (const groundCode of ['notAccountHolder', 'madeUp'])
      await refusedWithoutChange(
        db.prisma,
        () =>
          decideApplication(t.deps, who.housing!, {
            requestId: a.id,
            version: review.version,
            action: 'refuse',
            groundCode,
          }),
        a.id,
        'INVALID_INPUT',
      );
    const refused = await decideApplication(t.deps, who.housing!, {
      requestId: a.id,
      version: review.version,
      action: 'refuse',
      groundCode: 'housingLawRequirements',
      comment: 'The applicant already owns a flat in the city',
    });
    expect(refused.status).toBe('REFUSED');
    const event = await db.prisma.requestEvent.findFirstOrThrow({
      where: { requestId: a.id, type: 'REFUSED' },
    });
    expect(['falseDocuments', 'noPersonalDataConsent', 'housingLawRequirements']).toContain(event.reasonCode);
    expect(refused.waitingListEntry).toBeNull();
    // Not a certificate of registration: a certificate of refusal.
    expect(refused.issuedDocuments.map((d) => d.kind)).toEqual(['REFUSAL']);
  });
});
