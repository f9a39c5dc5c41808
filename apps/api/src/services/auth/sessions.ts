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

interface SessionRow {
  id: string;
  membership_id: string;
  user_id: string;
  role: Role;
  organization_id: string | null;
  city_id: string | null;
  display_name: string;
  email: string;
  phone: string | null;
  locale: Locale;
  last_seen_at: Date;
  expires_at: Date;
  disabled_at: Date | null;
}

/**
 * The viewer behind a session token, or null when it is unknown, expired or the user disabled. Every
 * request asks this, so it is one query (session, user, membership and its organization's city joined).
 */
export async function resolveSession(
  db: Db,
  token: string | undefined,
  options: { ttlMs: number; now: Date },
): Promise<Viewer | null> {
  if (!token) return null;
  const [session] = await db.$queryRaw<SessionRow[]>`
    SELECT s.id::text, s.membership_id::text, s.user_id::text, m.role::text AS role,
           m.organization_id::text, o.city_id::text, u.display_name, u.email, u.phone, u.locale::text AS locale,
           s.last_seen_at, s.expires_at, u.disabled_at
      FROM session s
      JOIN app_user u ON u.id = s.user_id
      JOIN membership m ON m.id = s.membership_id
      LEFT JOIN organization o ON o.id = m.organization_id
     WHERE s.token_hash = ${hashToken(token)}`;
  if (!session) return null;
  if (session.expires_at <= options.now || session.disabled_at) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (options.now.getTime() - session.last_seen_at.getTime() > 60_000) {
    await db.session.update({
      where: { id: session.id },
      data: { lastSeenAt: options.now, expiresAt: new Date(options.now.getTime() + options.ttlMs) },
    });
  }
  return {
    sessionId: session.id,
    membershipId: session.membership_id,
    userId: session.user_id,
    role: session.role,
    organizationId: session.organization_id,
    cityId: session.city_id,
    displayName: session.display_name,
    email: session.email,
    phone: session.phone,
    locale: session.locale,
  };
}

/** A new session for a membership that was just created or proven (setup, registration), with its viewer. */
export async function startSession(
  db: Db,
  input: { userId: string; membershipId: string; ttlMs: number; now: Date },
): Promise<{ viewer: Viewer; token: string; expiresAt: Date }> {
  const { token, expiresAt } = await createSession(db, input);
  const viewer = await resolveSession(db, token, { ttlMs: input.ttlMs, now: input.now });
  if (!viewer) throw new Error('a session just created does not resolve');
  return { viewer, token, expiresAt };
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
