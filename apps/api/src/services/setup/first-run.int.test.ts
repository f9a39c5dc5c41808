// `pnpm start` on an empty installation (SEED_DEMO=never): no demo logins in the banner, but the setup link with
// this start's one-time token; a restart prints a new token and the old one stops working; the printed one
// sets the city up, and the next start no longer asks for setup.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../config.ts';
import { freePort } from '../../test/free-port.ts';
import { TestClient } from '../../test/graphql-client.ts';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

async function start(dataDir: string, port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(repoRoot, 'apps', 'api'),
    env: {
      ...process.env,
      DATABASE_URL: '',
      REDIS_URL: '',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'never',
      JOBS_INTERVAL_SECONDS: '0',
      WEB_DIST_DIR: '/nonexistent',
      LOG_LEVEL: 'error',
      NODE_ENV: 'production',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/citydesk is running at[\s\S]*\n\n/.test(output)) resolve();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { output, stop };
}

const tokenIn = (banner: string) => /\/setup#token=([\w-]+)/.exec(banner)?.[1];

describe.skipIf(process.env.DATABASE_URL)('the first start of an empty installation', () => {
  it('prints a setup link with a one-time token that sets the city up', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'citydesk-first-run-'));
    const port = await freePort();
    const first = await start(dataDir, port);
    expect(first.output).not.toContain('Demo logins');
    const oldToken = tokenIn(first.output);
    expect(oldToken).toMatch(/^[\w-]{32}$/);
    await first.stop();

    const second = await start(dataDir, port);
    const token = tokenIn(second.output);
    expect(token).toBeDefined();
    expect(token).not.toBe(oldToken);
    const client = new TestClient(`http://127.0.0.1:${port}`);
    const input = (t: string) => ({
      token: t,
      code: 'URM',
      names: { fa: 'ارومیه', en: 'Urmia' },
      countryCode: 'IR',
      timeZone: 'Asia/Tehran',
      currency: 'IRR',
      officialLocale: 'fa',
      administrator: {
        email: 'admin@urmia.ir',
        displayName: 'مریم',
        password: 'urmia-first-run',
        locale: 'fa',
      },
    });
    const SET_UP = 'mutation ($i: SetUpCityInput!) { setUpCity(input: $i) { user { role } } }';
    const stale = await client.request(SET_UP, { i: input(oldToken!) });
    expect(stale.errors?.[0]?.extensions?.code).toBe('SETUP_TOKEN_INVALID');
    const done = await client.request(SET_UP, { i: input(token!) });
    expect(done).toEqual({ data: { setUpCity: { user: { role: 'ADMINISTRATOR' } } } });
    expect((await client.request('{ city { code name } }')).data).toEqual({
      city: { code: 'URM', name: 'ارومیه' },
    });
    await second.stop();

    const third = await start(dataDir, port);
    expect(third.output).not.toContain('/setup#token=');
    expect(third.output).not.toContain('Demo logins');
    await third.stop();
  }, 180_000);
});
