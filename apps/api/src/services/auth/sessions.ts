// Server-side sessions. The browser holds a random token in an httpOnly cookie; the database
// holds only its SHA-256, so a leaked table does not leak sessions. Sessions slide: each use
// pushes the expiry forward (at most once a minute), an idle session expires.
import { createHash, randomBytes } from 'node:crypto';
import type { Locale, Role } from '@citydesk/domain';
import type { Db, Tx } from '../../infra/db/database.ts';
import type { Actor } from '../context.ts';

export const sessionCookieName = 'citydesk_session';

export interface Viewer extends Actor {
  sessionId: string;
  membershipId: string;
  email: string;
  /** The phone on the account (one-time signing codes go there). */
  phone: string | null;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Db | Tx,
  input: { userId: string; membershipId: string; ttlMs: number; now: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(input.now.getTime() + input.ttlMs);
  await db.session.create({
    data: {
      tokenHash: hashToken(token),
      userId: input.userId,
      membershipId: input.membershipId,
      createdAt: input.now,
      lastSeenAt: input.now,
      expiresAt,
    },
  });
  return { token, expiresAt };
}

/** The viewer behind a session token, or null when it is unknown, expired or the user disabled. */
export async function resolveSession(
  db: Db,
  token: string | undefined,
  options: { ttlMs: number; now: Date },
): Promise<Viewer | null> {
  if (!token) return null;
  const session = await db.session.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: true, membership: { include: { organization: { select: { cityId: true } } } } },
  });
  if (!session) return null;
  if (session.expiresAt <= options.now || session.user.disabledAt) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (options.now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    await db.session.update({
      where: { id: session.id },
      data: { lastSeenAt: options.now, expiresAt: new Date(options.now.getTime() + options.ttlMs) },
    });
  }
  return {
    sessionId: session.id,
    membershipId: session.membershipId,
    userId: session.userId,
    role: session.membership.role as Role,
    organizationId: session.membership.organizationId,
    cityId: session.membership.organization?.cityId ?? null,
    displayName: session.user.displayName,
    email: session.user.email,
    phone: session.user.phone,
    locale: session.user.locale as Locale,
  };
}

/** Deletes the session behind a token; returns its id, or null when there was none. */
export async function deleteSession(db: Db | Tx, token: string | undefined): Promise<string | null> {
  if (!token) return null;
  const [ended] = await db.$queryRaw<{ id: string }[]>`
    DELETE FROM session WHERE token_hash = ${hashToken(token)} RETURNING id::text`;
  return ended?.id ?? null;
}

/** Deletes every session of a user except one; returns the ids of those it ended. */
export async function deleteOtherSessions(
  db: Db | Tx,
  userId: string,
  keepSessionId: string,
): Promise<string[]> {
  const ended = await db.$queryRaw<{ id: string }[]>`
    DELETE FROM session WHERE user_id = ${userId}::uuid AND id <> ${keepSessionId}::uuid RETURNING id::text`;
  return ended.map((row) => row.id);
}
