// Idempotency keys for creating use cases (draft-ietf-httpapi-idempotency-key-header): the same key with
// the same input gives the first call's result again, without doing the work twice; the same key with
// another input is refused (IDEMPOTENCY_KEY_REUSED, HTTP 422); a duplicate that arrives while the first
// call still runs waits briefly for it, then answers IDEMPOTENCY_KEY_IN_USE (HTTP 409 with Retry-After).
//
// A key is first claimed (a short statement of its own, so a slow first call holds no transaction and a
// duplicate holds no connection while it waits), then the work runs and records what it created through
// `claim.complete(tx, id)` INSIDE the transaction that creates it. So a crash after that commit leaves the
// key pointing at the row (a retry replays it) and a crash before it leaves only a claim, which lapses
// after its lease and is taken over by the retry. Completing requires still holding the claim: an attempt
// whose claim lapsed and was taken over rolls back instead of creating a second row.
import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { canonicalJson } from '@citydesk/domain';
import { AppError } from '../../errors.ts';
import type { Tx } from '../../infra/db/database.ts';
import type { ServiceDeps } from '../context.ts';

/** A client's key and whose it is (`user:<id>`, `session:<hash>`): keys of different callers never meet. */
export interface IdempotencyKey {
  scope: string;
  key: string;
}

/** Held by the work while it runs: records what it created, in the transaction that creates it. */
export interface IdempotencyClaim {
  complete(tx: Tx, resourceId: string): Promise<void>;
}

/** A used key is remembered (and replayed) this long. */
export const idempotencyKeyTtlMs = 24 * 60 * 60 * 1000;
/** A claim whose attempt neither completed nor released it (a crash) lapses after this long. */
export const claimLeaseMs = 60_000;

export interface IdempotencyOptions {
  /** How long a duplicate waits for the first attempt to finish before IDEMPOTENCY_KEY_IN_USE. */
  waitMs?: number;
}

/** What "the same request" means: the operation and its input, canonically serialised. */
export function requestFingerprint(operation: string, input: unknown): string {
  return createHash('sha256').update(canonicalJson({ operation, input })).digest('hex');
}

type KeyRow = { fingerprint: string; resource_id: string | null };

export async function runIdempotently<T>(
  deps: ServiceDeps,
  idempotency: IdempotencyKey | null | undefined,
  request: { operation: string; input: unknown },
  work: {
    run(claim: IdempotencyClaim | null): Promise<T>;
    /** The first call's result, rebuilt from what it created. */
    replay(resourceId: string): Promise<T>;
  },
  options: IdempotencyOptions = {},
): Promise<T> {
  if (!idempotency) return work.run(null);
  const fingerprint = requestFingerprint(request.operation, request.input);
  const deadline = Date.now() + (options.waitMs ?? 5_000);
  for (let pause = 20; ;) {
    const token = randomUUID();
    if (await claimKey(deps, idempotency, { operation: request.operation, fingerprint, token }))
      return runClaimed(deps, idempotency, token, work);
    const rows = await deps.db.$queryRaw<KeyRow[]>`
      SELECT fingerprint, resource_id FROM idempotency_key
      WHERE scope = ${idempotency.scope} AND key = ${idempotency.key}`;
    const row = rows[0];
    // Released by a first attempt that failed meanwhile: claim it again.
    if (!row) continue;
    if (row.fingerprint !== fingerprint) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    if (row.resource_id) return work.replay(row.resource_id);
    if (Date.now() >= deadline) throw new AppError('IDEMPOTENCY_KEY_IN_USE');
    await sleep(pause);
    pause = Math.min(pause * 2, 200);
  }
}

/**
 * Takes the key for this attempt: a new one, one expired, or one whose holder's lease lapsed without
 * completing. One statement, so two attempts can never both take it.
 */
async function claimKey(
  deps: ServiceDeps,
  { scope, key }: IdempotencyKey,
  claim: { operation: string; fingerprint: string; token: string },
): Promise<boolean> {
  const now = deps.clock();
  const lockedUntil = new Date(now.getTime() + claimLeaseMs);
  const expiresAt = new Date(now.getTime() + idempotencyKeyTtlMs);
  const taken = await deps.db.$queryRaw<{ claim_token: string }[]>`
    INSERT INTO idempotency_key
      (scope, key, operation, fingerprint, claim_token, locked_until, created_at, expires_at)
    VALUES (${scope}, ${key}, ${claim.operation}, ${claim.fingerprint}, ${claim.token}::uuid,
      ${lockedUntil}, ${now}, ${expiresAt})
    ON CONFLICT (scope, key) DO UPDATE SET
      operation = EXCLUDED.operation, fingerprint = EXCLUDED.fingerprint, claim_token = EXCLUDED.claim_token,
      locked_until = EXCLUDED.locked_until, resource_id = NULL, created_at = EXCLUDED.created_at,
      completed_at = NULL, expires_at = EXCLUDED.expires_at
    WHERE idempotency_key.expires_at <= EXCLUDED.created_at
      OR (idempotency_key.resource_id IS NULL AND idempotency_key.locked_until <= EXCLUDED.created_at)
    RETURNING claim_token::text`;
  return taken[0]?.claim_token === claim.token;
}

async function runClaimed<T>(
  deps: ServiceDeps,
  { scope, key }: IdempotencyKey,
  token: string,
  work: { run(claim: IdempotencyClaim): Promise<T> },
): Promise<T> {
  let completed = false;
  const claim: IdempotencyClaim = {
    async complete(tx, resourceId) {
      const updated = await tx.$executeRaw`
        UPDATE idempotency_key
        SET resource_id = ${resourceId}::uuid, completed_at = ${deps.clock()}, claim_token = NULL,
          locked_until = NULL
        WHERE scope = ${scope} AND key = ${key} AND claim_token = ${token}::uuid`;
      // Our claim lapsed and another attempt took the key over: roll back rather than create it twice.
      if (updated !== 1) throw new AppError('IDEMPOTENCY_KEY_IN_USE');
      completed = true;
    },
  };
  // Frees the key for a retry; a no-op once the work's transaction committed (the claim is gone then).
  const release = () =>
    deps.db.$executeRaw`
      DELETE FROM idempotency_key
      WHERE scope = ${scope} AND key = ${key} AND claim_token = ${token}::uuid AND resource_id IS NULL`;
  try {
    const result = await work.run(claim);
    if (!completed) {
      deps.log.error({ scope }, 'an idempotent use case did not record what it created');
      await release();
    }
    return result;
  } catch (error) {
    await release().catch((releaseError: unknown) =>
      deps.log.warn({ err: releaseError }, 'idempotency claim not released; it lapses by itself'),
    );
    throw error;
  }
}
