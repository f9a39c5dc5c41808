// `pnpm data:backup <file.tar.gz>` and `pnpm data:restore <file.tar.gz> [--replace]`: the embedded
// default's DATA_DIR, with the server stopped (see README, "Backup and restore").
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import { backupDataDir, restoreDataDir } from './data-dir-backup.ts';

const [command, file, ...flags] = process.argv.slice(2);
const { dataDir, databaseUrl } = loadConfig();
try {
  if (!file || (command !== 'backup' && command !== 'restore'))
    throw new Error('usage: data-dir-cli backup|restore <file.tar.gz> [--replace]');
  if (databaseUrl)
    console.warn(
      'DATABASE_URL is set: this covers DATA_DIR (uploaded files) only; back up PostgreSQL with pg_dump',
    );
  const archive = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  if (command === 'backup') {
    await backupDataDir(dataDir, archive);
    console.log(`backed up ${dataDir} to ${archive}`);
  } else {
    const { keptAside } = await restoreDataDir(archive, dataDir, { replace: flags.includes('--replace') });
    console.log(
      `restored ${archive} into ${dataDir}${keptAside ? `; the previous data is kept in ${keptAside}` : ''}`,
    );
  }
} catch (error) {
  console.error(`citydesk: ${(error as Error).message}`);
  process.exit(1);
}
