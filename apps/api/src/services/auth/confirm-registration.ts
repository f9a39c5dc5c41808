// The second step of signing up: the code from the e-mail turns the registration into a resident's
// account (a user and a RESIDENT membership) and signs them in. The code expires, works once (the
// registration is claimed by one conditional UPDATE … WHERE confirmed_at IS NULL … RETURNING, in the
// transaction that creates the account) and ends after MAX_CODE_ATTEMPTS wrong tries, each counted in its own
// conditional write first so a wrong guess is never rolled back. A registration of an address that already
// had an account, or one that got an account meanwhile, never confirms: it answers like a wrong code.
import { AppError, invalidInput } from '../../errors.ts';
import type { Tx } from '../../infra/db/database.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { RequestOrigin, ServiceDeps } from '../context.ts';
import { MAX_CODE_ATTEMPTS, oneTimeCodeMatches } from './one-time-code.ts';
import { registrationScope } from './register-resident.ts';
import { createSession, resolveSession, type Viewer } from './sessions.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ConfirmRegistrationInput {
  handle: string;
  code: string;
  origin: RequestOrigin;
  sessionTtlMs: number;
}

export async function confirmRegistration(
  deps: ServiceDeps,
  input: ConfirmRegistrationInput,
): Promise<{ viewer: Viewer; token: string; expiresAt: Date }> {
  const now = deps.clock();
  const expired = () => invalidInput([{ field: 'code', code: 'code_expired' }]);
  if (!uuidPattern.test(input.handle)) throw expired();
  const pending = await deps.db.registration.findUnique({ where: { id: input.handle } });
  if (!pending || pending.confirmedAt || pending.expiresAt <= now) throw expired();
  const { count: counted } = await deps.db.registration.updateMany({
    where: { id: pending.id, attempts: { lt: MAX_CODE_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  });
  if (counted === 0) throw invalidInput([{ field: 'code', code: 'too_many_attempts' }]);
  if (
    pending.existingUserId ||
    !oneTimeCodeMatches(pending.codeHash, registrationScope(pending.id), input.code)
  )
    throw invalidInput([{ field: 'code', code: 'code_invalid' }]);

  const { token, expiresAt, userId } = await deps.db.$transaction(async (tx) => {
    const [claimed] = await tx.$queryRaw<{ id: string }[]>`
      UPDATE registration SET confirmed_at = ${now}::timestamptz
       WHERE id = ${pending.id}::uuid AND confirmed_at IS NULL AND expires_at > ${now}::timestamptz
      RETURNING id::text`;
    if (!claimed) throw expired();
    const user = await createResident(tx, pending, now);
    if (!user) throw invalidInput([{ field: 'code', code: 'code_invalid' }]);
    const session = await createSession(tx, {
      userId: user.id,
      membershipId: user.membershipId,
      ttlMs: input.sessionTtlMs,
      now,
    });
    await recordAudit(tx, {
      action: 'auth.register',
      actor: { userId: user.id, role: 'RESIDENT', organizationId: null, origin: input.origin },
      target: { type: 'user', id: user.id },
      details: { login: pending.email },
      at: now,
    });
    return { ...session, userId: user.id };
  });
  const viewer = await resolveSession(deps.db, token, { ttlMs: input.sessionTtlMs, now });
  if (!viewer) throw new AppError('INTERNAL');
  deps.log.info({ userId }, 'resident registered');
  return { viewer, token, expiresAt };
}

/** The account, or null when the address got one meanwhile (another registration confirmed first). */
async function createResident(
  tx: Tx,
  pending: { email: string; displayName: string; passwordHash: string; locale: string },
  now: Date,
): Promise<{ id: string; membershipId: string } | null> {
  const [user] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO app_user (email, password_hash, display_name, locale, created_at)
    VALUES (${pending.email}, ${pending.passwordHash}, ${pending.displayName},
            ${pending.locale}::"Locale", ${now}::timestamptz)
    ON CONFLICT (email) DO NOTHING
    RETURNING id::text`;
  if (!user) return null;
  const membership = await tx.membership.create({
    data: { userId: user.id, role: 'RESIDENT', organizationId: null, createdAt: now },
    select: { id: true },
  });
  return { id: user.id, membershipId: membership.id };
}
