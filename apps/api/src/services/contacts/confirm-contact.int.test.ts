// The e-mail a resident types into an application is where its notices go (seed 000), so an address
// that is not the account's must be confirmed with a code sent there first: unconfirmed, the
// application is refused and nothing is filed; confirmed, the notices go to it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { submitApplication } from '../applications/submit-application.ts';
import { noDebtAnswers, uploadedDocument, wrongCode } from '../applications/test-applications.ts';
import { CODE_TTL_MS, MAX_CODE_ATTEMPTS } from '../auth/one-time-code.ts';
import type { Actor } from '../context.ts';
import { withoutSecrets } from '../notifications/redact-secrets.ts';
import { confirmContact, confirmedEmails, requestContactConfirmation } from './confirm-contact.ts';

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
const who: Record<string, Actor> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  t = testDeps(db.prisma, new Date('2026-11-03T07:00:00Z'));
  who.resident = await actorFor(db.prisma, 'resident@demo.citydesk');
  who.other = await actorFor(db.prisma, 'resident2@demo.citydesk');
  who.desk = await actorFor(db.prisma, 'dispatcher.vodokanal@demo.citydesk');
});
afterAll(async () => {
  await db?.close();
});

async function apply(actor: Actor, email: string) {
  const home = await db.prisma.occupancy.findFirstOrThrow({ where: { userId: actor.userId } });
  return submitApplication(t.deps, actor, {
    serviceCode: 'no_debt_certificate',
    premisesId: home.premisesId,
    answers: noDebtAnswers('100000000001', email),
    documents: [{ kind: 'propertyDocuments', attachmentIds: [await uploadedDocument(db.prisma, actor)] }],
  });
}

/** The newest confirmation code e-mailed to `email`. */
async function codeSentTo(email: string) {
  const mail = await db.prisma.notification.findFirstOrThrow({
    where: { template: 'contact.code', address: email },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  return { mail, code: mail.body.match(/(?<!\d)\d{6}(?!\d)/)![0] };
}

describe('confirming the e-mail an application gives', () => {
  it('refuses an application to an unconfirmed address and files nothing', async () => {
    const before = await db.prisma.request.count();
    await expect(apply(who.resident!, 'alia.work@example.com')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { issues: [{ field: 'answers.email', code: 'email_unconfirmed' }] },
    });
    expect(await db.prisma.request.count()).toBe(before);
  });

  it('needs no code for the account’s own address, in any case', async () => {
    const sent = await requestContactConfirmation(t.deps, who.resident!, {
      email: ' Resident@Demo.Citydesk ',
    });
    expect(sent.alreadyConfirmed).toBe(true);
    expect(await db.prisma.notification.count({ where: { template: 'contact.code' } })).toBe(0);
    const a = await apply(who.resident!, 'RESIDENT@demo.citydesk');
    expect(a.application?.applicantEmail).toBe('resident@demo.citydesk');
  });

  it('e-mails a code to the address, in the resident’s language, blotted out for staff', async () => {
    const sent = await requestContactConfirmation(t.deps, who.resident!, { email: 'Alia.Work@Example.com' });
    expect(sent).toMatchObject({ sentTo: 'alia.work@example.com', alreadyConfirmed: false });
    expect(sent.expiresAt.getTime()).toBe(t.deps.clock().getTime() + CODE_TTL_MS);
    const { mail, code } = await codeSentTo('alia.work@example.com');
    expect(mail).toMatchObject({ recipientId: who.resident!.userId, channel: 'EMAIL', locale: 'ru' });
    expect(withoutSecrets(mail).body).not.toContain(code);
    // Only a hash is kept.
    const row = await db.prisma.contactConfirmation.findFirstOrThrow({
      where: { email: 'alia.work@example.com' },
    });
    expect(row.codeHash).not.toContain(code);
  });

  it('waits a minute before another code, and the new code replaces the old one', async () => {
    await expect(
      requestContactConfirmation(t.deps, who.resident!, { email: 'alia.work@example.com' }),
    ).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    const { code: old } = await codeSentTo('alia.work@example.com');
    t.advance(61_000);
    await requestContactConfirmation(t.deps, who.resident!, { email: 'alia.work@example.com' });
    const { code: fresh } = await codeSentTo('alia.work@example.com');
    expect(
      await db.prisma.contactConfirmation.count({
        where: { email: 'alia.work@example.com', confirmedAt: null, supersededAt: null },
      }),
    ).toBe(1);
    if (old !== fresh)
      await expect(
        confirmContact(t.deps, who.resident!, { email: 'alia.work@example.com', code: old }),
      ).rejects.toMatchObject({ details: { issues: [{ code: 'code_invalid' }] } });
  });

  it('does not let another resident confirm or use the address with someone else’s code', async () => {
    const { code } = await codeSentTo('alia.work@example.com');
    await expect(
      confirmContact(t.deps, who.other!, { email: 'alia.work@example.com', code }),
    ).rejects.toMatchObject({ details: { issues: [{ code: 'code_expired' }] } });
    await expect(
      confirmContact(t.deps, who.desk!, { email: 'alia.work@example.com', code }),
    ).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
  });

  it('confirms with the right code, and the application’s notices then go to the address', async () => {
    const { code } = await codeSentTo('alia.work@example.com');
    await expect(
      confirmContact(t.deps, who.resident!, { email: 'alia.work@example.com', code: wrongCode(code) }),
    ).rejects.toMatchObject({ details: { issues: [{ code: 'code_invalid' }] } });
    expect(await confirmContact(t.deps, who.resident!, { email: 'alia.work@example.com', code })).toEqual({
      email: 'alia.work@example.com',
    });
    expect(await confirmedEmails(t.deps, who.resident!)).toEqual(['alia.work@example.com']);
    expect(await confirmedEmails(t.deps, who.other!)).toEqual([]);

    const a = await apply(who.resident!, 'alia.work@example.com');
    const notice = await db.prisma.notification.findFirstOrThrow({
      where: { channel: 'EMAIL', template: 'request.REGISTERED', event: { requestId: a.id } },
    });
    // The form's e-mail, not the account's, is where the applicant hears (seed 000).
    expect(notice).toMatchObject({ recipientId: who.resident!.userId, address: 'alia.work@example.com' });
    // Another resident typing the same address is not covered by this confirmation.
    await expect(apply(who.other!, 'alia.work@example.com')).rejects.toMatchObject({
      details: { issues: [{ field: 'answers.email', code: 'email_unconfirmed' }] },
    });
  });

  it('ends a code after five wrong guesses', async () => {
    t.advance(61_000);
    await requestContactConfirmation(t.deps, who.resident!, { email: 'alia.home@example.com' });
    const { code } = await codeSentTo('alia.home@example.com');
    for (let i = 0; i < MAX_CODE_ATTEMPTS; i++)
      await expect(
        confirmContact(t.deps, who.resident!, { email: 'alia.home@example.com', code: wrongCode(code) }),
      ).rejects.toMatchObject({ details: { issues: [{ code: 'code_invalid' }] } });
    await expect(
      confirmContact(t.deps, who.resident!, { email: 'alia.home@example.com', code }),
    ).rejects.toMatchObject({ details: { issues: [{ code: 'too_many_attempts' }] } });
  });

  it('refuses what is not an e-mail address', async () => {
    await expect(
      requestContactConfirmation(t.deps, who.resident!, { email: 'not-an-email' }),
    ).rejects.toMatchObject({ details: { issues: [{ field: 'email', code: 'invalid_email' }] } });
  });
});
