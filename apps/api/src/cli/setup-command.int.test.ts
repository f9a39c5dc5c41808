// `pnpm citydesk setup` as an operator runs it, on an empty database the CLI migrates itself: PostgreSQL when the
// suite runs with DATABASE_URL, else the embedded PGlite under a fresh DATA_DIR. The password comes on stdin.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../config.ts';
import { createPrismaClient, openDatabase, type Db } from '../infra/db/database.ts';
import { verifyPassword } from '../services/auth/password.ts';

const serverUrl = process.env.DATABASE_URL;
let env: Record<string, string>;
let dropDatabase = async () => {};

beforeAll(async () => {
  if (serverUrl) {
    const name = `citydesk_cli_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    env = { DATABASE_URL: url.toString(), DATA_DIR: mkdtempSync(path.join(tmpdir(), 'citydesk-cli-')) };
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  } else {
    env = { DATABASE_URL: '', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'citydesk-cli-')) };
  }
});
afterAll(() => dropDatabase());

function citydesk(args: string[], stdin: string) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn('pnpm', ['-s', 'citydesk', ...args], {
      cwd: repoRoot,
      env: { ...process.env, REDIS_URL: '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.stdin.end(stdin);
    child.once('exit', (code) => resolve({ code, out }));
  });
}

/** Reads the database the CLI wrote, the way the server would open it. */
async function withDatabase<T>(read: (db: Db) => Promise<T>): Promise<T> {
  if (env.DATABASE_URL) {
    const prisma = createPrismaClient(env.DATABASE_URL, 1);
    try {
      return await read(prisma);
    } finally {
      await prisma.$disconnect();
    }
  }
  const db = await openDatabase({ databaseUrl: undefined, dataDir: env.DATA_DIR! });
  try {
    return await read(db.prisma);
  } finally {
    await db.close();
  }
}

const setupArgs = [
  'setup',
  '--city',
  'Астана',
  '--name-kk',
  'Астана',
  '--name-en',
  'Astana',
  '--country',
  'KZ',
  '--timezone',
  'Asia/Almaty',
  '--currency',
  'KZT',
  '--admin-email',
  'It@Astana.kz',
  '--admin-name',
  'Ерлан Тоқаев',
];

describe('pnpm citydesk setup', () => {
  it('names every bad flag, exits 1 and writes nothing', async () => {
    const result = await citydesk(
      ['setup', '--city', 'X', '--country', 'DE', '--currency', 'EUR', '--admin-email', 'nope'],
      'short\n',
    );
    expect(result.code).toBe(1);
    expect(result.out).toContain('--country: Choose one of the options offered.');
    expect(result.out).toContain('--currency: Choose one of the options offered.');
    expect(result.out).toContain('--admin-email: Enter an e-mail address like name@example.com.');
    expect(result.out).toContain('password: This text is too short.');
    expect(result.out).not.toMatch(/\n\s+at /);
    expect(await withDatabase((db) => db.city.count())).toBe(0);
  }, 120_000);

  it('sets the city up from flags and a piped password, then refuses to do it again', async () => {
    const first = await citydesk(setupArgs, 'a long piped password\n');
    expect(first.out).toMatch(
      /City AST is set up on .* \(KZ, Asia\/Almaty, KZT; \d+ standard categories added\)/,
    );
    expect(first.code).toBe(0);

    const written = await withDatabase(async (db) => ({
      city: await db.city.findFirstOrThrow(),
      user: await db.user.findUniqueOrThrow({
        where: { email: 'it@astana.kz' },
        include: { memberships: { include: { organization: true } } },
      }),
      categories: await db.serviceCategory.count(),
      audit: await db.auditLog.findMany({ select: { action: true, details: true } }),
    }));
    expect(written.city).toMatchObject({
      code: 'AST',
      name: { kk: 'Астана', en: 'Astana', ru: 'Астана' },
      officialLocale: 'kk',
      demo: false,
    });
    expect(written.user.displayName).toBe('Ерлан Тоқаев');
    expect(written.user.locale).toBe('kk');
    expect(written.user.memberships).toMatchObject([
      {
        role: 'ADMINISTRATOR',
        organization: { kind: 'CITY_ADMINISTRATION', name: 'Астана қаласының әкімдігі' },
      },
    ]);
    expect(await verifyPassword(written.user.passwordHash, 'a long piped password')).toBe(true);
    expect(written.categories).toBeGreaterThan(10);
    expect(written.audit).toEqual([
      { action: 'settings.city.create', details: expect.objectContaining({ via: 'cli', code: 'AST' }) },
    ]);

    const again = await citydesk(setupArgs, 'a long piped password\n');
    expect(again.code).toBe(1);
    expect(again.out).toContain('This installation is already set up.');
    expect(await withDatabase((db) => db.user.count())).toBe(1);
  }, 180_000);
});
