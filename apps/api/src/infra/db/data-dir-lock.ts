// One server per data directory: the embedded database is a set of files that two processes would
// corrupt between them (duplicate request numbers, lost writes). The lock is a file holding the owner's
// pid, created exclusively; a lock whose process is gone (kill -9, power cut) is taken over.
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

export const lockFileName = 'citydesk.lock';

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `DATA_DIR ${dataDir} is in use by process ${pid}; stop that server first or choose another DATA_DIR`,
    );
    this.name = 'DataDirInUseError';
  }
}

/** Directories this process holds: a second open in the same process is refused too. */
const heldHere = new Set<string>();

export interface DataDirLock {
  release(): void;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  // A restarted container often gives the new process the old one's pid: that lock is ours to take.
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const readPid = (file: string): number | null => {
  try {
    return Number.parseInt(readFileSync(file, 'utf8'), 10);
  } catch {
    return null;
  }
};

function createExclusively(file: string): boolean {
  try {
    const fd = openSync(file, 'wx');
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Takes `dataDir` for this process or throws DataDirInUseError naming the process that has it. */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = path.join(dataDir, lockFileName);
  if (heldHere.has(file)) throw new DataDirInUseError(dataDir, process.pid);
  mkdirSync(dataDir, { recursive: true });
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (createExclusively(file)) {
      // A crash that still runs exit handlers leaves no lock behind; kill -9 leaves a stale one.
      const onExit = () => releaseLock(file);
      process.once('exit', onExit);
      heldHere.add(file);
      return {
        release() {
          process.off('exit', onExit);
          heldHere.delete(file);
          releaseLock(file);
        },
      };
    }
    const owner = readPid(file);
    if (owner !== null && isAlive(owner)) throw new DataDirInUseError(dataDir, owner);
    // Stale: move it aside (only one of two racing servers can), check it was the stale one, retry.
    const aside = `${file}.stale-${process.pid}`;
    try {
      renameSync(file, aside);
    } catch {
      continue; // someone else moved it first
    }
    const moved = readPid(aside);
    if (moved !== owner) {
      // A racing server's fresh lock: put it back and let it have the directory.
      try {
        linkSync(aside, file);
      } catch {
        /* it re-created one meanwhile */
      }
      unlinkSync(aside);
      throw new DataDirInUseError(dataDir, moved ?? 0);
    }
    unlinkSync(aside);
  }
  throw new DataDirInUseError(dataDir, readPid(file) ?? 0);
}

function releaseLock(file: string): void {
  try {
    if (readPid(file) === process.pid) unlinkSync(file);
  } catch {
    /* already gone */
  }
}
