// The crash safety of idempotency keys, at the service: what the first attempt created is recorded in the
// transaction that creates it, so a failure after the commit (the answer lost) replays instead of filing
// again; an attempt whose claim lapsed and was taken over cannot commit a second row; a failed attempt
// frees the key; keys expire after 24 hours and the periodic job forgets them.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { interleaveAfter } from '../../test/interleave.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import type { Actor, ServiceDeps } from '../context.ts';
import { fileRequest, type FileRequestInput } from '../requests/file-request.ts';
import { purgeExpiredIdempotencyKeys } from './purge-idempotency-keys.ts';
import { idempotencyKeyTtlMs, type IdempotencyKey } from './run-idempotently.ts';

let db: TestDatabase;
let t: ReturnType<typeof testDeps>;
let resident: Actor;
let input: FileRequestInput;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  t = testDeps(db.prisma);
  resident = await actorFor(db.prisma, 'resident@demo.citydesk');
  const [category, occupancy] = await Promise.all([
    db.prisma.serviceCategory.findFirstOrThrow({ where: { code: 'roof_leak' } }),
    db.prisma.occupancy.findFirstOrThrow({ where: { userId: resident.userId } }),
  ]);
  input = {
    categoryId: category.id,
    premisesId: occupancy.premisesId,
    description: 'The ceiling of the hall is wet after the rain',
    contactPhone: '+7 (917) 555-12-34',
  };
});
afterAll(async () => {
  await db?.close();
});

const keyOf = (key = randomUUID()): IdempotencyKey => ({ scope: `user:${resident.userId}`, key });
const filed = (description: string) => db.prisma.request.count({ where: { description } });

describe('crash safety', () => {
  it('replays what committed even when the first attempt failed after its commit (its answer lost)', async () => {
    const key = keyOf();
    const body = { ...input, description: 'Committed, then the process failed before answering' };
    // Publishing happens after the commit: failing there is the crash between commit and response.
    const crashing: ServiceDeps = {
      ...t.deps,
      events: {
        ...t.deps.events,
        publish: () => {
          throw new Error('crashed after the commit');
        },
      },
    };
    await expect(fileRequest(crashing, resident, body, key)).rejects.toThrow('crashed after the commit');
    expect(await filed(body.description)).toBe(1);

    const retried = await fileRequest(t.deps, resident, body, key);
    expect(await filed(body.description)).toBe(1);
    const row = await db.prisma.request.findFirstOrThrow({ where: { description: body.description } });
    expect(retried.id).toBe(row.id);
    const stored = await db.prisma.idempotencyKey.findUniqueOrThrow({ where: { scope_key: key } });
    expect(stored).toMatchObject({ resourceId: row.id, operation: 'fileRequest', claimToken: null });
  });

  it('rolls back an attempt whose claim lapsed and was taken over, so only one row is ever written', async () => {
    const key = keyOf();
    const body = { ...input, description: 'A slow first attempt loses its claim' };
    // Right after the attempt's first read, another attempt takes the key over (as after a lapsed lease).
    const takenOver = interleaveAfter(db.prisma, 'occupancy', 'findFirst', () =>
      db.prisma.idempotencyKey.update({ where: { scope_key: key }, data: { claimToken: randomUUID() } }),
    );
    await expect(fileRequest({ ...t.deps, db: takenOver }, resident, body, key)).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_IN_USE',
    });
    expect(await filed(body.description)).toBe(0);
    // The other attempt's claim is still there, untouched by the loser.
    expect(await db.prisma.idempotencyKey.findUniqueOrThrow({ where: { scope_key: key } })).toMatchObject({
      resourceId: null,
    });
  });

  it('frees the key of a refused attempt: the corrected body may use it', async () => {
    const key = keyOf();
    await expect(fileRequest(t.deps, resident, { ...input, description: '' }, key)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await db.prisma.idempotencyKey.count({ where: { key: key.key } })).toBe(0);
    const body = { ...input, description: 'Corrected after the form said it was empty' };
    await fileRequest(t.deps, resident, body, key);
    expect(await filed(body.description)).toBe(1);
  });
});

describe('expiry', () => {
  it('remembers a key for 24 hours, then files anew under it and the job forgets the old one', async () => {
    const key = keyOf();
    const clock = testDeps(db.prisma, new Date('2026-11-25T09:00:00Z'));
    const body = { ...input, description: 'Filed on the first day with a key' };
    const first = await fileRequest(clock.deps, resident, body, key);
    clock.advance(idempotencyKeyTtlMs - 1);
    expect((await fileRequest(clock.deps, resident, body, key)).id).toBe(first.id);
    await expect(
      fileRequest(clock.deps, resident, { ...body, description: 'Another body within the day' }, key),
    ).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await purgeExpiredIdempotencyKeys(clock.deps)).toBe(0);

    clock.advance(1);
    const other = { ...body, description: 'Filed the next day under the expired key' };
    expect((await fileRequest(clock.deps, resident, other, key)).id).not.toBe(first.id);
    expect(await filed(other.description)).toBe(1);

    const stale = keyOf();
    await fileRequest(clock.deps, resident, { ...body, description: 'Its key is left to expire' }, stale);
    clock.advance(idempotencyKeyTtlMs);
    expect(await purgeExpiredIdempotencyKeys(clock.deps)).toBeGreaterThanOrEqual(2);
    expect(await db.prisma.idempotencyKey.count({ where: { key: { in: [key.key, stale.key] } } })).toBe(0);
  });
});
