// Password login. Wrong login and wrong password fail identically (same error, same timing). Each attempt
// is taken from the throttle (per account, per address) before the password is checked, so parallel
// guesses cannot overrun the limit; a success clears the account's count. Every evaluated attempt goes to
// the audit trail: a success with its new session, a failure in a short transaction of its own (the
// typed login and why it failed, never the password). Attempts the throttle refuses are not evaluated
// and not recorded (an attacker must not be able to grow the table at will).
import type { Role } from '@citydesk/domain';
import { AppError, rateLimited } from '../../errors.ts';
import type { LoginThrottle } from '../../infra/rate-limit/login-throttle.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestOrigin, ServiceDeps } from '../context.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { createSession, resolveSession, type Viewer } from './sessions.ts';

export interface LoginInput {
  login: string;
  password: string;
  ip: string;
  /** The HTTP request's id, for the audit row. */
  requestId?: string | null;
  sessionTtlMs: number;
}

/** Why a sign-in failed, as the audit trail says it (the caller hears INVALID_CREDENTIALS either way). */
type LoginFailure = 'unknown_account' | 'wrong_password' | 'disabled' | 'no_membership';

const loginMaxLength = 254;

export async function login(
  deps: ServiceDeps & { loginThrottle: LoginThrottle },
  input: LoginInput,
): Promise<{ viewer: Viewer; token: string; expiresAt: Date }> {
  const login = input.login.trim().toLowerCase();
  const attempt = await deps.loginThrottle.attempt(input.ip, login, deps.clock());
  if (!attempt.allowed) throw rateLimited(attempt.retryAfterMs);

  const user = await deps.db.user.findUnique({
    where: { email: login },
    include: { memberships: { orderBy: { createdAt: 'asc' }, take: 1 } },
  });
  const hash = user?.passwordHash ?? (await dummyPasswordHash());
  const passwordOk = await verifyPassword(hash, input.password);
  const membership = user?.memberships[0];
  const origin: RequestOrigin = {
    ip: input.ip === 'unknown' ? null : input.ip,
    requestId: input.requestId ?? null,
  };
  const failure: LoginFailure | null = !user
    ? 'unknown_account'
    : !passwordOk
      ? 'wrong_password'
      : user.disabledAt
        ? 'disabled'
        : !membership
          ? 'no_membership'
          : null;
  if (failure || !user || !membership) {
    await recordAudit(deps.db, {
      action: 'auth.login.failed',
      actor: null,
      origin,
      // The account's organization, so its city's administrator sees the attempts on it.
      organizationId: membership?.organizationId ?? null,
      target: user ? { type: 'user', id: user.id } : null,
      details: { login: login.slice(0, loginMaxLength), reason: failure },
      at: deps.clock(),
    });
    throw new AppError('INVALID_CREDENTIALS');
  }
  await deps.loginThrottle.succeeded(input.ip, login, deps.clock());

  const now = deps.clock();
  const { token, expiresAt } = await deps.db.$transaction(async (tx) => {
    const session = await createSession(tx, {
      userId: user.id,
      membershipId: membership.id,
      ttlMs: input.sessionTtlMs,
      now,
    });
    await recordAudit(tx, {
      action: 'auth.login',
      actor: {
        userId: user.id,
        role: membership.role as Role,
        organizationId: membership.organizationId,
        origin,
      },
      target: { type: 'user', id: user.id },
      details: { login },
      at: now,
    });
    return session;
  });
  const viewer = await resolveSession(deps.db, token, { ttlMs: input.sessionTtlMs, now });
  if (!viewer) throw new AppError('INTERNAL');
  deps.log.info({ userId: user.id, role: viewer.role }, 'login');
  return { viewer, token, expiresAt };
}
