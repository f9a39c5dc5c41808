// Runs the integration suite on the embedded default (PGlite, in-process events), then again on
// real servers when TEST_DATABASE_URL / TEST_REDIS_URL name them (CI sets both).
import { spawnSync } from 'node:child_process';

const { DATABASE_URL: _db, REDIS_URL: _redis, TEST_DATABASE_URL, TEST_REDIS_URL, ...env } = process.env;
const extra = process.argv.slice(2);

function run(label, vars) {
  console.log(`\n▶ integration tests on ${label}\n`);
  const result = spawnSync('pnpm', ['exec', 'vitest', 'run', '--project', 'integration', ...extra], {
    stdio: 'inherit',
    env: { ...env, ...vars },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('embedded PGlite + in-process events', {});
if (TEST_DATABASE_URL || TEST_REDIS_URL) {
  const vars = {};
  if (TEST_DATABASE_URL) vars.DATABASE_URL = TEST_DATABASE_URL;
  if (TEST_REDIS_URL) vars.REDIS_URL = TEST_REDIS_URL;
  run(
    `${TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'} + ${TEST_REDIS_URL ? 'Redis' : 'in-process events'}`,
    vars,
  );
} else {
  console.log('\n(TEST_DATABASE_URL / TEST_REDIS_URL not set: skipped the run on PostgreSQL and Redis)\n');
}
