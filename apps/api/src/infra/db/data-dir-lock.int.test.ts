// One server per DATA_DIR (a second one exits at once naming the first's pid; a dead owner's lock is
// taken over), and the embedded default's backup restores what it held: the database and the files.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../config.ts';
import { backupDataDir, restoreDataDir } from './data-dir-backup.ts';
import { DataDirInUseError, lockDataDir, lockFileName } from './data-dir-lock.ts';
import { openDatabase } from './database.ts';

const tempDir = (name: string) => mkdtempSync(path.join(tmpdir(), `citydesk-${name}-`));
const apiDir = path.join(repoRoot, 'apps', 'api');

describe('the DATA_DIR lock', () => {
  it('refuses a second holder in this process, and is free again once released', () => {
    const dir = tempDir('lock');
    const lock = lockDataDir(dir);
    expect(readFileSync(path.join(dir, lockFileName), 'utf8').trim()).toBe(String(process.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dir)).toThrow(`DATA_DIR ${dir} is in use by process ${process.pid}`);
    lock.release();
    expect(existsSync(path.join(dir, lockFileName))).toBe(false);
    lockDataDir(dir).release();
  });

  it('takes over the lock of a process that is gone', () => {
    const dir = tempDir('stale');
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const deadPid = Number(gone.stdout.toString());
    writeFileSync(path.join(dir, lockFileName), `${deadPid}\n`);
    const lock = lockDataDir(dir);
    expect(readFileSync(path.join(dir, lockFileName), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });
});

/** `pnpm start`'s server on `dataDir` as a child process; resolves once it listens (or exits). */
function startServer(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: {
      ...process.env,
      DATABASE_URL: '',
      REDIS_URL: '',
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: 'never',
      JOBS_INTERVAL_SECONDS: '0',
      WEB_DIST_DIR: '/nonexistent',
      LOG_LEVEL: 'error',
      NODE_ENV: 'production',
      PUBLIC_URL: 'http://localhost',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const outcome = new Promise<{ listening: boolean; code: number | null }>((resolve) => {
    child.stdout.on('data', () => {
      if (/citydesk is running at/.test(output)) resolve({ listening: true, code: null });
    });
    child.once('exit', (code) => resolve({ listening: false, code }));
  });
  return { child, outcome, output: () => output };
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

describe.skipIf(process.env.DATABASE_URL)('two servers on one DATA_DIR', () => {
  it('refuses the second at once with the first one’s pid; after kill -9 of the first, a new one starts', async () => {
    const dataDir = tempDir('two-servers');
    const first = startServer(dataDir);
    children.push(first.child);
    expect((await first.outcome).listening).toBe(true);
    // No city seeded (SEED_DEMO=never): the banner does not advertise demo logins that do not exist.
    expect(first.output()).not.toContain('Demo logins');
    const ownerPid = Number(readFileSync(path.join(dataDir, lockFileName), 'utf8'));

    const startedAt = Date.now();
    const second = startServer(dataDir);
    children.push(second.child);
    const refused = await second.outcome;
    expect(refused).toEqual({ listening: false, code: 1 });
    expect(second.output()).toContain(`DATA_DIR ${dataDir} is in use by process ${ownerPid}`);
    expect(second.output()).not.toMatch(/\n\s+at /); // one line, no stack trace
    expect(Date.now() - startedAt).toBeLessThan(15_000);

    process.kill(ownerPid, 'SIGKILL');
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    const third = startServer(dataDir);
    children.push(third.child);
    expect((await third.outcome).listening).toBe(true);
    third.child.kill('SIGTERM');
    const exitCode = await new Promise((resolve) => third.child.once('exit', resolve));
    expect({ exitCode, output: third.output().slice(-2000) }).toEqual({
      exitCode: 0,
      output: expect.any(String),
    });
    expect(existsSync(path.join(dataDir, lockFileName))).toBe(false);
  }, 120_000);
});

describe.skipIf(process.env.DATABASE_URL)('backup and restore of the embedded default', () => {
  it('restores the database and the files; refuses to back up a directory a server holds', async () => {
    const dataDir = tempDir('backup-source');
    const db = await openDatabase({ databaseUrl: undefined, dataDir });
    await db.prisma.$executeRawUnsafe('CREATE TABLE backup_probe (note text)');
    await db.prisma.$executeRawUnsafe(`INSERT INTO backup_probe VALUES ('written before the backup')`);
    mkdirSync(path.join(dataDir, 'files'), { recursive: true });
    writeFileSync(path.join(dataDir, 'files', 'probe.bin'), 'uploaded bytes');
    const archive = path.join(tempDir('backup-archive'), 'citydesk.tar.gz');
    await expect(backupDataDir(dataDir, archive)).rejects.toThrow(DataDirInUseError);
    await db.close();

    await backupDataDir(dataDir, archive);
    const target = tempDir('backup-target');
    await restoreDataDir(archive, target);
    await expect(restoreDataDir(archive, target)).rejects.toThrow('--replace');
    const restored = await openDatabase({ databaseUrl: undefined, dataDir: target });
    try {
      const rows = await restored.prisma.$queryRawUnsafe<{ note: string }[]>('SELECT note FROM backup_probe');
      expect(rows).toEqual([{ note: 'written before the backup' }]);
      expect(readFileSync(path.join(target, 'files', 'probe.bin'), 'utf8')).toBe('uploaded bytes');
    } finally {
      await restored.close();
    }
    const { keptAside } = await restoreDataDir(archive, target, { replace: true });
    expect(keptAside && existsSync(path.join(keptAside, 'files', 'probe.bin'))).toBe(true);
  }, 120_000);
});
