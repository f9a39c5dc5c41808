// The daily upload quota against a real database and file folder, with a movable clock: it counts
// the last 24 hours, refuses with the moment the next upload fits (in the city's time zone), stores
// nothing when it refuses, and holds when another upload slips in between its first count and its
// transaction.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { uploadQuotaOf, uploadQuotaWindowMs } from '@citydesk/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLocalFileStorage } from '../../infra/files/local-file-storage.ts';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { interleaveAfter } from '../../test/interleave.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import type { Actor } from '../context.ts';
import { pngLabelled } from './test-fixtures.ts';
import { recordEarlierUploads } from './test-uploads.ts';
import { uploadAttachment, type AttachmentDeps } from './upload-attachment.ts';

const hour = 60 * 60_000;
const mb = 1024 * 1024;

let db: TestDatabase;
let root: string;
let clock: ReturnType<typeof testDeps>;
let deps: AttachmentDeps;
let resident: Actor;
let contractor: Actor;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  root = await mkdtemp(path.join(tmpdir(), 'citydesk-upload-quota-'));
  resident = await actorFor(db.prisma, 'resident3@demo.citydesk');
  contractor = await actorFor(db.prisma, 'contractor@demo.citydesk');
});
beforeEach(async () => {
  clock = testDeps(db.prisma);
  deps = { ...clock.deps, files: createLocalFileStorage(root) };
  await db.prisma.attachment.deleteMany({
    where: { uploadedById: { in: [resident.userId, contractor.userId] } },
  });
});
afterAll(async () => {
  await db?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** Earlier uploads of `actor`, `agoMs(i)` before the clock's now. */
async function earlierUploads(actor: Actor, count: number, sizeBytes: number, agoMs: (i: number) => number) {
  const now = deps.clock().getTime();
  await recordEarlierUploads(db.prisma, actor.userId, count, {
    sizeBytes,
    createdAt: (i) => new Date(now - agoMs(i)),
  });
}

const storedFileCount = async () =>
  (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;

const upload = (actor: Actor, bytes = pngLabelled(randomBytes(8).toString('hex')), over = deps) =>
  uploadAttachment(over, actor, { kind: 'PHOTO', fileName: 'leak.png', bytes });

describe('the daily upload quota', () => {
  it('takes a resident’s 200th file of the day and refuses the 201st, saying when, storing nothing', async () => {
    const { files } = uploadQuotaOf('RESIDENT');
    // The oldest counted upload is 23 hours old: it leaves the window in an hour.
    await earlierUploads(resident, files - 1, 1000, (i) => 23 * hour - i * 1000);
    await expect(upload(resident)).resolves.toMatchObject({ uploadedById: resident.userId });

    const rows = await db.prisma.attachment.count();
    const stored = await storedFileCount();
    const refused = upload(resident);
    await expect(refused).rejects.toMatchObject({
      code: 'UPLOAD_QUOTA_EXCEEDED',
      details: {
        params: {
          files: 200,
          megabytes: 200,
          retryAt: new Date(deps.clock().getTime() + hour).toISOString(),
          timeZone: 'Europe/Moscow',
        },
      },
    });
    expect(await db.prisma.attachment.count()).toBe(rows);
    expect(await storedFileCount()).toBe(stored);

    // A rolling day: once the oldest upload is 24 hours old, one more fits.
    clock.advance(hour);
    await expect(upload(resident)).resolves.toMatchObject({ uploadedById: resident.userId });
    await expect(upload(resident)).rejects.toMatchObject({ code: 'UPLOAD_QUOTA_EXCEEDED' });
  });

  it('counts bytes too: 200 MB a day for a resident', async () => {
    await earlierUploads(resident, 20, 10 * mb, (i) => 2 * hour - i * 60_000); // exactly 200 MB
    await expect(upload(resident)).rejects.toMatchObject({
      code: 'UPLOAD_QUOTA_EXCEEDED',
      details: { params: { retryAt: new Date(deps.clock().getTime() + 22 * hour).toISOString() } },
    });
  });

  it('forgets uploads older than 24 hours', async () => {
    await earlierUploads(resident, 300, 1000, () => uploadQuotaWindowMs + 60_000);
    await expect(upload(resident)).resolves.toMatchObject({ uploadedById: resident.userId });
  });

  it('gives contractors, who upload signed work orders all day, more room', async () => {
    await earlierUploads(contractor, 600, 1000, () => hour);
    await expect(upload(contractor)).resolves.toMatchObject({ uploadedById: contractor.userId });
  });

  it('refuses the upload that another one overtook between its first count and its transaction', async () => {
    await earlierUploads(resident, uploadQuotaOf('RESIDENT').files - 1, 1000, () => hour);
    const rows = await db.prisma.attachment.count();
    // Right after the first (unlocked) count of the upload below, another upload takes the last place.
    let overtaker: unknown = null;
    const racing = interleaveAfter(db.prisma, 'attachment', 'aggregate', async () => {
      overtaker = await upload(resident);
    });
    await expect(upload(resident, undefined, { ...deps, db: racing })).rejects.toMatchObject({
      code: 'UPLOAD_QUOTA_EXCEEDED',
    });
    expect(overtaker).toMatchObject({ uploadedById: resident.userId });
    expect(await db.prisma.attachment.count()).toBe(rows + 1);
  });
});
