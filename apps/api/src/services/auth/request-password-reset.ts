// "Forgot your password?" (issue 13). The answer is always the same, and so is the work behind it: the
// typed address is throttled (per client address and per typed address, whether or not an account uses
// it), a random 32-byte token is drawn and hashed, and one transaction writes one `password_reset` row and
// one e-mail to the outbox, which sends it later (so the response never waits on mail). For an account the
// mail holds the link `<PUBLIC_URL>/reset-password?token=…`; for an address without one it says so and
// offers to sign up, and its row has no user, so its token (never sent) redeems nothing.
import { createHash, randomBytes } from 'node:crypto';
import type { Locale } from '@citydesk/domain';
import { createTranslator } from '@citydesk/i18n';
import { rateLimited } from '../../errors.ts';
import type { SelfServiceThrottle } from '../../infra/rate-limit/self-service-throttle.ts';
import { normalizedEmail } from '../contacts/confirm-contact.ts';
import type { ServiceDeps } from '../context.ts';
import { appLink } from './register-resident.ts';

/** How long a reset link works. */
export const RESET_LINK_TTL_MS = 60 * 60_000;
export const RESET_LINK_TEMPLATE = 'password-reset.link';
export const RESET_NO_ACCOUNT_TEMPLATE = 'password-reset.no-account';

export const hashResetToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface RequestPasswordResetInput {
  login: string;
  ip: string;
  /** The language of the page it was asked from: the mail's, when no account tells another. */
  locale: Locale;
  publicUrl: string;
}

export async function requestPasswordReset(
  deps: ServiceDeps & { selfServiceThrottle: SelfServiceThrottle },
  input: RequestPasswordResetInput,
): Promise<void> {
  const email = normalizedEmail(input.login);
  const attempt = await deps.selfServiceThrottle.attempt('reset', input.ip, email, deps.clock());
  if (!attempt.allowed) throw rateLimited(attempt.retryAfterMs);

  const token = randomBytes(32).toString('base64url');
  const now = deps.clock();
  const expiresAt = new Date(now.getTime() + RESET_LINK_TTL_MS);
  await deps.db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, locale: true, disabledAt: true },
    });
    // A disabled account is treated as none: it cannot sign in, so it gets no link.
    const account = user && !user.disabledAt ? user : null;
    await tx.passwordReset.create({
      data: { userId: account?.id ?? null, tokenHash: hashResetToken(token), createdAt: now, expiresAt },
    });
    const locale = (account?.locale as Locale | undefined) ?? input.locale;
    const { t } = createTranslator(locale);
    const minutes = RESET_LINK_TTL_MS / 60_000;
    await tx.notification.create({
      data: {
        recipientId: account?.id ?? null,
        address: email,
        channel: 'EMAIL',
        template: account ? RESET_LINK_TEMPLATE : RESET_NO_ACCOUNT_TEMPLATE,
        locale,
        subject: t(account ? 'selfService.mail.resetSubject' : 'selfService.mail.resetNoAccountSubject'),
        body: account
          ? t('selfService.mail.resetText', {
              link: appLink(input.publicUrl, `/reset-password?token=${token}`),
              minutes,
            })
          : t('selfService.mail.resetNoAccountText', { link: appLink(input.publicUrl, '/register') }),
        payload: { minutes },
        createdAt: now,
      },
    });
  });
}
