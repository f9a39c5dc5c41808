// Rate-limit counters in PostgreSQL (table throttle_counter), so limits hold across instances and need no
// Redis. Each attempt is taken by ONE `INSERT … ON CONFLICT … DO UPDATE … WHERE … RETURNING` before it is
// evaluated: the row lock orders concurrent attempts, each sees the count the one before it left, and an
// attempt past the limit changes nothing and returns no row. Times come from the injected clock.
import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../db/database.ts';

export type ThrottleScope =
  | 'login-account'
  | 'login-address'
  | 'code-address'
  | 'register-address'
  | 'register-contact'
  | 'reset-address'
  | 'reset-account';

/** At most `attempts` in a window of `windowMs` that starts with the first attempt. */
export interface WindowPolicy {
  attempts: number;
  windowMs: number;
}

/**
 * `attempts` freely; the last of them starts a wait of `windowMs`, and every attempt after that one
 * doubles the wait (up to `maxWaitMs`). The count is forgotten `windowMs` after the last attempt or wait.
 */
export interface BackoffPolicy {
  attempts: number;
  windowMs: number;
  maxWaitMs: number;
}

export type Taken = { taken: true } | { taken: false; retryAfterMs: number };

const ms = (value: number) => Prisma.sql`(${value}::double precision * interval '1 millisecond')`;
const at = (now: Date) => Prisma.sql`${now}::timestamptz`;

/** Takes one attempt of a fixed window, or says how long until the window ends. */
export async function takeFromWindow(
  db: Db,
  scope: ThrottleScope,
  key: string,
  policy: WindowPolicy,
  now: Date,
): Promise<Taken> {
  const expired = Prisma.sql`t.expires_at <= ${at(now)}`;
  const take = () => db.$queryRaw<{ hits: number }[]>`
    INSERT INTO throttle_counter AS t (scope, key, hits, blocked_until, expires_at)
    VALUES (${scope}, ${key}, 1, NULL, ${at(now)} + ${ms(policy.windowMs)})
    ON CONFLICT (scope, key) DO UPDATE SET
      hits = CASE WHEN ${expired} THEN 1 ELSE t.hits + 1 END,
      expires_at = CASE WHEN ${expired} THEN ${at(now)} + ${ms(policy.windowMs)} ELSE t.expires_at END
    WHERE ${expired} OR t.hits < ${policy.attempts}
    RETURNING hits`;
  return takeOrWait(db, scope, key, now, take);
}

/** Takes one attempt under a backoff policy, or says how long the wait still lasts. */
export async function takeWithBackoff(
  db: Db,
  scope: ThrottleScope,
  key: string,
  policy: BackoffPolicy,
  now: Date,
): Promise<Taken> {
  const hits = Prisma.sql`(CASE WHEN t.expires_at <= ${at(now)} THEN 1 ELSE t.hits + 1 END)`;
  const waitAfter = (n: Prisma.Sql) => Prisma.sql`(CASE WHEN ${n} >= ${policy.attempts}
    THEN ${at(now)} + LEAST(${policy.windowMs}::double precision * power(2, ${n} - ${policy.attempts}),
                            ${policy.maxWaitMs}::double precision) * interval '1 millisecond'
    END)`;
  const first = Prisma.sql`1`;
  const take = () => db.$queryRaw<{ hits: number }[]>`
    INSERT INTO throttle_counter AS t (scope, key, hits, blocked_until, expires_at)
    VALUES (${scope}, ${key}, 1, ${waitAfter(first)},
            COALESCE(${waitAfter(first)}, ${at(now)}) + ${ms(policy.windowMs)})
    ON CONFLICT (scope, key) DO UPDATE SET
      hits = ${hits},
      blocked_until = ${waitAfter(hits)},
      expires_at = COALESCE(${waitAfter(hits)}, ${at(now)}) + ${ms(policy.windowMs)}
    WHERE t.blocked_until IS NULL OR t.blocked_until <= ${at(now)}
    RETURNING hits`;
  return takeOrWait(db, scope, key, now, take);
}

async function takeOrWait(
  db: Db,
  scope: ThrottleScope,
  key: string,
  now: Date,
  take: () => Promise<{ hits: number }[]>,
): Promise<Taken> {
  // A second try only when the refusing row vanished meanwhile (a success cleared it, the purge ran).
  for (let round = 0; round < 2; round += 1) {
    if ((await take()).length > 0) return { taken: true };
    const row = await db.throttleCounter.findUnique({
      where: { scope_key: { scope, key } },
      select: { blockedUntil: true, expiresAt: true },
    });
    if (row) {
      const until = row.blockedUntil && row.blockedUntil > now ? row.blockedUntil : row.expiresAt;
      return { taken: false, retryAfterMs: Math.max(until.getTime() - now.getTime(), 1) };
    }
  }
  return { taken: false, retryAfterMs: 1000 };
}

/** Gives one attempt back (it turned out not to count: a successful login, a genuine code). */
export async function giveBack(db: Db, scope: ThrottleScope, key: string, now: Date): Promise<void> {
  await db.$executeRaw`
    UPDATE throttle_counter SET hits = hits - 1
    WHERE scope = ${scope} AND key = ${key} AND hits > 0 AND expires_at > ${at(now)}`;
}

/** Forgets a key (a successful login clears its account's failures). */
export async function clearCounter(db: Db, scope: ThrottleScope, key: string): Promise<void> {
  await db.throttleCounter.deleteMany({ where: { scope, key } });
}

/** Deletes the rows whose window ended; the periodic job calls it. Returns how many. */
export async function purgeExpiredCounters(db: Db, now: Date): Promise<number> {
  return (await db.throttleCounter.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}
