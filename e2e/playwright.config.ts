import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// The real product, as `pnpm start` runs it (built web served by the API, embedded PGlite,
// demo city seeded), in a throwaway data folder, driven in Debian's Chromium.
const port = Number(process.env.E2E_PORT ?? 4173);
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'citydesk-e2e-'));
// The residents' phone: an SMS gateway stand-in the journeys read one-time codes from (staff never see them).
const smsPort = Number(process.env.E2E_SMS_PORT ?? port + 2);
process.env.E2E_SMS_PORT = String(smsPort);
// The residents' mailbox: an SMTP stand-in the journeys read e-mailed codes and links from.
const mailPort = Number(process.env.E2E_MAIL_PORT ?? port + 3);
const mailSmtpPort = Number(process.env.E2E_MAIL_SMTP_PORT ?? port + 4);
process.env.E2E_MAIL_PORT = String(mailPort);
const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: 'node scripts/sms-sink.mjs',
      cwd: root,
      url: `http://127.0.0.1:${smsPort}/messages`,
      reuseExistingServer: false,
      env: { SMS_SINK_PORT: String(smsPort) },
    },
    {
      command: 'node scripts/mail-sink.mjs',
      cwd: root,
      url: `http://127.0.0.1:${mailPort}/messages`,
      reuseExistingServer: false,
      env: { MAIL_SINK_PORT: String(mailPort), MAIL_SINK_SMTP_PORT: String(mailSmtpPort) },
    },
    {
      command: 'pnpm --filter @citydesk/api start',
      cwd: root,
      url: `http://localhost:${port}/healthz`,
      timeout: 180_000,
      reuseExistingServer: false,
      env: {
        PORT: String(port),
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        DATABASE_URL: '',
        REDIS_URL: '',
        SMS_GATEWAY_URL: `http://127.0.0.1:${smsPort}/`,
        SMTP_URL: `smtp://127.0.0.1:${mailSmtpPort}`,
        // Codes and links leave the outbox within seconds, as with a real gateway.
        JOBS_INTERVAL_SECONDS: '2',
      },
      stdout: 'pipe',
    },
  ],
});
