// Setting a new password from a reset link. The token is redeemed by one conditional UPDATE … WHERE
// used_at IS NULL AND expires_at > now RETURNING, in the transaction that sets the password, so a link
// works once even when it is opened twice at the same moment; a used, expired or unknown token is
// RESET_LINK_INVALID. Whoever had the old password may be signed in somewhere: every session of the user
// ends (their live subscriptions close after the commit), the user's other links die with this one, the
// account's sign-in failures are forgotten, and the reset is in the audit trail. Redeeming is throttled
// per client address like other codes anyone may try (a genuine token gives its attempt back).
import { AppError, rateLimited } from '../../errors.ts';
import type { LoginThrottle } from '../../infra/rate-limit/login-throttle.ts';
import type { VerificationThrottle } from '../../infra/rate-limit/verification-throttle.ts';
import type { SessionClosures } from '../../infra/sessions/session-closures.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestOrigin, ServiceDeps } from '../context.ts';
import { hashPassword } from './password.ts';
import { assertNewPassword } from './password-rules.ts';
import { hashResetToken } from './request-password-reset.ts';

export interface ResetPasswordInput {
  token: string;
  newPassword: string;
  ip: string;
  origin: RequestOrigin;
}

type ResetDeps = ServiceDeps & {
  verificationThrottle: VerificationThrottle;
  loginThrottle: LoginThrottle;
  sessionClosures: SessionClosures;
};

export async function resetPassword(deps: ResetDeps, input: ResetPasswordInput): Promise<void> {
  assertNewPassword(input.newPassword, 'newPassword');
  const attempt = await deps.verificationThrottle.attempt(input.ip, deps.clock());
  if (!attempt.allowed) throw rateLimited(attempt.retryAfterMs);
  const token = input.token.trim();
  if (token.length === 0 || token.length > 128) throw new AppError('RESET_LINK_INVALID');

  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock();
  const done = await deps.db.$transaction(async (tx) => {
    const [redeemed] = await tx.$queryRaw<{ user_id: string; email: string }[]>`
      UPDATE password_reset r SET used_at = ${now}::timestamptz
        FROM app_user u
       WHERE r.token_hash = ${hashResetToken(token)} AND r.used_at IS NULL
         AND r.expires_at > ${now}::timestamptz AND u.id = r.user_id AND u.disabled_at IS NULL
      RETURNING r.user_id::text, u.email`;
    if (!redeemed) return null;
    await tx.user.update({ where: { id: redeemed.user_id }, data: { passwordHash } });
    await tx.passwordReset.updateMany({
      where: { userId: redeemed.user_id, usedAt: null },
      data: { usedAt: now },
    });
    const ended = await tx.$queryRaw<{ id: string }[]>`
      DELETE FROM session WHERE user_id = ${redeemed.user_id}::uuid RETURNING id::text`;
    await recordAudit(tx, {
      action: 'auth.password.reset',
      actor: null,
      origin: input.origin,
      target: { type: 'user', id: redeemed.user_id },
      details: { endedSessions: ended.length },
      at: now,
    });
    return { ...redeemed, ended: ended.map((row) => row.id) };
  });
  if (!done) throw new AppError('RESET_LINK_INVALID');
  await deps.verificationThrottle.genuine(input.ip, now);
  await deps.loginThrottle.forgetAccount(done.email);
  deps.sessionClosures.ended(done.ended);
  deps.log.info({ userId: done.user_id, endedSessions: done.ended.length }, 'password reset');
}
