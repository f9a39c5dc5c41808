// The embedded file store: a folder (`<DATA_DIR>/files`) sharded by the key's first two byte pairs
// (`ab/cd/abcd…`), so no directory grows past a few thousand entries. A file is written to a temp
// name in its final directory, flushed to disk and renamed into place: a crash leaves either the
// whole file or no file (a stray `.tmp-*` at worst), never half of one under its real name.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { assertContentKey, contentKey, type FileStorage } from './file-storage.ts';

export function createLocalFileStorage(root: string): FileStorage {
  const pathOf = (key: string) => {
    assertContentKey(key);
    return path.join(root, key.slice(0, 2), key.slice(2, 4), key);
  };

  const exists = async (key: string) => {
    try {
      await access(pathOf(key), constants.F_OK);
      return true;
    } catch {
      return false;
    }
  };

  return {
    engine: 'local',
    exists,

    async put(key, bytes) {
      const target = pathOf(key);
      // A content address that does not match the content would poison every later upload of it.
      if (contentKey(bytes) !== key) throw new Error('file storage: key is not the SHA-256 of the bytes');
      if (await exists(key)) return;
      await mkdir(path.dirname(target), { recursive: true });
      const temp = path.join(path.dirname(target), `.tmp-${randomBytes(8).toString('hex')}`);
      try {
        const handle = await open(temp, 'wx', 0o640);
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        // Two writers of the same content race harmlessly: rename replaces atomically with equal bytes.
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },

    async read(key): Promise<Readable> {
      // Opening first makes a missing file fail here, not midway through an HTTP response.
      const handle = await open(pathOf(key), 'r');
      return handle.createReadStream();
    },
  };
}
