// The Idempotency-Key request header (draft-ietf-httpapi-idempotency-key-header): a Structured Field
// String (`Idempotency-Key: "8e03978e-…"`), or the bare value many clients send. A malformed one is
// INVALID_INPUT (HTTP 400) before anything runs. Keys are scoped to the caller: the signed-in user, or the
// session of a caller without an account; a caller with neither cannot be told apart, so its key is unused.
import { createHash } from 'node:crypto';
import { parseItem } from 'structured-headers';
import { invalidInput } from '../errors.ts';

export const idempotencyKeyHeader = 'idempotency-key';
export const maxIdempotencyKeyLength = 255;

const invalidKey = () => invalidInput([{ field: 'Idempotency-Key', code: 'invalid_idempotency_key' }]);

/** The key the header carries; null without the header; INVALID_INPUT when it is malformed. */
export function parseIdempotencyKey(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  // Node joins repeated lines with ", "; an array would be repeated lines too: a key is one item.
  if (Array.isArray(header)) throw invalidKey();
  const raw = header.trim();
  let key: string;
  if (raw.startsWith('"')) {
    let item: ReturnType<typeof parseItem>;
    try {
      item = parseItem(raw);
    } catch {
      throw invalidKey();
    }
    if (typeof item[0] !== 'string') throw invalidKey();
    key = item[0];
  } else {
    if (/[\s",\\]/.test(raw)) throw invalidKey();
    key = raw;
  }
  if (key.length === 0 || key.length > maxIdempotencyKeyLength || !/^[\x20-\x7e]+$/.test(key))
    throw invalidKey();
  return key;
}

/** Whose keys these are: the user, else the session (its token's hash), else nobody's. */
export function idempotencyScopeOf(
  viewer: { userId: string } | null,
  sessionToken: string | undefined,
): string | null {
  if (viewer) return `user:${viewer.userId}`;
  if (sessionToken) return `session:${createHash('sha256').update(sessionToken).digest('hex')}`;
  return null;
}
