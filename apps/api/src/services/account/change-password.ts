// A signed-in user changes their password. The current password is checked like a login (the same
// throttle per account and address, so this is no back door for guessing); the user's other sessions are
// revoked in the same transaction as the new hash, and their open subscriptions close. The change is in the
// audit trail (in that transaction), and so is a wrong current password (in a short one of its own).
import { passwordLength } from '@citydesk/domain';
import { AppError, invalidInput, rateLimited } from '../../errors.ts';
import type { LoginThrottle } from '../../infra/rate-limit/login-throttle.ts';
import type { SessionClosures } from '../../infra/sessions/session-closures.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { deleteOtherSessions, type Viewer } from '../auth/sessions.ts';
import type { ServiceDeps } from '../context.ts';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
  ip: string;
}

export async function changeMyPassword(
  deps: ServiceDeps & { loginThrottle: LoginThrottle; sessionClosures: SessionClosures },
  viewer: Viewer,
  input: ChangePasswordInput,
): Promise<{ endedSessions: number }> {
  const length = [...input.newPassword].length;
  if (length < passwordLength.min) throw invalidInput([{ field: 'newPassword', code: 'too_short' }]);
  if (length > passwordLength.max) throw invalidInput([{ field: 'newPassword', code: 'too_long' }]);

  const attempt = await deps.loginThrottle.attempt(input.ip, viewer.email, deps.clock());
  if (!attempt.allowed) throw rateLimited(attempt.retryAfterMs);
  const user = await deps.db.user.findUniqueOrThrow({
    where: { id: viewer.userId },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordAudit(deps.db, {
      action: 'auth.password.change.failed',
      actor: viewer,
      target: { type: 'user', id: viewer.userId },
      details: { reason: 'wrong_password' },
      at: deps.clock(),
    });
    throw new AppError('INVALID_CREDENTIALS');
  }
  await deps.loginThrottle.succeeded(input.ip, viewer.email, deps.clock());

  const passwordHash = await hashPassword(input.newPassword);
  const ended = await deps.db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.userId }, data: { passwordHash } });
    const endedSessions = await deleteOtherSessions(tx, viewer.userId, viewer.sessionId);
    await recordAudit(tx, {
      action: 'auth.password.change',
      actor: viewer,
      target: { type: 'user', id: viewer.userId },
      details: { endedSessions: endedSessions.length },
      at: deps.clock(),
    });
    return endedSessions;
  });
  deps.sessionClosures.ended(ended);
  deps.log.info({ userId: viewer.userId, endedSessions: ended.length }, 'password changed');
  return { endedSessions: ended.length };
}
