// POST /files and GET /files/:id over real HTTP: what is accepted (by content), what is refused and
// leaves nothing behind, and who may download a file before and after it is attached to a request.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { uploadQuotaOf } from '@citydesk/domain';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.ts';
import { loadConfig } from '../config.ts';
import { embeddedPoolSize } from '../infra/db/embedded-postgres.ts';
import { contentKey } from '../infra/files/file-storage.ts';
import { createLogger } from '../logger.ts';
import { seedDemoCity } from '../seed/seed.ts';
import { MAX_ATTACHMENT_BYTES } from '../services/attachments/attachment-rules.ts';
import { claimAttachments } from '../services/attachments/claim-attachments.ts';
import {
  a4Pdf,
  activePdfs,
  heicOf,
  pngClaiming,
  pngLabelled,
  polyglots,
  refusedFiles,
  tinyHeic,
  tinyJpeg,
  tinyPdf,
  tinyPng,
} from '../services/attachments/test-fixtures.ts';
import { recordEarlierUploads } from '../services/attachments/test-uploads.ts';
import { fileRequest } from '../services/requests/file-request.ts';
import { actorFor } from '../test/actors.ts';
import { TestClient } from '../test/graphql-client.ts';
import { createTestDatabase, isEmbeddedTestDatabase, type TestDatabase } from '../test/test-database.ts';

let db: TestDatabase;
let app: App;
let url: string;
let dataDir: string;
const clients: Record<string, TestClient> = {};

