// The attachment services against a real database and a real (temporary) file folder: what an
// upload accepts by content, and the rules of claiming uploads for a request.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttachmentKind } from '../../generated/prisma/client.ts';
import { contentKey } from '../../infra/files/file-storage.ts';
import { createLocalFileStorage } from '../../infra/files/local-file-storage.ts';
import { seedDemoCity } from '../../seed/seed.ts';
import { actorFor, testDeps } from '../../test/actors.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import type { Actor } from '../context.ts';
import { fileRequest } from '../requests/file-request.ts';
import { MAX_ATTACHMENT_BYTES } from './attachment-rules.ts';
import { claimAttachments, type ClaimAttachmentsInput } from './claim-attachments.ts';
import {
  pngLabelled,
  refusedFiles,
  tinyHeic,
  tinyJpeg,
  tinyPdf,
  tinyPng,
  tinyWebp,
} from './test-fixtures.ts';
import { uploadAttachment, type AttachmentDeps } from './upload-attachment.ts';

let db: TestDatabase;
let root: string;
let deps: AttachmentDeps;
let resident: Actor;
let resident2: Actor;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  root = await mkdtemp(path.join(tmpdir(), 'citydesk-attachments-'));
  deps = { ...testDeps(db.prisma).deps, files: createLocalFileStorage(root) };
  resident = await actorFor(db.prisma, 'resident@demo.citydesk');
  resident2 = await actorFor(db.prisma, 'resident2@demo.citydesk');
});
afterAll(async () => {
  await db?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

async function storedFileCount(): Promise<number> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).length;
}

/** Files a repair request as `actor` (through the real service) and returns it with its FILED event. */
async function fileRequestAs(actor: Actor) {
  const occupancy = await db.prisma.occupancy.findFirstOrThrow({ where: { userId: actor.userId } });
  const category = await db.prisma.serviceCategory.findFirstOrThrow({ where: { code: 'roof_leak' } });
  const request = await fileRequest(deps, actor, {
    categoryId: category.id,
    premisesId: occupancy.premisesId,
    description: 'Water is leaking from the ceiling in the bathroom',
    contactPhone: '+7 (917) 555-12-34',
  });
  const filed = await db.prisma.requestEvent.findFirstOrThrow({
    where: { requestId: request.id, type: 'FILED' },
  });
  return { requestId: request.id, eventId: filed.id };
}

const upload = (actor: Actor, kind: AttachmentKind, bytes: Buffer, fileName = 'upload.bin') =>
  uploadAttachment(deps, actor, { kind, fileName, bytes });

const claim = (actor: Actor, input: ClaimAttachmentsInput) =>
  db.prisma.$transaction((tx) => claimAttachments(tx, actor, input));

const refusal = (field: string, code: string) => ({
  code: 'INVALID_INPUT',
  details: { issues: [{ field, code }] },
});

describe('uploadAttachment', () => {
  it.each([
    ['PHOTO', tinyJpeg, 'image/jpeg', 'photo.jpg'],
    ['PHOTO', tinyPng, 'image/png', 'photo.png'],
    ['PHOTO', tinyWebp, 'image/webp', 'photo.webp'],
    ['PHOTO', tinyHeic, 'image/heic', 'photo.heic'],
    ['SIGNED_WORK_ORDER', tinyPdf, 'application/pdf', 'photo.pdf'],
    ['SIGNED_WORK_ORDER', tinyJpeg, 'image/jpeg', 'photo.jpg'],
    ['DOCUMENT', tinyPdf, 'application/pdf', 'photo.pdf'],
    ['DOCUMENT', tinyPng, 'image/png', 'photo.png'],
  ] as const)('accepts for %s a file whose bytes are %s', async (kind, bytes, mimeType, fileName) => {
    const attachment = await upload(resident, kind, bytes, 'photo.bin');
    expect(attachment).toMatchObject({
      kind,
      mimeType,
      fileName,
      sizeBytes: bytes.length,
      sha256: contentKey(bytes),
      storageKey: contentKey(bytes),
      uploadedById: resident.userId,
      requestId: null,
      eventId: null,
    });
    expect(await deps.files.exists(attachment.storageKey)).toBe(true);
  });

  it.each([
    ['PHOTO', tinyPdf],
    ['DOCUMENT', tinyWebp],
    ['SIGNED_WORK_ORDER', tinyHeic],
    ['PHOTO', refusedFiles.executable],
    ['PHOTO', refusedFiles.html],
    ['DOCUMENT', refusedFiles.svg],
  ] as const)('refuses for %s a file of another type and stores nothing', async (kind, bytes) => {
    const rows = await db.prisma.attachment.count();
    const files = await storedFileCount();
    await expect(upload(resident, kind, bytes, 'looks-fine.jpg')).rejects.toMatchObject(
      refusal('file', 'file_type_not_allowed'),
    );
    expect(await db.prisma.attachment.count()).toBe(rows);
    expect(await storedFileCount()).toBe(files);
  });

  it('refuses an empty file, a file over 10 MB and an unknown kind', async () => {
    await expect(upload(resident, 'PHOTO', Buffer.alloc(0))).rejects.toMatchObject(
      refusal('file', 'required'),
    );
    const huge = Buffer.concat([tinyPng, Buffer.alloc(MAX_ATTACHMENT_BYTES)]);
    await expect(upload(resident, 'PHOTO', huge)).rejects.toMatchObject(refusal('file', 'file_too_large'));
    await expect(upload(resident, 'VIDEO' as AttachmentKind, tinyPng)).rejects.toMatchObject(
      refusal('kind', 'invalid_choice'),
    );
    expect(await deps.files.exists(contentKey(huge))).toBe(false);
  });

  it('stores the same content once however many times it is uploaded', async () => {
    const bytes = pngLabelled('same content, twice');
    const before = await storedFileCount();
    const [a, b] = [await upload(resident, 'PHOTO', bytes), await upload(resident2, 'PHOTO', bytes)];
    expect(a.id).not.toBe(b.id);
    expect(a.storageKey).toBe(b.storageKey);
    expect(await storedFileCount()).toBe(before + 1);
  });
});

