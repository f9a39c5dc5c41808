// `pnpm start`: the whole product in one process on http://localhost:4000 (PORT overrides).
import { demoLogins } from '../../../prisma/seed/demo-city.ts';
import { createApp } from './app.ts';
import { DataDirInUseError } from './infra/db/data-dir-lock.ts';
import { loadConfig } from './config.ts';
import { issueSetupToken } from './services/setup/setup-token.ts';
import { createLogger } from './logger.ts';

const config = loadConfig();
const log = createLogger(config.logLevel);
const app = await createApp(config, log).catch((error: unknown) => {
  // A refusal to start (DATA_DIR in use, a configuration the city must fix) is one line, not a stack.
  const known =
    error instanceof DataDirInUseError || /^Invalid configuration/.test(String((error as Error).message));
  if (known) console.error(`citydesk: ${(error as Error).message}`);
  else log.fatal({ err: error }, 'start-up failed');
  process.exit(1);
});
// Registered before the server listens: a SIGTERM right after start-up still drains and releases DATA_DIR.
let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });

// A promise some library forgot to handle (a dropped Redis or database connection) is logged, not fatal:
// a fault in a dependency degrades a feature, never the process.
process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));

const port = await app.listen(config.port, config.host);
const url = config.publicUrl ?? `http://localhost:${port}`;
// The demo logins exist only in the seeded demo city; a real city's banner does not advertise them.
const demoSeeded = (await app.database.prisma.city.count({ where: { demo: true } }).catch(() => 0)) > 0;
// An installation without a city waits for its first run: this start's one-time setup token opens the page.
const setupToken = await issueSetupToken(app.database.prisma, new Date()).catch((error: unknown) => {
  log.error({ err: error }, 'could not issue a setup token');
  return null;
});
if (setupToken) log.info({ setupUrl: `${url}/setup` }, 'no city yet: waiting for setup');

console.log(`
  citydesk is running at ${url}
  database: ${app.database.embedded ? `embedded PGlite (${config.dataDir})` : 'PostgreSQL (DATABASE_URL)'}
  live events: ${app.events.engine === 'redis' ? 'Redis (REDIS_URL)' : 'in-process'}
${
  demoSeeded
    ? `
  Demo logins (password demo12345):
${demoLogins.map((l) => `    ${l.email.padEnd(28)} ${l.role}`).join('\n')}
`
    : ''
}${
  setupToken
    ? `
  Set up the city: this installation has no city yet. Open
    ${url}/setup#token=${setupToken}
  (the token changes at every start), or run \`pnpm citydesk setup --help\` on this machine.
`
    : ''
}`);
