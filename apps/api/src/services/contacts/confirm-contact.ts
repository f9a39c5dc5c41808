// A resident proves that an e-mail address typed into an application reaches them before the
// application's notices go there (seed 000: "the result goes to this address; a wrong address makes
// the application invalid"). A six-digit code is e-mailed to the address through the outbox; one code
// per address is live at a time, a new one waits a minute and at most five are sent a day; five wrong
// guesses end a code. The account's own address needs no code, and a confirmed address stays confirmed.
import { signingCodeAllowance, signingCodeLimits, type Locale } from '@citydesk/domain';
import { createTranslator } from '@citydesk/i18n';
import { invalidInput, notAllowed } from '../../errors.ts';
import {
  CODE_TTL_MS,
  MAX_CODE_ATTEMPTS,
  codeTooSoon,
  hashOneTimeCode,
  newSixDigitCode,
  oneTimeCodeMatches,
} from '../auth/one-time-code.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import type { Tx } from '../../infra/db/database.ts';
import { assertCan } from '../authorization/assert-can.ts';

export const CONTACT_CODE_TEMPLATE = 'contact.code';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The address as stored and compared: trimmed, lower-cased; INVALID_INPUT when it is not an address. */
export function normalizedEmail(input: string): string {
  const email = input.trim().toLowerCase();
  if (email.length === 0) throw invalidInput([{ field: 'email', code: 'required' }]);
  if (email.length > 254 || !emailPattern.test(email))
    throw invalidInput([{ field: 'email', code: 'invalid_email' }]);
  return email;
}

const scopeOf = (userId: string, email: string) => `${userId}:${email}`;

function residentOf(actor: Actor): string {
  assertCan(actor, 'contact:confirm');
  return actor.userId;
}

/** Whether `email` may receive the notices of `user`'s applications: the account's own or a confirmed one. */
export async function isConfirmedEmail(
  db: Tx,
  user: { id: string; email: string },
  email: string,
): Promise<boolean> {
  if (user.email.toLowerCase() === email) return true;
  const confirmed = await db.contactConfirmation.count({
    where: { userId: user.id, email, confirmedAt: { not: null } },
  });
  return confirmed > 0;
}

const accountOf = (db: Tx, userId: string) =>
  db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true } });

/** The addresses the resident confirmed, besides the account's own. */
export async function confirmedEmails(deps: ServiceDeps, actor: Actor): Promise<string[]> {
  const userId = residentOf(actor);
  const rows = await deps.db.contactConfirmation.findMany({
    where: { userId, confirmedAt: { not: null } },
    select: { email: true },
    distinct: ['email'],
    orderBy: { email: 'asc' },
  });
  return rows.map((r) => r.email);
}

export async function requestContactConfirmation(
  deps: ServiceDeps,
  actor: Actor,
  input: { email: string },
): Promise<{ sentTo: string; expiresAt: Date; alreadyConfirmed: boolean }> {
  const userId = residentOf(actor);
  const email = normalizedEmail(input.email);
  const now = deps.clock();
  const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
  if (await isConfirmedEmail(deps.db, await accountOf(deps.db, userId), email))
    return { sentTo: email, expiresAt, alreadyConfirmed: true };
  const code = newSixDigitCode();
  await deps.db.$transaction(async (tx) => {
    // The user's row lock makes concurrent requests take turns, so each sees the codes the others sent.
    const [user] = await tx.$queryRaw<{ locale: string; time_zone: string | null }[]>`
      SELECT u.locale::text AS locale,
             (SELECT c.time_zone FROM occupancy o JOIN premises p ON p.id = o.premises_id
                JOIN building b ON b.id = p.building_id JOIN district d ON d.id = b.district_id
                JOIN city c ON c.id = d.city_id WHERE o.user_id = u.id LIMIT 1) AS time_zone
        FROM app_user u WHERE u.id = ${userId}::uuid FOR UPDATE OF u`;
    if (!user) throw notAllowed();
    const sent = await tx.contactConfirmation.findMany({
      where: { userId, email, createdAt: { gt: new Date(now.getTime() - signingCodeLimits.windowMs) } },
      select: { createdAt: true },
    });
    const allowance = signingCodeAllowance(
      sent.map((c) => c.createdAt),
      now,
    );
    if (!allowance.ok) throw codeTooSoon(allowance, now, user.time_zone ?? 'UTC');
    await tx.contactConfirmation.updateMany({
      where: { userId, email, confirmedAt: null, supersededAt: null },
      data: { supersededAt: now },
    });
    await tx.contactConfirmation.create({
      data: {
        userId,
        email,
        codeHash: hashOneTimeCode(scopeOf(userId, email), code),
        createdAt: now,
        expiresAt,
      },
    });
    const locale = user.locale as Locale;
    const { t } = createTranslator(locale);
    await tx.notification.create({
      data: {
        recipientId: userId,
        address: email,
        channel: 'EMAIL',
        template: CONTACT_CODE_TEMPLATE,
        locale,
        subject: t('contacts.codeSubject'),
        body: t('contacts.codeText', { code }),
        payload: {},
        createdAt: now,
      },
    });
  });
  return { sentTo: email, expiresAt, alreadyConfirmed: false };
}

export async function confirmContact(
  deps: ServiceDeps,
  actor: Actor,
  input: { email: string; code: string },
): Promise<{ email: string }> {
  const userId = residentOf(actor);
  const email = normalizedEmail(input.email);
  const now = deps.clock();
  if (await isConfirmedEmail(deps.db, await accountOf(deps.db, userId), email)) return { email };
  const live = await deps.db.contactConfirmation.findFirst({
    where: { userId, email, confirmedAt: null, supersededAt: null },
  });
  if (!live || live.expiresAt <= now) throw invalidInput([{ field: 'code', code: 'code_expired' }]);
  // The attempt is counted first, in its own conditional write, so a wrong guess is never rolled back.
  const { count: counted } = await deps.db.contactConfirmation.updateMany({
    where: { id: live.id, attempts: { lt: MAX_CODE_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  });
  if (counted === 0) throw invalidInput([{ field: 'code', code: 'too_many_attempts' }]);
  if (!oneTimeCodeMatches(live.codeHash, scopeOf(userId, email), input.code))
    throw invalidInput([{ field: 'code', code: 'code_invalid' }]);
  const { count } = await deps.db.contactConfirmation.updateMany({
    where: { id: live.id, confirmedAt: null, supersededAt: null },
    data: { confirmedAt: now },
  });
  if (count === 0) throw invalidInput([{ field: 'code', code: 'code_expired' }]);
  return { email };
}
