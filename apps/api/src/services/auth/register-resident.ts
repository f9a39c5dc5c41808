// A resident signs up on their own (issue 13): the form's details wait in a `registration` row until the
// six-digit code e-mailed to the address is typed back (confirm-registration.ts creates the account).
// An address that already has an account gets the same answer and the same work (a row, a hashed password,
// one message), but its message says "you already have an account, set a new password here" instead of a
// code, and its row can never be confirmed: the answer tells no one who has an account.
import { randomUUID } from 'node:crypto';
import { locales, type Locale } from '@citydesk/domain';
import { createTranslator } from '@citydesk/i18n';
import { invalidInput, rateLimited } from '../../errors.ts';
import type { SelfServiceThrottle } from '../../infra/rate-limit/self-service-throttle.ts';
import { normalizedEmail } from '../contacts/confirm-contact.ts';
import type { ServiceDeps } from '../context.ts';
import { hashOneTimeCode, newSixDigitCode } from './one-time-code.ts';
import { hashPassword } from './password.ts';
import { assertNewPassword } from './password-rules.ts';

/** How long a sign-up code is valid. */
export const REGISTRATION_TTL_MS = 15 * 60_000;
export const REGISTRATION_CODE_TEMPLATE = 'registration.code';
export const REGISTRATION_EXISTING_TEMPLATE = 'registration.existing';
export const displayNameLength = { max: 100 };

export interface RegisterResidentInput {
  email: string;
  displayName: string;
  password: string;
  locale: Locale;
  ip: string;
  /** Where users reach the web app: the "set a new password" link starts there. */
  publicUrl: string;
}

/** The scope a registration's code is hashed under: its handle. */
export const registrationScope = (handle: string) => `registration:${handle}`;

export const appLink = (publicUrl: string, path: string) => `${publicUrl.replace(/\/+$/, '')}${path}`;

export async function registerResident(
  deps: ServiceDeps & { selfServiceThrottle: SelfServiceThrottle },
  input: RegisterResidentInput,
): Promise<{ handle: string; sentTo: string; expiresAt: Date }> {
  const email = normalizedEmail(input.email);
  const displayName = input.displayName.trim().replace(/\s+/g, ' ');
  if (displayName.length === 0) throw invalidInput([{ field: 'displayName', code: 'required' }]);
  if (displayName.length > displayNameLength.max)
    throw invalidInput([{ field: 'displayName', code: 'too_long' }]);
  assertNewPassword(input.password, 'password');
  const locale: Locale = locales.includes(input.locale) ? input.locale : 'ru';

  const attempt = await deps.selfServiceThrottle.attempt('register', input.ip, email, deps.clock());
  if (!attempt.allowed) throw rateLimited(attempt.retryAfterMs);

  const passwordHash = await hashPassword(input.password);
  const code = newSixDigitCode();
  const now = deps.clock();
  const expiresAt = new Date(now.getTime() + REGISTRATION_TTL_MS);
  const handle = randomUUID();
  await deps.db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, locale: true } });
    // The account holder reads their message in the language they chose; a newcomer in the form's.
    const { t } = createTranslator((existing?.locale as Locale | undefined) ?? locale);
    await tx.registration.create({
      data: {
        id: handle,
        email,
        displayName,
        passwordHash,
        locale,
        // For an existing account the code is never sent, and confirming refuses the row anyway.
        codeHash: hashOneTimeCode(registrationScope(handle), code),
        existingUserId: existing?.id ?? null,
        createdAt: now,
        expiresAt,
      },
    });
    await tx.notification.create({
      data: existing
        ? {
            recipientId: existing.id,
            address: email,
            channel: 'EMAIL',
            template: REGISTRATION_EXISTING_TEMPLATE,
            locale: existing.locale,
            subject: t('selfService.mail.registrationExistingSubject'),
            body: t('selfService.mail.registrationExistingText', {
              link: appLink(input.publicUrl, '/forgot-password'),
            }),
            payload: {},
            createdAt: now,
          }
        : {
            address: email,
            channel: 'EMAIL',
            template: REGISTRATION_CODE_TEMPLATE,
            locale,
            subject: t('selfService.mail.registrationCodeSubject'),
            body: t('selfService.mail.registrationCodeText', { name: displayName, code }),
            // What staff see instead of the code is rendered from it (redact-secrets.ts).
            payload: { name: displayName },
            createdAt: now,
          },
    });
  });
  return { handle, sentTo: email, expiresAt };
}
