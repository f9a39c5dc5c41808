// Where uploaded files' bytes live. Kept narrow (put, read, exists) so an S3-compatible engine can
// replace the local folder without touching the services. Keys are content addresses: the SHA-256
// of the bytes in lowercase hex, so the same file uploaded twice is stored once.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';

export interface FileStorage {
  /** Which engine holds the bytes ('local' today; 's3' later). */
  readonly engine: string;
  /** Stores `bytes` under `key`; storing a key that already exists is a no-op. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The stored bytes; rejects (before any byte is streamed) when the key is unknown. */
  read(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
}

/** The storage key of some content: its SHA-256 in lowercase hex. */
export const contentKey = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

const keyPattern = /^[0-9a-f]{64}$/;

/** Refuses anything that is not a content key, so a key can never name a path outside the store. */
export function assertContentKey(key: string): void {
  if (!keyPattern.test(key)) throw new Error(`not a content key: ${JSON.stringify(key.slice(0, 80))}`);
}