// Like startTestApp, but with its own DATA_DIR so the files land in a temp folder we can inspect.
beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
  dataDir = await mkdtemp(path.join(tmpdir(), 'citydesk-files-http-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: db.url,
    // As startTestApp does: PGlite's socket server must see one connection (embedded-postgres.ts).
    ...(isEmbeddedTestDatabase(db.url) ? { DATABASE_POOL_SIZE: String(embeddedPoolSize) } : {}),
    SEED_DEMO: 'never',
    JOBS_INTERVAL_SECONDS: '0',
    WEB_DIST_DIR: '/nonexistent',
    DATA_DIR: dataDir,
  });
  app = await createApp(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
  url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  for (const [name, email] of Object.entries({
    resident: 'resident@demo.citydesk',
    resident2: 'resident2@demo.citydesk',
    resident3: 'resident3@demo.citydesk',
    dispatcher: 'dispatcher@demo.citydesk',
    otherDispatcher: 'dispatcher.uyutnydom@demo.citydesk',
    contractor: 'contractor@demo.citydesk',
    admin: 'admin@demo.citydesk',
  })) {
    clients[name] = new TestClient(url, 'en');
    await clients[name].login(email);
  }
});
afterAll(async () => {
  await app?.close();
  await db?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

interface UploadOptions {
  kind?: string;
  cookie?: string | undefined;
  csrf?: boolean;
  /** The Content-Type the client claims for the part (never trusted). */
  type?: string;
}

async function upload(
  as: TestClient | null,
  bytes: Buffer,
  fileName: string,
  options: UploadOptions & { headers?: object } = {},
) {
  const form = new FormData();
  form.append('note', 'a field before the file is skipped');
  form.append('file', new Blob([new Uint8Array(bytes)], { type: options.type ?? 'image/jpeg' }), fileName);
  return post(as, form, options);
}

async function post(
  as: TestClient | null,
  body: RequestInit['body'],
  options: UploadOptions & { headers?: object } = {},
) {
  const response = await fetch(`${url}/files?kind=${options.kind ?? 'PHOTO'}`, {
    method: 'POST',
    body,
    headers: {
      'x-citydesk-locale': 'en',
      ...(as?.cookie ? { cookie: as.cookie } : {}),
      ...(options.csrf === false ? {} : { 'x-citydesk-upload': '1' }),
      ...options.headers,
    },
  });
  return { status: response.status, headers: response.headers, body: await response.json() } as Answer;
}

async function download(as: TestClient | null, id: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/files/${id}`, {
    headers: { 'x-citydesk-locale': 'en', ...(as?.cookie ? { cookie: as.cookie } : {}), ...headers },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes };
}

/** Starts an upload declaring a body of `declaredBytes` and never sends it: the answer must come at once. */
function postPromisingBody(as: TestClient, declaredBytes: number) {
  return new Promise<{ status: number; body: any }>((resolve, reject) => {
    const req = http.request(`${url}/files?kind=PHOTO`, {
      method: 'POST',
      headers: {
        cookie: as.cookie!,
        'x-citydesk-upload': '1',
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(declaredBytes),
      },
    });
    req.on('response', (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(parts).toString()) });
      });
    });
    req.on('error', reject);
    req.write('--x\r\n');
  });
}

/** Every file in the store (and any stray temp file), relative to its root. */
async function storedFiles(): Promise<string[]> {
  const root = path.join(dataDir, 'files');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/** Asserts that running `act` leaves no attachment row and no file behind. */
async function expectNothingStored(act: () => Promise<void>) {
  const rows = await db.prisma.attachment.count();
  const files = (await storedFiles()).sort();
  await act();
  expect(await db.prisma.attachment.count()).toBe(rows);
  expect((await storedFiles()).sort()).toEqual(files);
}

const uploaded = async (as: TestClient, bytes: Buffer, name: string, kind = 'PHOTO') => {
  const answer = await upload(as, bytes, name, { kind });
  expect(answer.status).toBe(201);
  return answer.body as { id: string; kind: string; fileName: string; mimeType: string; sizeBytes: number };
};

describe('POST /files', () => {
  it.each([
    ['PHOTO', 'leak.jpg', tinyJpeg, 'image/jpeg', 'leak.jpg'],
    ['PHOTO', 'ceiling.png', tinyPng, 'image/png', 'ceiling.png'],
    ['PHOTO', 'IMG_0001.HEIC', tinyHeic, 'image/heic', 'IMG_0001.heic'],
    ['SIGNED_WORK_ORDER', 'наряд №15 (подписан).pdf', tinyPdf, 'application/pdf', 'наряд №15 (подписан).pdf'],
    ['DOCUMENT', 'справка.pdf', tinyPdf, 'application/pdf', 'справка.pdf'],
  ])('accepts a %s upload of a real file: %s', async (kind, name, bytes, mimeType, storedName) => {
    const answer = await upload(clients.resident!, bytes, name, { kind });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      id: expect.any(String),
      kind,
      fileName: storedName,
      mimeType,
      sizeBytes: bytes.length,
    });
    const row = await db.prisma.attachment.findUniqueOrThrow({ where: { id: answer.body.id } });
    expect(row).toMatchObject({ requestId: null, sha256: contentKey(bytes), storageKey: contentKey(bytes) });
    const key = contentKey(bytes);
    expect(await storedFiles()).toContain(path.join(key.slice(0, 2), key.slice(2, 4), key));
  });

  it('decides the type by content: a PNG named .pdf and sent as application/pdf is stored as a PNG', async () => {
    const answer = await upload(clients.resident!, tinyPng, 'scan.pdf', {
      kind: 'DOCUMENT',
      type: 'application/pdf',
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ mimeType: 'image/png', fileName: 'scan.png' });
  });

  it.each(Object.entries(refusedFiles))(
    'refuses %s renamed .jpg and stores nothing',
    async (_what, bytes) => {
      await expectNothingStored(async () => {
        const answer = await upload(clients.resident!, bytes, 'holiday.jpg', { type: 'image/jpeg' });
        expect(answer.status).toBe(400);
        expect(answer.body).toEqual({
          error: {
            code: 'INVALID_INPUT',
            message: expect.stringMatching(/\w/),
            issues: [{ field: 'file', code: 'file_type_not_allowed' }],
          },
        });
      });
    },
  );

  it('refuses a PDF as a photo', async () => {
    const answer = await upload(clients.resident!, tinyPdf, 'photo.pdf');
    expect(answer.body.error.issues).toEqual([{ field: 'file', code: 'file_type_not_allowed' }]);
  });

  it('refuses a file over 10 MB with 413 while streaming it, and stores nothing', async () => {
    const justOver = Buffer.concat([tinyPng, Buffer.alloc(MAX_ATTACHMENT_BYTES + 1 - tinyPng.length)]);
    await expectNothingStored(async () => {
      const answer = await upload(clients.resident!, justOver, 'big.png');
      expect(answer.status).toBe(413);
      expect(answer.body.error).toMatchObject({
        code: 'INVALID_INPUT',
        issues: [{ field: 'file', code: 'file_too_large' }],
      });
    });
    expect(await db.prisma.attachment.count({ where: { sizeBytes: { gt: MAX_ATTACHMENT_BYTES } } })).toBe(0);
  });

  it('answers 413 while an oversized body without a declared length is still arriving', async () => {
    // A client that would send 10× the limit and stops only when it sees the answer.
    const boundary = 'citydeskboundary';
    const answer = await new Promise<{ status: number; body: any; sentBeforeAnswer: number }>(
      (resolve, reject) => {
        const req = http.request(`${url}/files?kind=PHOTO`, {
          method: 'POST',
          headers: {
            cookie: clients.resident!.cookie!,
            'x-citydesk-upload': '1',
            'content-type': `multipart/form-data; boundary=${boundary}`,
          },
        });
        let sent = 0;
        let answered = false;
        const chunk = Buffer.alloc(64 * 1024);
        const pump = () => {
          while (!answered && sent < 10 * MAX_ATTACHMENT_BYTES) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          if (!answered) req.end();
        };
        req.on('response', (res) => {
          answered = true;
          const sentBeforeAnswer = sent;
          const parts: Buffer[] = [];
          res.on('data', (part: Buffer) => parts.push(part));
          res.on('end', () => {
            req.destroy();
            resolve({
              status: res.statusCode!,
              body: JSON.parse(Buffer.concat(parts).toString()),
              sentBeforeAnswer,
            });
          });
        });
        req.on('error', (error) => {
          if (!answered) reject(error);
        });
        req.write(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\n` +
            'Content-Type: image/png\r\n\r\n',
        );
        req.write(tinyPng);
        pump();
      },
    );
    expect(answer.status).toBe(413);
    expect(answer.body.error.issues).toEqual([{ field: 'file', code: 'file_too_large' }]);
    // Answered right after the limit, not after the client gave up (allowing for socket buffers).
    expect(answer.sentBeforeAnswer).toBeLessThan(2 * MAX_ATTACHMENT_BYTES);
    expect(await db.prisma.attachment.count({ where: { sizeBytes: { gt: MAX_ATTACHMENT_BYTES } } })).toBe(0);
    expect((await storedFiles()).filter((f) => f.includes('.tmp-'))).toEqual([]);
    // The server is fine afterwards.
    expect((await upload(clients.resident!, tinyJpeg, 'after.jpg')).status).toBe(201);
  });

  it('answers 413 at once to a body declared far over the limit, without waiting for it', async () => {
    const answer = await postPromisingBody(clients.resident!, 1024 * 1024 * 1024);
    expect(answer.status).toBe(413);
    expect(answer.body.error.issues).toEqual([{ field: 'file', code: 'file_too_large' }]);
  });

  it('requires a session: 401 UNAUTHENTICATED without the cookie', async () => {
    await expectNothingStored(async () => {
      const answer = await upload(null, tinyJpeg, 'leak.jpg');
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({
        error: { code: 'UNAUTHENTICATED', message: 'Your session has ended. Please sign in again.' },
      });
    });
  });

  it('requires the x-citydesk-upload header against cross-site posts: 403 NOT_ALLOWED without it', async () => {
    await expectNothingStored(async () => {
      const answer = await upload(clients.resident!, tinyJpeg, 'leak.jpg', { csrf: false });
      expect(answer.status).toBe(403);
      expect(answer.body.error.code).toBe('NOT_ALLOWED');
    });
  });

  it('answers in the caller’s language', async () => {
    const response = await fetch(`${url}/files?kind=PHOTO`, {
      method: 'POST',
      headers: { 'x-citydesk-locale': 'ru', 'x-citydesk-upload': '1' },
      body: new FormData(),
    });
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/[А-Яа-я]/);
  });

  it('refuses an unknown kind, a body that is not multipart and a form without the file', async () => {
    const badKind = await upload(clients.resident!, tinyJpeg, 'leak.jpg', { kind: 'VIDEO' });
    expect([badKind.status, badKind.body.error.issues]).toEqual([
      400,
      [{ field: 'kind', code: 'invalid_choice' }],
    ]);
    const json = await post(clients.resident!, JSON.stringify({ file: 'x' }), {
      headers: { 'content-type': 'application/json' },
    });
    expect([json.status, json.body.error.issues]).toEqual([400, [{ field: 'file', code: 'required' }]]);
    const form = new FormData();
    form.append('other', new Blob([new Uint8Array(tinyJpeg)]), 'leak.jpg');
    const noFile = await post(clients.resident!, form);
    expect([noFile.status, noFile.body.error.issues]).toEqual([400, [{ field: 'file', code: 'required' }]]);
    const empty = await upload(clients.resident!, Buffer.alloc(0), 'empty.jpg');
    expect([empty.status, empty.body.error.issues]).toEqual([400, [{ field: 'file', code: 'required' }]]);
  });

  it('keeps one file on disk for the same content uploaded twice', async () => {
    const bytes = Buffer.concat([tinyJpeg, Buffer.from('twice')]);
    const before = (await storedFiles()).length;
    const a = await uploaded(clients.resident!, bytes, 'a.jpg');
    const b = await uploaded(clients.resident2!, bytes, 'b.jpg');
    expect(a.id).not.toBe(b.id);
    expect((await storedFiles()).length).toBe(before + 1);
    expect((await storedFiles()).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});

describe('POST /files: images opened before storing, polyglots, the daily quota', () => {
  const noise = (width: number, height: number) =>
    sharp({
      create: {
        width,
        height,
        channels: 3,
        background: '#6a7b8c',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    });

  it('still accepts ordinary photos and PDFs', async () => {
    const photo = await noise(1600, 1200)
      .withMetadata({ exif: { IFD0: { Make: 'citydesk', Model: 'test camera' } } })
      .jpeg({ quality: 85 })
      .toBuffer();
    const accepted: Array<[string, string, Buffer, string]> = [
      ['PHOTO', 'IMG_1001.jpg', photo, 'image/jpeg'],
      ['PHOTO', 'IMG_1002.jpg', await noise(1200, 900).jpeg({ progressive: true }).toBuffer(), 'image/jpeg'],
      // A phone's JPEG with its secondary image (MPF) right after the primary one.
      ['PHOTO', 'IMG_1003.jpg', Buffer.concat([photo, tinyJpeg]), 'image/jpeg'],
      ['PHOTO', 'screenshot.png', await noise(800, 600).png().toBuffer(), 'image/png'],
      ['PHOTO', 'wall.webp', await noise(800, 600).webp().toBuffer(), 'image/webp'],
      ['SIGNED_WORK_ORDER', 'order-15.pdf', a4Pdf, 'application/pdf'],
      ['DOCUMENT', 'scan.jpg', await noise(1240, 1754).jpeg({ quality: 70 }).toBuffer(), 'image/jpeg'],
    ];
    for (const [kind, name, bytes, mimeType] of accepted) {
      const answer = await upload(clients.resident!, bytes, name, { kind });
      expect([name, answer.status, answer.body.mimeType]).toEqual([name, 201, mimeType]);
      const key = contentKey(bytes);
      expect(await storedFiles()).toContain(path.join(key.slice(0, 2), key.slice(2, 4), key));
    }
  });

  it.each([
    [
      'a 96-byte PNG claiming 100,000 × 100,000 pixels',
      'PHOTO',
      pngClaiming(100_000, 100_000),
      'image_too_large',
    ],
    ['a HEIC of 20,000 × 20,000 pixels', 'PHOTO', heicOf(20_000, 20_000), 'image_too_large'],
    ['a PNG whose pixel data is missing', 'PHOTO', pngClaiming(4000, 4000), 'file_corrupt'],
    ['a truncated JPEG', 'PHOTO', 'truncated-jpeg', 'file_corrupt'],
    ['a JPEG with a ZIP (JAR) appended', 'PHOTO', polyglots.jpegWithZip, 'file_type_not_allowed'],
    ['a PNG with HTML appended', 'PHOTO', polyglots.pngWithHtml, 'file_type_not_allowed'],
    ['a PNG with SVG in a text chunk', 'PHOTO', polyglots.pngWithSvgComment, 'file_type_not_allowed'],
    [
      'a JPEG with PHP in a comment',
      'SIGNED_WORK_ORDER',
      polyglots.jpegWithPhpComment,
      'file_type_not_allowed',
    ],
    ['a PDF with /JavaScript', 'DOCUMENT', polyglots.pdfWithJavaScript, 'file_type_not_allowed'],
    [
      'a PDF hiding JavaScript in an object stream',
      'DOCUMENT',
      activePdfs.javaScriptInObjectStream,
      'file_type_not_allowed',
    ],
    ['a PDF launching a program', 'SIGNED_WORK_ORDER', activePdfs.launch, 'file_type_not_allowed'],
    ['a PDF with an embedded file', 'DOCUMENT', activePdfs.embeddedFile, 'file_type_not_allowed'],
    ['a PDF with a ZIP appended', 'DOCUMENT', polyglots.pdfWithZip, 'file_type_not_allowed'],
  ])('refuses %s and stores nothing', async (_what, kind, fixture, code) => {
    const bytes =
      fixture === 'truncated-jpeg'
        ? (await noise(640, 480).jpeg().toBuffer()).subarray(0, 20_000)
        : (fixture as Buffer);
    await expectNothingStored(async () => {
      const answer = await upload(clients.resident!, bytes, 'holiday.jpg', { kind });
      expect(answer.status).toBe(400);
      expect(answer.body.error).toEqual({
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/\w/),
        issues: [{ field: 'file', code }],
      });
    });
  });

  describe('the daily quota', () => {
    const { files } = uploadQuotaOf('RESIDENT');
    let resident3: string;
    beforeAll(async () => {
      resident3 = (await db.prisma.user.findUniqueOrThrow({ where: { email: 'resident3@demo.citydesk' } }))
        .id;
    });
    afterEach(async () => {
      await db.prisma.attachment.deleteMany({ where: { uploadedById: resident3 } });
    });

    /** Leaves resident3 `room` uploads before the quota (rows only, an hour old: the quota counts rows). */
    async function leaveRoom(room: number) {
      const used = await db.prisma.attachment.count({ where: { uploadedById: resident3 } });
      await recordEarlierUploads(db.prisma, resident3, files - room - used, {
        sizeBytes: 1000,
        createdAt: (i) => new Date(Date.now() - 60 * 60_000 + i),
      });
    }
    const fresh = () => pngLabelled(randomUUID());

    it('refuses the upload past the quota with 429, translated, and stores nothing', async () => {
      await leaveRoom(1);
      expect((await upload(clients.resident3!, fresh(), 'last.png')).status).toBe(201);
      for (const locale of ['en', 'ru']) {
        await expectNothingStored(async () => {
          const answer = await upload(clients.resident3!, fresh(), 'one-too-many.png', {
            headers: { 'x-citydesk-locale': locale },
          });
          expect(answer.status).toBe(429);
          expect(answer.body.error).toMatchObject({
            code: 'UPLOAD_QUOTA_EXCEEDED',
            params: { files: 200, megabytes: 200, timeZone: 'Europe/Moscow', retryAt: expect.any(String) },
          });
          expect(answer.body.error.message).toMatch(
            locale === 'en' ? /200 files or 200 MB in 24 hours/ : /200 файлов/,
          );
          expect(answer.body.error.message).not.toMatch(/\{\{|retryAt|T\d\d:/);
        });
      }
    });

    it('answers a full quota at once, before the body arrives', async () => {
      await leaveRoom(0);
      const answer = await postPromisingBody(clients.resident3!, 5 * 1024 * 1024);
      expect(answer.status).toBe(429);
      expect(answer.body.error.code).toBe('UPLOAD_QUOTA_EXCEEDED');
    });

    it('lets exactly one of two parallel uploads at the edge pass', async () => {
      await leaveRoom(1);
      const rows = await db.prisma.attachment.count();
      const contents = [fresh(), fresh()];
      const answers = await Promise.all(
        contents.map((bytes) => upload(clients.resident3!, bytes, 'edge.png')),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([201, 429]);
      expect(await db.prisma.attachment.count()).toBe(rows + 1);
      const stored = await storedFiles();
      const keys = contents
        .map((bytes) => contentKey(bytes))
        .filter((key) => stored.some((f) => f.endsWith(key)));
      expect(keys).toEqual([contentKey(contents[answers.findIndex((a) => a.status === 201)]!)]);
    });

    it('lets exactly as many parallel uploads pass as there is room for', async () => {
      await leaveRoom(3);
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => upload(clients.resident3!, fresh(), 'burst.png')),
      );
      expect(answers.filter((a) => a.status === 201)).toHaveLength(3);
      expect(answers.filter((a) => a.status === 429)).toHaveLength(5);
      expect(await db.prisma.attachment.count({ where: { uploadedById: resident3 } })).toBe(files);
    });
  });
});

describe('GET /files/:id', () => {
  it('streams the file to its uploader with its type, name and safe headers', async () => {
    const photo = await uploaded(clients.resident!, tinyJpeg, 'протечка: ванная (100%).jpg');
    const answer = await download(clients.resident!, photo.id);
    expect(answer.status).toBe(200);
    expect(answer.bytes.equals(tinyJpeg)).toBe(true);
    expect(answer.headers.get('content-type')).toBe('image/jpeg');
    expect(answer.headers.get('content-length')).toBe(String(tinyJpeg.length));
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('cache-control')).toBe('private');
    const disposition = answer.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^inline; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(photo.fileName).toBe('протечка_ ванная (100%).jpg');
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(photo.fileName);

    const again = await download(clients.resident!, photo.id, {
      'if-none-match': answer.headers.get('etag')!,
    });
    expect(again.status).toBe(304);
  });

  it('offers the file as a download with ?download=1', async () => {
    const document = await uploaded(clients.resident!, tinyPdf, 'справка.pdf', 'DOCUMENT');
    const response = await fetch(`${url}/files/${document.id}?download=1`, {
      headers: { cookie: clients.resident!.cookie! },
    });
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(response.headers.get('content-type')).toBe('application/pdf');
  });

  it('is 404 for anyone else while the file is not attached, 401 without a session, 404 for unknown ids', async () => {
    const photo = await uploaded(clients.resident!, tinyPng, 'leak.png');
    for (const other of ['resident2', 'dispatcher', 'contractor', 'admin']) {
      const answer = await download(clients[other]!, photo.id);
      expect([other, answer.status]).toEqual([other, 404]);
      expect(JSON.parse(answer.bytes.toString()).error.code).toBe('NOT_FOUND');
    }
    expect((await download(null, photo.id)).status).toBe(401);
    expect((await download(clients.resident!, randomUUID())).status).toBe(404);
    expect((await download(clients.resident!, 'not-a-uuid')).status).toBe(404);
  });

  it('once claimed for a request, is readable by whoever sees the request and by no one else', async () => {
    const photo = await uploaded(clients.resident!, tinyJpeg, 'leak.jpg');
    const resident = await actorFor(db.prisma, 'resident@demo.citydesk');
    const occupancy = await db.prisma.occupancy.findFirstOrThrow({ where: { userId: resident.userId } });
    const category = await db.prisma.serviceCategory.findFirstOrThrow({ where: { code: 'roof_leak' } });
    const request = await fileRequest(app.deps, resident, {
      categoryId: category.id,
      premisesId: occupancy.premisesId,
      description: 'Water is leaking from the ceiling in the bathroom',
      contactPhone: '+7 (917) 555-12-34',
    });
    await db.prisma.$transaction((tx) =>
      claimAttachments(tx, resident, { attachmentIds: [photo.id], requestId: request.id, kinds: ['PHOTO'] }),
    );

    const statusFor = async (name: string) => (await download(clients[name]!, photo.id)).status;
    expect(await statusFor('resident')).toBe(200);
    expect(await statusFor('dispatcher')).toBe(200); // the company that serves the building
    expect(await statusFor('admin')).toBe(200); // the city
    expect(await statusFor('otherDispatcher')).toBe(404); // another management company
    expect(await statusFor('resident2')).toBe(404);
    expect(await statusFor('contractor')).toBe(404); // not assigned to this request
  });
});
