// Earlier uploads for quota tests: attachment rows only (the quota counts rows, not files on disk).
import { randomBytes } from 'node:crypto';
import type { Db } from '../../infra/db/database.ts';

/** Records `count` uploads of `sizeBytes` by `userId`, the i-th one made at `createdAt(i)`. */
export async function recordEarlierUploads(
  db: Db,
  userId: string,
  count: number,
  { sizeBytes, createdAt }: { sizeBytes: number; createdAt: (i: number) => Date },
): Promise<void> {
  await db.attachment.createMany({
    data: Array.from({ length: count }, (_, i) => {
      const sha256 = randomBytes(32).toString('hex');
      return {
        uploadedById: userId,
        kind: 'PHOTO' as const,
        fileName: `earlier-${i}.png`,
        mimeType: 'image/png',
        sizeBytes,
        sha256,
        storageKey: sha256,
        createdAt: createdAt(i),
      };
    }),
  });
}
