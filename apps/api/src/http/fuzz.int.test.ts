// Fuzzing every role's GraphQL schema and the REST endpoints with generated invalid inputs (fixed seed):
// no INTERNAL error, no 5xx, no stack trace or file path in any answer, and nothing in the database
// changed (bookkeeping of the attempts themselves — sessions, throttles, idempotency keys, the audit
// trail — aside).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Db } from '../infra/db/database.ts';
import { roleSchemas } from '../graphql/schema.ts';
import type { SubGraph } from '../graphql/builder.ts';
import { startDemoApi, type DemoApi } from '../test/demo-api.ts';
import { TestClient } from '../test/graphql-client.ts';
import { fuzzOperations, type FuzzOperation } from '../test/fuzz-inputs.ts';

const seed = 20261203;
const graphqlInputs = 10_000;
const restInputs = 1_500;
const concurrency = 4;

/** Tables whose rows record the attempts, not the city's data. */
const bookkeeping = /^(_prisma_migrations|session)$|throttle|rate_limit|idempotency|login_attempt|audit/;

async function fingerprint(db: Db): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    if (bookkeeping.test(name)) continue;
    const [row] = await db.$queryRawUnsafe<{ digest: string }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
    );
    out[name] = row!.digest;
  }
  return out;
}

const stackTrace = /\bat .+\.(ts|js|mjs):\d+|node_modules|\/work\/|\/src\/|Error: .*\n\s+at /;

interface Finding {
  input: string;
  problem: string;
}

function checkAnswer(input: string, status: number, text: string, findings: Finding[]): void {
  if (status >= 500) findings.push({ input, problem: `status ${status}: ${text.slice(0, 200)}` });
  if (stackTrace.test(text)) findings.push({ input, problem: `stack trace: ${text.slice(0, 300)}` });
  if (/"code":"INTERNAL"/.test(text)) findings.push({ input, problem: `INTERNAL: ${text.slice(0, 200)}` });
}

async function inBatches<T>(items: T[], run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await run(items[next++]!);
    }),
  );
}

const users = {
  resident: 'resident@demo.citydesk',
  dispatcher: 'dispatcher@demo.citydesk',
  notary: 'notary@demo.citydesk',
  contractor: 'contractor@demo.citydesk',
  admin: 'admin@demo.citydesk',
};
const clientOf: Record<SubGraph, keyof typeof users | null> = {
  anonymous: null,
  resident: 'resident',
  dispatcher: 'dispatcher',
  contractor: 'contractor',
  administrator: 'admin',
};

let world: DemoApi<keyof typeof users>;
let before: Record<string, string>;
beforeAll(async () => {
  world = await startDemoApi(users);
  before = await fingerprint(world.db.prisma);
}, 180_000);
afterAll(() => world?.close());

