// Picks the file storage engine: today the local folder `<DATA_DIR>/files`; an S3-compatible
// engine slots in here when configured.
import path from 'node:path';
import type { FileStorage } from './file-storage.ts';
import { createLocalFileStorage } from './local-file-storage.ts';

export function openFileStorage(options: { dataDir: string }): FileStorage {
  return createLocalFileStorage(path.join(options.dataDir, 'files'));
}
