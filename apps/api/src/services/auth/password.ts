// Password hashing: argon2id (OWASP's first choice) through @node-rs/argon2, whose
// prebuilt binary works on these machines (the `argon2` package's prebuild segfaults here).
import { hash, verify } from '@node-rs/argon2';

export const hashPassword = (password: string): Promise<string> => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the login is unknown keeps the response time the same,
// so timing does not tell which part of the credentials was wrong.
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => (dummyHash ??= hashPassword('citydesk-timing-equaliser'));
