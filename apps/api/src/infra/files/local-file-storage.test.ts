import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentKey, type FileStorage } from './file-storage.ts';
import { createLocalFileStorage } from './local-file-storage.ts';

let root: string;
let storage: FileStorage;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'citydesk-files-'));
  storage = createLocalFileStorage(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every file under the store, as paths relative to its root. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

describe('local file storage', () => {
  it('stores content under its SHA-256 in sharded folders and reads back the same bytes', async () => {
    const bytes = Buffer.from('a signed work order');
    const key = contentKey(bytes);
    expect(await storage.exists(key)).toBe(false);
    await storage.put(key, bytes);
    expect(await storage.exists(key)).toBe(true);
    expect(await storedFiles()).toEqual([path.join(key.slice(0, 2), key.slice(2, 4), key)]);
    expect((await buffer(await storage.read(key))).equals(bytes)).toBe(true);
  });

  it('keeps one file when the same content is stored twice, also concurrently, and leaves no temp files', async () => {
    const bytes = Buffer.alloc(256 * 1024, 7);
    const key = contentKey(bytes);
    await storage.put(key, bytes);
    await Promise.all([storage.put(key, bytes), storage.put(key, bytes)]);
    const other = Buffer.from('other content');
    await Promise.all([storage.put(contentKey(other), other), storage.put(contentKey(other), other)]);
    expect(await storedFiles()).toHaveLength(2);
    expect((await buffer(await storage.read(key))).equals(bytes)).toBe(true);
  });

  it('refuses keys that are not content addresses, so no key can reach outside the folder', async () => {
    const bytes = Buffer.from('x');
    await expect(storage.put('../../etc/passwd', bytes)).rejects.toThrow(/content key/);
    await expect(storage.read('../' + contentKey(bytes))).rejects.toThrow(/content key/);
    await expect(storage.put(contentKey(bytes).toUpperCase(), bytes)).rejects.toThrow(/content key/);
    expect(await storage.exists('..')).toBe(false);
  });

  it('refuses a key that is not the hash of the bytes', async () => {
    await expect(storage.put(contentKey(Buffer.from('a')), Buffer.from('b'))).rejects.toThrow(/SHA-256/);
    expect(await storedFiles()).toEqual([]);
  });

  it('rejects reading an unknown key before streaming anything', async () => {
    await expect(storage.read(contentKey(Buffer.from('never stored')))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});
