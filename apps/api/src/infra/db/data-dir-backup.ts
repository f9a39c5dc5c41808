// Backup and restore of the embedded default: the whole DATA_DIR (the PGlite database and the uploaded
// files) as one .tar.gz, taken while no server runs on it (the directory lock guarantees it, so the
// copy is consistent). A city on PostgreSQL backs up with pg_dump and its file storage instead.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import * as tar from 'tar';
import { lockDataDir, lockFileName } from './data-dir-lock.ts';

/** Writes `dataDir` (without its lock) to `archive`; refused while a server holds the directory. */
export async function backupDataDir(dataDir: string, archive: string): Promise<void> {
  if (!existsSync(dataDir)) throw new Error(`DATA_DIR ${dataDir} does not exist: nothing to back up`);
  const lock = lockDataDir(dataDir);
  try {
    const entries = (await readdir(dataDir)).filter((name) => !name.startsWith(lockFileName));
    await tar.create({ gzip: true, file: archive, cwd: dataDir, portable: true }, entries);
  } finally {
    lock.release();
  }
}

/**
 * Restores `archive` into `dataDir`. A directory that already holds data is kept aside as
 * `<dataDir>.before-restore-<time>` (never deleted) when `replace` is set, and refused otherwise.
 */
export async function restoreDataDir(
  archive: string,
  dataDir: string,
  options: { replace?: boolean; now?: Date } = {},
): Promise<{ keptAside: string | null }> {
  if (!existsSync(archive)) throw new Error(`backup ${archive} does not exist`);
  let keptAside: string | null = null;
  if (existsSync(dataDir) && (await readdir(dataDir)).some((name) => !name.startsWith(lockFileName))) {
    if (!options.replace)
      throw new Error(`DATA_DIR ${dataDir} already holds data: pass --replace to keep it aside and restore`);
    // Refused while a server runs on it; released before the move so no stale lock travels along.
    lockDataDir(dataDir).release();
    keptAside = `${dataDir}.before-restore-${(options.now ?? new Date()).toISOString().replace(/[:.]/g, '-')}`;
    await rename(dataDir, keptAside);
  }
  await mkdir(dataDir, { recursive: true });
  const lock = lockDataDir(dataDir);
  try {
    await tar.extract({ file: archive, cwd: dataDir, strict: true });
  } finally {
    lock.release();
  }
  return { keptAside: keptAside && path.resolve(keptAside) };
}
