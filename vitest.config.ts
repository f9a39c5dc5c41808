import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Node loads graphql's CommonJS entry for dependencies (Pothos, graphql-ws); Vite would give our
// own files the ESM one. Two copies of graphql refuse each other's schemas, so pin one for all.
const graphql = createRequire(new URL('./apps/api/package.json', import.meta.url)).resolve('graphql');
const oneGraphql = { alias: [{ find: /^graphql$/, replacement: graphql }] };

// unit: pure and fast (domain, i18n, api units); web: React in jsdom;
// integration (*.int.test.ts): real databases, pub/sub and HTTP, one file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: oneGraphql,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'apps/api/src/**/*.test.ts', 'tools/*/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: './apps/web/vite.config.ts',
        test: {
          name: 'web',
          root: './apps/web',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['./src/test/setup.ts'],
          // A form test types and clicks through user-event: seconds on a starved 2-core CI box, not a hang.
          testTimeout: 20_000,
        },
      },
      {
        resolve: oneGraphql,
        test: {
          name: 'integration',
          environment: 'node',
          include: [
            'apps/api/src/**/*.int.test.ts',
            'tools/*/src/**/*.int.test.ts',
            'bench/**/*.int.test.ts',
          ],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
