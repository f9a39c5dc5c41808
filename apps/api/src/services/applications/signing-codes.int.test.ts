// Sending signing codes: one live code per application at a time (a new one supersedes the previous in
// the same transaction, and two requests at once send one code), at most five a day per application,
// and the refusal says in the resident's language when to ask again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLFormattedError } from 'graphql';
import { signingCodeLimits } from '@citydesk/domain';
import { toClientError, translateError } from '../../graphql/errors.ts';
import { createLogger } from '../../logger.ts';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import type { Actor } from '../context.ts';
import { requestSigningCode, signApplication } from './sign-application.ts';
import { submitApplication } from './submit-application.ts';
import { signingCodeFromOutbox, uploadedDocument, waitingListAnswers } from './test-applications.ts';

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
const who: Record<string, Actor> = {};
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  // Wednesday 25 November 2026, 10:00 in Kazan (UTC+3).
  t = testDeps(db.prisma, new Date('2026-11-25T07:00:00Z'));
  for (const [name, email] of Object.entries({
    resident: 'resident@demo.citydesk',
    resident2: 'resident2@demo.citydesk',
    resident3: 'resident3@demo.citydesk',
    resident4: 'resident4@demo.citydesk',
  }))
    who[name] = await actorFor(db.prisma, email);
});
afterAll(async () => {
  await db?.close();
});

async function apply(actor: Actor) {
  return submitApplication(t.deps, actor, {
    serviceCode: 'service_housing_waiting_list',
    answers: waitingListAnswers(),
    documents: [{ kind: 'employmentCertificate', attachmentIds: [await uploadedDocument(db.prisma, actor)] }],
  });
}

const codes = (requestId: string) =>
  db.prisma.oneTimeCode.findMany({ where: { requestId }, orderBy: { createdAt: 'asc' } });
const liveCodes = (requestId: string) =>
  db.prisma.oneTimeCode.count({ where: { requestId, consumedAt: null, supersededAt: null } });
const smsCount = (recipientId: string) =>
  db.prisma.notification.count({ where: { recipientId, template: 'signing.code' } });

/** The refusal as a client reading in `locale` receives it. */
async function refusalIn(
  locale: 'ru' | 'en' | 'fa',
  call: () => Promise<unknown>,
): Promise<GraphQLFormattedError> {
  const error = await call().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ code: 'RATE_LIMITED' });
  const formatted = toClientError({ message: 'RATE_LIMITED' }, error, createLogger('silent'));
  return translateError(formatted, locale);
}

describe('signing codes', () => {
  it('supersedes the previous code when a new one is sent: only the newest signs', async () => {
    const a = await apply(who.resident!);
    await requestSigningCode(t.deps, who.resident!, { requestId: a.id });
    const first = await signingCodeFromOutbox(db.prisma, who.resident!.userId, a.number);
    t.advance(signingCodeLimits.resendAfterMs);
    await requestSigningCode(t.deps, who.resident!, { requestId: a.id });
    const second = await signingCodeFromOutbox(db.prisma, who.resident!.userId, a.number);

    const [old, live] = await codes(a.id);
    expect(old).toMatchObject({ supersededAt: t.deps.clock(), consumedAt: null });
    expect(live).toMatchObject({ supersededAt: null, consumedAt: null });
    expect(await liveCodes(a.id)).toBe(1);
    if (first !== second)
      await expect(
        signApplication(t.deps, who.resident!, { requestId: a.id, code: first }),
      ).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
    const signed = await signApplication(t.deps, who.resident!, { requestId: a.id, code: second });
    expect(signed.status).toBe('REGISTERED');
    expect(await liveCodes(a.id)).toBe(0);
  });

  it('sends one code when two requests arrive at once', async () => {
    const a = await apply(who.resident2!);
    t.advance(HOUR);
    const sms = await smsCount(who.resident2!.userId);
    const outcomes = await Promise.allSettled([
      requestSigningCode(t.deps, who.resident2!, { requestId: a.id }),
      requestSigningCode(t.deps, who.resident2!, { requestId: a.id }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(outcomes.find((o) => o.status === 'rejected')?.reason).toMatchObject({ code: 'RATE_LIMITED' });
    expect(await codes(a.id)).toHaveLength(1);
    expect(await liveCodes(a.id)).toBe(1);
    expect(await smsCount(who.resident2!.userId)).toBe(sms + 1);
  });

  it('sends at most five codes a day per application, and names when to ask again', async () => {
    t.advance(new Date('2026-11-25T09:00:00Z').getTime() - t.deps.clock().getTime());
    const a = await apply(who.resident3!);
    for (let i = 0; i < signingCodeLimits.perWindow; i += 1) {
      await requestSigningCode(t.deps, who.resident3!, { requestId: a.id });
      t.advance(10 * MINUTE);
    }
    const sms = await smsCount(who.resident3!.userId);
    const sixth = () => requestSigningCode(t.deps, who.resident3!, { requestId: a.id });
    // The first code leaves the day at 12:00 Kazan time tomorrow (09:00 UTC on the 26th).
    const ru = await refusalIn('ru', sixth);
    expect(ru.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      params: { retryAt: '2026-11-26T09:00:00.000Z' },
    });
    expect(ru.message).toMatch(/26 нояб\. 2026 г\., 12:00/);
    expect((await refusalIn('en', sixth)).message).toMatch(/26 Nov 2026, 12:00/);
    expect((await refusalIn('fa', sixth)).message).toMatch(/۱۲:۰۰/);
    expect(await codes(a.id)).toHaveLength(signingCodeLimits.perWindow);
    expect(await liveCodes(a.id)).toBe(1);
    expect(await smsCount(who.resident3!.userId)).toBe(sms);

    // A minute before the first code leaves the day, still refused; at that moment, a new code.
    t.advance(new Date('2026-11-26T08:59:00Z').getTime() - t.deps.clock().getTime());
    await expect(sixth()).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    t.advance(MINUTE);
    await sixth();
    expect(await codes(a.id)).toHaveLength(signingCodeLimits.perWindow + 1);
    expect(await liveCodes(a.id)).toBe(1);
  });

  it('records the phone the code went to with its whole country code', async () => {
    await db.prisma.user.update({ where: { id: who.resident4!.userId }, data: { phone: '+994501234567' } });
    const a = await apply(who.resident4!);
    const sent = await requestSigningCode(t.deps, who.resident4!, { requestId: a.id });
    expect(sent.sentTo).toBe('+994 ** *** ** 67');
    const code = await signingCodeFromOutbox(db.prisma, who.resident4!.userId, a.number);
    await signApplication(t.deps, who.resident4!, { requestId: a.id, code });
    const signature = await db.prisma.signature.findUniqueOrThrow({ where: { requestId: a.id } });
    expect(signature.sentTo).toBe('+994 ** *** ** 67');
  });
});
