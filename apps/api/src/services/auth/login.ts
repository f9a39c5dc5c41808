// Password login. Wrong login and wrong password fail identically (same error, same timing),
// and failures are throttled per address and login.
import { AppError } from '../../errors.ts';
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
  const wait = await deps.loginThrottle.blockedFor(input.ip, login);
  if (wait > 0) throw new AppError('RATE_LIMITED', { params: { minutes: Math.ceil(wait / 60_000) } });

  const user = await deps.db.user.findUnique({
    where: { email: login },
    include: { memberships: { orderBy: { createdAt: 'asc' }, take: 1 } },
  });
  const hash = user?.passwordHash ?? (await dummyPasswordHash());
  const passwordOk = await verifyPassword(hash, input.password);
  const membership = user?.memberships[0];
  if (!user || !passwordOk || user.disabledAt || !membership) {
    await deps.loginThrottle.recordFailure(input.ip, login);
    throw new AppError('INVALID_CREDENTIALS');
  }
  await deps.loginThrottle.recordSuccess(input.ip, login);

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