describe('claimAttachments', () => {
  it('links the actor’s own unclaimed uploads to the request and its event, in the order given', async () => {
    const { requestId, eventId } = await fileRequestAs(resident);
    const first = await upload(resident, 'PHOTO', tinyJpeg);
    const second = await upload(resident, 'PHOTO', tinyPng);
    const claimed = await claim(resident, {
      attachmentIds: [second.id, first.id],
      requestId,
      eventId,
      kinds: ['PHOTO'],
    });
    expect(claimed.map((a) => a.id)).toEqual([second.id, first.id]);
    expect(claimed.every((a) => a.requestId === requestId && a.eventId === eventId)).toBe(true);
    expect(await claim(resident, { attachmentIds: [], requestId, kinds: ['PHOTO'] })).toEqual([]);
  });

  it('refuses someone else’s upload and changes nothing', async () => {
    const { requestId } = await fileRequestAs(resident);
    const theirs = await upload(resident2, 'PHOTO', tinyJpeg);
    await expect(
      claim(resident, { attachmentIds: [theirs.id], requestId, kinds: ['PHOTO'] }),
    ).rejects.toMatchObject(refusal('attachmentIds', 'attachment_unavailable'));
    expect(await db.prisma.attachment.findUniqueOrThrow({ where: { id: theirs.id } })).toEqual(theirs);
  });

  it('refuses an upload that is already claimed, even for the same request', async () => {
    const { requestId } = await fileRequestAs(resident);
    const other = await fileRequestAs(resident);
    const photo = await upload(resident, 'PHOTO', tinyJpeg);
    await claim(resident, { attachmentIds: [photo.id], requestId, kinds: ['PHOTO'] });
    for (const target of [other.requestId, requestId])
      await expect(
        claim(resident, { attachmentIds: [photo.id], requestId: target, kinds: ['PHOTO'] }),
      ).rejects.toMatchObject(refusal('attachmentIds', 'attachment_unavailable'));
    expect((await db.prisma.attachment.findUniqueOrThrow({ where: { id: photo.id } })).requestId).toBe(
      requestId,
    );
  });

  it('refuses uploads of another kind, unknown and malformed ids, naming the caller’s field', async () => {
    const { requestId } = await fileRequestAs(resident);
    const document = await upload(resident, 'DOCUMENT', tinyPdf);
    for (const attachmentIds of [[document.id], ['00000000-0000-4000-8000-000000000000'], ['not-an-id']])
      await expect(
        claim(resident, { attachmentIds, requestId, kinds: ['PHOTO'], field: 'photoIds' }),
      ).rejects.toMatchObject(refusal('photoIds', 'attachment_unavailable'));
    expect(
      (await db.prisma.attachment.findUniqueOrThrow({ where: { id: document.id } })).requestId,
    ).toBeNull();
  });

  it('claims all or nothing: one bad id leaves the good ones unclaimed', async () => {
    const { requestId } = await fileRequestAs(resident);
    const mine = await upload(resident, 'PHOTO', tinyJpeg);
    const theirs = await upload(resident2, 'PHOTO', tinyJpeg);
    await expect(
      claim(resident, { attachmentIds: [mine.id, theirs.id], requestId, kinds: ['PHOTO'] }),
    ).rejects.toMatchObject(refusal('attachmentIds', 'attachment_unavailable'));
    expect((await db.prisma.attachment.findUniqueOrThrow({ where: { id: mine.id } })).requestId).toBeNull();
  });

  it('refuses more than 10 files in one call', async () => {
    const { requestId } = await fileRequestAs(resident);
    const photos = [];
    for (let i = 0; i < 11; i++) photos.push(await upload(resident, 'PHOTO', tinyJpeg));
    await expect(
      claim(resident, { attachmentIds: photos.map((p) => p.id), requestId, kinds: ['PHOTO'] }),
    ).rejects.toMatchObject(refusal('attachmentIds', 'too_many_files'));
    expect(
      await db.prisma.attachment.count({ where: { id: { in: photos.map((p) => p.id) }, requestId } }),
    ).toBe(0);
    const claimed = await claim(resident, {
      attachmentIds: photos.slice(0, 10).map((p) => p.id),
      requestId,
      kinds: ['PHOTO'],
    });
    expect(claimed).toHaveLength(10);
  });

  it('gives an upload to exactly one of two actions claiming it at the same time', async () => {
    const [a, b] = [await fileRequestAs(resident), await fileRequestAs(resident)];
    const photo = await upload(resident, 'PHOTO', tinyJpeg);
    const results = await Promise.allSettled(
      [a, b].map((r) =>
        claim(resident, { attachmentIds: [photo.id], requestId: r.requestId, kinds: ['PHOTO'] }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: refusal('attachmentIds', 'attachment_unavailable'),
    });
    const row = await db.prisma.attachment.findUniqueOrThrow({ where: { id: photo.id } });
    expect([a.requestId, b.requestId]).toContain(row.requestId);
  });
});