describe('fuzzing with invalid inputs', () => {
  it(`GraphQL: ${graphqlInputs} poisoned operations over every role's schema`, async () => {
    const schemas = roleSchemas();
    // Fields that end or replace the session the fuzzer works in.
    const skip = new Set(['login', 'logout']);
    const fieldCount = Object.values(schemas).reduce((n, schema) => {
      const roots = [schema.getQueryType(), schema.getMutationType()];
      return (
        n + roots.flatMap((r) => Object.values(r?.getFields() ?? {})).filter((f) => f.args.length > 0).length
      );
    }, 0);
    // Some samples find no leaf to poison (only enums and booleans): ask for a margin more.
    const perField = Math.ceil((graphqlInputs * 1.25) / fieldCount);
    const inputs: { role: SubGraph; op: FuzzOperation }[] = [];
    for (const [role, schema] of Object.entries(schemas) as [SubGraph, (typeof schemas)[SubGraph]][])
      for (const op of fuzzOperations(schema, { perField, seed, skip })) inputs.push({ role, op });
    expect(inputs.length).toBeGreaterThanOrEqual(graphqlInputs);

    const anonymous = new TestClient(world.api.url, 'en');
    const findings: Finding[] = [];
    const answered = new Map<string, number>();
    await inBatches(inputs, async ({ role, op }) => {
      const name = clientOf[role];
      const client = name ? world.as[name] : anonymous;
      const response = await fetch(`${world.api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(client.cookie ? { cookie: client.cookie } : {}) },
        body: JSON.stringify({ query: op.query, variables: op.variables }),
      });
      const text = await response.text();
      checkAnswer(
        `${role} ${op.label} ${JSON.stringify(op.variables).slice(0, 200)}`,
        response.status,
        text,
        findings,
      );
      const code = /"code":"(\w+)"/.exec(text)?.[1] ?? 'none';
      answered.set(code, (answered.get(code) ?? 0) + 1);
    });
    // The inputs reach the services (which refuse them), not only GraphQL's own validation.
    const byServices = ['INVALID_INPUT', 'NOT_FOUND', 'NOT_ALLOWED', 'RATE_LIMITED'].reduce(
      (n, c) => n + (answered.get(c) ?? 0),
      0,
    );
    console.log(JSON.stringify(Object.fromEntries(answered)));
    expect(byServices).toBeGreaterThan(inputs.length / 2);
    // Every client is still signed in: nothing the fuzzer sent ended a session.
    for (const name of Object.keys(users) as (keyof typeof users)[])
      expect((await world.as[name].request('{ me { id } }')).errors, name).toBeUndefined();
    expect(findings.slice(0, 10)).toEqual([]);
    expect(await fingerprint(world.db.prisma)).toEqual(before);
  }, 900_000);

  it(`REST: ${restInputs} malformed paths, bodies and headers`, async () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '%00',
        'a%00b',
        '..%2F..%2Fetc%2Fpasswd',
        '%E0%A4%A',
        '%',
        'x'.repeat(3000),
        "1'--",
        '%F0%9F%92%A9',
      ),
      fc.uuid(),
    );
    const segment = hostile.map((s) => (/%/.test(s) ? s : encodeURIComponent(s)));
    const body = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.constantFrom('{', '{"number":', '\u0000', '{"query":null}', '[]', 'null', '{"outcome":"succeed"}'),
    );
    const contentType = fc.constantFrom(
      'application/json',
      'text/plain',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
      'application/json; charset=latin-9',
      '',
    );
    const request = fc.record({
      route: fc.constantFrom(
        'GET /files/:x',
        'GET /files/:x?download=1',
        'GET /documents/:x.pdf',
        'GET /requests/:x/work-order.pdf',
        'GET /verify/:x',
        'POST /track/documents/:x.pdf',
        'POST /files?kind=:x',
        'POST /files?kind=PHOTO',
        'POST /graphql',
        'GET /graphql?query=:x',
        'GET /payments/demo/:x',
        'POST /payments/demo/:x',
        'POST /payments/webhooks/:x',
        'GET /api/:x',
        'GET /:x',
      ),
      x: segment,
      body,
      contentType,
      signedIn: fc.boolean(),
      accept: fc.constantFrom('application/json', 'text/html', '*/*'),
    });
    const samples = fc.sample(request, { numRuns: restInputs, seed });
    const findings: Finding[] = [];
    await inBatches(samples, async (r) => {
      const [method, template] = r.route.split(' ') as [string, string];
      const path = template.replace(':x', r.x);
      const headers: Record<string, string> = { accept: r.accept, 'x-citydesk-upload': '1' };
      if (r.contentType) headers['content-type'] = r.contentType;
      if (r.signedIn) headers.cookie = world.as.dispatcher.cookie!;
      let response: Response;
      try {
        response = await fetch(`${world.api.url}${path}`, {
          method,
          headers,
          ...(method === 'POST' ? { body: r.body } : {}),
        });
      } catch (error) {
        // fetch itself refuses some URLs (an invalid percent-encoding is still sent; a bad header is not).
        if (error instanceof TypeError && /header|URL/i.test(String((error as Error).cause ?? error.message)))
          return;
        findings.push({ input: `${method} ${path}`, problem: `connection failed: ${String(error)}` });
        return;
      }
      const text = await response.text();
      // The web app's page is HTML by design; everything else must be JSON or a file.
      checkAnswer(
        `${method} ${path} ${r.contentType} ${r.body.slice(0, 80)}`,
        response.status,
        text,
        findings,
      );
    });
    expect(findings.slice(0, 10)).toEqual([]);
    expect(await fingerprint(world.db.prisma)).toEqual(before);
  }, 600_000);
});
