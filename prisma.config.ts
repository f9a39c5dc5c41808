import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Prisma 7's CLI wants a schema engine binary it would otherwise download; `prisma generate`
// never runs it, so any existing file satisfies the check (see shared/TOOLING.md).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= import.meta.filename;

export default defineConfig({
  schema: path.join(import.meta.dirname, 'prisma', 'schema.prisma'),
  migrations: { path: path.join(import.meta.dirname, 'prisma', 'migrations') },
});
