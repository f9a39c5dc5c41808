// The database restarting under load (a PostgreSQL cluster of the test's own): every filing the API
// acknowledged is in the database afterwards, every answer is JSON without a stack trace (refusals say
// UNAVAILABLE), /healthz stays up and says degraded, and the API serves again by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/seed.ts';
import { TestClient } from '../../test/graphql-client.ts';
import { ownPostgresAvailable, startOwnPostgres, type OwnPostgres } from '../../test/own-postgres.ts';
import { startTestApp, type TestApp } from '../../test/test-app.ts';
import { createPrismaClient, type Db } from './database.ts';
import { migrateDatabase } from './migrate.ts';

const FILE = `mutation ($input: FileRequestInput!) { fileRequest(input: $input) { id number } }`;
const residents = ['resident@demo.citydesk', 'resident2@demo.citydesk', 'resident3@demo.citydesk'];

// Once per CI run is enough (it brings its own server): in the pass on real PostgreSQL.
describe.skipIf(!process.env.DATABASE_URL || !ownPostgresAvailable())(
  'the database restarting under load',
  () => {
    let pg: OwnPostgres;
    let db: Db;
    let api: TestApp;

    beforeAll(async () => {
      pg = await startOwnPostgres();
      await migrateDatabase(pg.url);
      db = createPrismaClient(pg.url, 2);
      await seedDemoCity(db);
      api = await startTestApp({ databaseUrl: pg.url });
    }, 180_000);
    afterAll(async () => {
      await api?.close();
      await db?.$disconnect();
      pg?.close();
    });

    it('loses no acknowledged write, answers JSON only, and recovers by itself', async () => {
      const clients = await Promise.all(
        residents.map(async (email) => {
          const client = new TestClient(api.url, 'en');
          await client.login(email);
          const form = await client.request<{
            myPremises: { id: string }[];
            serviceCategories: { id: string; code: string }[];
          }>('{ myPremises { id } serviceCategories { id code } }');
          return {
            client,
            input: {
              categoryId: form.data!.serviceCategories.find((c) => c.code === 'roof_leak')!.id,
              premisesId: form.data!.myPremises[0]!.id,
              contactPhone: '+7 (917) 555-12-34',
            },
          };
        }),
      );

      const acknowledged = new Set<string>();
      const refusals = new Map<string, number>();
      const badAnswers: string[] = [];
      const healthDuringRestart: string[] = [];
      let running = true;
      const note = (code: string) => refusals.set(code, (refusals.get(code) ?? 0) + 1);

      const load = clients.map(async ({ client, input }, i) => {
        let n = 0;
        while (running) {
          n += 1;
          const response = await fetch(`${api.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: client.cookie! },
            body: JSON.stringify({
              query: FILE,
              variables: {
                input: {
                  ...input,
                  description: `Leak number ${n} reported by resident ${i} during the restart test`,
                },
              },
            }),
          }).catch((error: unknown) => error as Error);
          if (response instanceof Error) {
            badAnswers.push(`connection: ${response.message}`);
            continue;
          }
          const text = await response.text();
          if (
            !/^application\/json/.test(response.headers.get('content-type') ?? '') ||
            /<html|\bat .+:\d+:\d+|node_modules/i.test(text)
          )
            badAnswers.push(`${response.status}: ${text.slice(0, 200)}`);
          const body = JSON.parse(text) as {
            data?: { fileRequest?: { id: string } | null } | null;
            errors?: { extensions?: { code?: string } }[];
            error?: { code: string };
          };
          if (body.data?.fileRequest) acknowledged.add(body.data.fileRequest.id);
          else note(body.errors?.[0]?.extensions?.code ?? body.error?.code ?? `status ${response.status}`);
          if (!body.data?.fileRequest) await new Promise((resolve) => setTimeout(resolve, 100));
        }
      });

      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const beforeRestart = acknowledged.size;
      const restarting = (async () => {
        pg.stop();
        const health = await fetch(`${api.url}/healthz`);
        healthDuringRestart.push(`${health.status} ${JSON.stringify(await health.json())}`);
        const ready = await fetch(`${api.url}/readyz`);
        healthDuringRestart.push(`readyz ${ready.status}`);
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        pg.start();
      })();
      await restarting;
      // The API comes back by itself: filings succeed again within a few seconds of the restart.
      const recoveredBy = Date.now() + 20_000;
      const afterRestart = acknowledged.size;
      while (acknowledged.size < afterRestart + 10 && Date.now() < recoveredBy)
        await new Promise((resolve) => setTimeout(resolve, 200));
      running = false;
      await Promise.all(load);

      expect(badAnswers.slice(0, 5)).toEqual([]);
      expect(beforeRestart).toBeGreaterThan(0);
      expect(acknowledged.size).toBeGreaterThanOrEqual(afterRestart + 10);
      // Refusals while the database was away are UNAVAILABLE (nothing else, never INTERNAL).
      expect([...refusals.keys()].filter((code) => code !== 'UNAVAILABLE')).toEqual([]);
      expect(healthDuringRestart[0]).toMatch(/^200 .*"status":"degraded".*"component":"database"/);
      expect(healthDuringRestart[1]).toBe('readyz 503');
      expect((await fetch(`${api.url}/readyz`)).status).toBe(200);

      const stored = await db.request.findMany({
        where: { id: { in: [...acknowledged] } },
        select: { id: true },
      });
      expect(stored.length).toBe(acknowledged.size);
      console.log(
        JSON.stringify({
          acknowledged: acknowledged.size,
          beforeRestart,
          refusals: Object.fromEntries(refusals),
        }),
      );
    }, 120_000);
  },
);
