// A PostgreSQL cluster of the test's own (initdb in a temporary folder, a free port), which the test may
// restart or stop (the shared server on 5432 must stay up for everyone else). Needs the server binaries
// (Debian: /usr/lib/postgresql/<v>/bin); run as root, the cluster belongs to the `postgres` user.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.ts';

export interface OwnPostgres {
  /** URL of the `postgres` database of the cluster. */
  url: string;
  restart(): void;
  stop(): void;
  start(): void;
  close(): void;
}

function binDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const version of versions)
    if (existsSync(path.join(root, version, 'bin', 'initdb'))) return path.join(root, version, 'bin');
  return null;
}

/** Whether an own cluster can be made here: the binaries exist and we may run them as `postgres`. */
export function ownPostgresAvailable(): boolean {
  if (!binDir()) return false;
  if (userInfo().uid !== 0) return false;
  return spawnSync('id', ['-u', 'postgres'], { stdio: 'ignore' }).status === 0;
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const bin = binDir();
  if (!bin) throw new Error('PostgreSQL server binaries not found');
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'citydesk-pg-'));
  chmodSync(dir, 0o755);
  const data = path.join(dir, 'data');
  const uid = Number(spawnSync('id', ['-u', 'postgres']).stdout.toString());
  const gid = Number(spawnSync('id', ['-g', 'postgres']).stdout.toString());
  chownSync(dir, uid, gid);
  const asPostgres = (command: string, args: string[]) => {
    const result = spawnSync('runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args], {
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const ctl = (action: string, extra: string[] = []) =>
    asPostgres('pg_ctl', [action, '-D', data, '-w', '-t', '60', ...extra]);
  const start = () => ctl('start', ['-o', options, '-l', path.join(dir, 'server.log')]);
  start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    restart: () => ctl('restart', ['-m', 'fast', '-o', options]),
    stop: () => ctl('stop', ['-m', 'fast']),
    start,
    close() {
      try {
        ctl('stop', ['-m', 'immediate']);
      } catch {
        /* already stopped */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
