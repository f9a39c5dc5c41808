// The one-time setup token of an installation without a city. Every start of the server in that state issues a
// new one (the log prints it; the table keeps only its SHA-256), so a token seen in an old log is worthless.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db, Tx } from '../../infra/db/database.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** True once the installation has a city (set up through the page, the CLI, or seeded with the demo). */
export async function isSetUp(db: Db | Tx): Promise<boolean> {
  return (await db.city.findFirst({ select: { id: true } })) !== null;
}

/** A fresh setup token for an installation without a city (replacing any earlier one); null once set up. */
export async function issueSetupToken(db: Db, now: Date): Promise<string | null> {
  if (await isSetUp(db)) return null;
  const token = randomBytes(24).toString('base64url');
  const hash = sha256(token).toString('hex');
  await db.$executeRaw`
    INSERT INTO installation (id, setup_token_hash, token_issued_at) VALUES (true, ${hash}, ${now})
    ON CONFLICT (id) DO UPDATE SET setup_token_hash = excluded.setup_token_hash,
                                   token_issued_at = excluded.token_issued_at`;
  return token;
}

/** Compares a presented token with the stored hash in constant time. */
export function setupTokenMatches(storedHash: string | null, presented: string): boolean {
  if (!storedHash || presented.length === 0 || presented.length > 256) return false;
  return timingSafeEqual(Buffer.from(storedHash, 'hex'), sha256(presented));
}
