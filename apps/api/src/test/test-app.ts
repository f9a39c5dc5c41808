import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// Starts the real API (HTTP + WebSocket) on a free port over a test database, for integration tests.
import { loadConfig } from '../config.ts';
import { createApp, type App } from '../app.ts';
import { createLogger, type Logger } from '../logger.ts';
import { embeddedPoolSize } from '../infra/db/embedded-postgres.ts';
import { isEmbeddedTestDatabase } from './test-database.ts';

export interface TestApp {
  app: App;
  url: string;
  close(): Promise<void>;
}

export async function startTestApp(options: {
  databaseUrl: string;
  redisUrl?: string | undefined;
  clock?: () => Date;
  /** More environment, e.g. a payment provider's settings. */
  env?: Record<string, string>;
  /** Where the API logs (default: silent, or TEST_LOG_LEVEL). */
  log?: Logger;
  /** How often WebSockets re-check their sessions (default: the app's). */
  sessionRecheckMs?: number;
}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: options.databaseUrl,
    ...(isEmbeddedTestDatabase(options.databaseUrl) ? { DATABASE_POOL_SIZE: String(embeddedPoolSize) } : {}),
    REDIS_URL: options.redisUrl,
    SEED_DEMO: 'never',
    JOBS_INTERVAL_SECONDS: '0',
    WEB_DIST_DIR: '/nonexistent',
    // The test's own client shares the app's event loop, so its delay and utilization are not the server's
    // load: no adaptive shedding (tests of shedding set their own limits).
    MAX_EVENT_LOOP_UTILIZATION: '1',
    MAX_EVENT_LOOP_DELAY_MS: '60000',
    // Uploaded files of the test stay in a throwaway folder.
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'citydesk-test-')),
    ...options.env,
  });
  const log = options.log ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const app = await createApp(config, log, {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.sessionRecheckMs === undefined ? {} : { sessionRecheckMs: options.sessionRecheckMs }),
  });
  const port = await app.listen(0, '127.0.0.1');
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}
