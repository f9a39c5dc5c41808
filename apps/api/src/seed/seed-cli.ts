// `pnpm db:seed`: migrates the database (PostgreSQL when DATABASE_URL is set, else the embedded PGlite
// under DATA_DIR, default <repo>/.data), adds whatever part of the demo city is missing, prints the logins.
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { demoLogins } from '../../../../prisma/seed/demo-city.ts';
import { openDatabase } from '../infra/db/database.ts';
import { seedDemoCity } from './seed.ts';

async function main(): Promise<void> {
  const { databaseUrl, dataDir } = loadConfig();
  console.log(
    databaseUrl
      ? `Database: PostgreSQL ${redactPassword(databaseUrl)}`
      : `Database: embedded PGlite in ${path.join(dataDir, 'pglite')}`,
  );
  const db = await openDatabase({ databaseUrl, dataDir, log: (m) => console.log(m) });
  try {
    await seedDemoCity(db.prisma, { log: (m) => console.log(m) });
  } finally {
    await db.close();
  }
  console.log('\nDemo logins:');
  const width = Math.max(...demoLogins.map((l) => l.email.length));
  for (const login of demoLogins) {
    console.log(
      `  ${login.email.padEnd(width)}  ${login.password}  ${login.role.padEnd(13)}  ${login.description}`,
    );
  }
}

function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

main().catch((error: unknown) => {
  console.error('Seeding failed:', error);
  process.exitCode = 1;
});
