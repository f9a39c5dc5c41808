// Password login. Wrong login and wrong password fail identically (same error, same timing). Each attempt
// is taken from the throttle (per account, per address) before the password is checked, so parallel
// guesses cannot overrun the limit; a success clears the account's count.
import { AppError, rateLimited } from '../../errors.ts';
import type { LoginThrottle } from '../../infra/rate-limit/login-throttle.ts';
import type { ServiceDeps } from '../context.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { createSession, resolveSession, type Viewer } from './sessions.ts';

export interface LoginInput {
  login: string;
  password: string;
  ip: string;
  sessionTtlMs: number;
}

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
  if (!user || !passwordOk || user.disabledAt || !membership) throw new AppError('INVALID_CREDENTIALS');
  await deps.loginThrottle.succeeded(input.ip, login, deps.clock());

  const now = deps.clock();
  const { token, expiresAt } = await createSession(deps.db, {
    userId: user.id,
    membershipId: membership.id,
    ttlMs: input.sessionTtlMs,
    now,
  });
  const viewer = await resolveSession(deps.db, token, { ttlMs: input.sessionTtlMs, now });
  if (!viewer) throw new AppError('INTERNAL');
  deps.log.info({ userId: user.id, role: viewer.role }, 'login');
  return { viewer, token, expiresAt };
}
