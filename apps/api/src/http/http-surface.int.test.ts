// The HTTP surface as a client meets it: every error is JSON with a translated message and the right
// status (never a stack trace or the SPA for an API path), security headers on every answer, load
// shed early with 503 + Retry-After while /healthz stays up, and a shutdown that lets requests in
// flight finish and tells subscribers to reconnect.
import http from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../seed/seed.ts';
import { connected, TestClient } from '../test/graphql-client.ts';
import { startTestApp, type TestApp } from '../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoCity(db.prisma);
});
afterAll(() => db?.close());

const noStackTrace = (text: string) => expect(text).not.toMatch(/\bat .+\.(ts|js):\d+|node_modules|\/work\//);

/** A web build of one page, so that the SPA fallback is in play. */
function fakeWebBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'citydesk-web-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>citydesk</title><div id="root"></div>');
  return dir;
}

/** An upload whose body arrives only when `finish` is called: a request held in flight. */
function slowUpload(url: string, cookie: string) {
  const boundary = 'citydesk-slow-upload';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="photo.png"\r\nContent-Type: image/png\r\n\r\n`;
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  const tail = `\r\n--${boundary}--\r\n`;
  const length = Buffer.byteLength(head) + png.length + Buffer.byteLength(tail);
  const request = http.request(`${url}/files?kind=PHOTO`, {
    method: 'POST',
    headers: {
      cookie,
      'x-citydesk-upload': '1',
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(length),
    },
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on('response', (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
  });
  request.write(head);
  return {
    finish() {
      request.end(Buffer.concat([png, Buffer.from(tail)]));
      return answer;
    },
  };
}

describe('errors and addresses', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ databaseUrl: db.url, env: { WEB_DIST_DIR: fakeWebBuild() } });
  });
  afterAll(() => api?.close());

  it('answers unknown API paths with a translated JSON 404, and only browser pages with the app', async () => {
    for (const address of [
      '/api/x',
      '/graphql/x',
      '/files/a/b',
      '/payments/x',
      '/assets/missing.js',
      '/x.pdf',
    ]) {
      const response = await fetch(`${api.url}${address}`, { headers: { 'accept-language': 'fa' } });
      expect(response.status, address).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('NOT_FOUND');
      expect(body.error.message).toMatch(/[\u0600-\u06FF]/);
    }
    const posted = await fetch(`${api.url}/requests/new`, { method: 'POST' });
    expect(posted.status).toBe(404);
    const page = await fetch(`${api.url}/requests/new`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });

  it('refuses malformed JSON, an oversized body and NUL characters as JSON, changing nothing', async () => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'ru', ...headers },
        body,
      });
    const malformed = await post('{"query": "{ serviceCategories { code } }"');
    expect(malformed.status).toBe(400);
    const malformedText = await malformed.text();
    noStackTrace(malformedText);
    expect(JSON.parse(malformedText)).toMatchObject({
      error: { code: 'INVALID_INPUT', issues: [{ field: 'body', code: 'malformed_body' }] },
    });

    const huge = await post(
      JSON.stringify({ query: '{ serviceCategories { code } }', variables: { x: 'x'.repeat(2_000_000) } }),
    );
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({
      error: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/[а-я]/) },
    });

    const before = await db.prisma.request.count();
    const resident = new TestClient(api.url, 'en');
    await resident.login('resident@demo.citydesk');
    const nul = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: resident.cookie! },
      body: JSON.stringify({
        query:
          'mutation ($d: String!) { fileRequest(input: { categoryCode: "plumbing", description: $d }) { __typename } }',
        variables: { d: 'a leak under the sink\u0000' },
      }),
    });
    expect(nul.status).toBe(400);
    expect(await nul.json()).toMatchObject({
      error: { code: 'INVALID_INPUT', issues: [{ field: 'variables.d', code: 'invalid_characters' }] },
    });
    expect(await db.prisma.request.count()).toBe(before);
  });

  it('refuses a NUL character in a subscription over WebSocket, translated', async () => {
    const resident = new TestClient(api.url, 'ru');
    await resident.login('resident@demo.citydesk');
    const ws = resident.ws();
    try {
      const refusal = await new Promise<unknown>((resolve) => {
        ws.subscribe(
          { query: 'subscription { myRequestEvents { id } }', variables: { note: 'a\u0000b' } },
          { next: () => undefined, error: resolve, complete: () => resolve(null) },
        );
      });
      expect(refusal).toMatchObject([
        {
          message: expect.stringMatching(/[а-я]/),
          extensions: {
            code: 'INVALID_INPUT',
            issues: [{ field: 'variables.note', code: 'invalid_characters' }],
          },
        },
      ]);
    } finally {
      await ws.dispose();
    }
  });

  it('answers a malformed id with INVALID_INPUT, not INTERNAL', async () => {
    const dispatcher = new TestClient(api.url, 'en');
    await dispatcher.login('dispatcher@demo.citydesk');
    for (const id of ['abc', '00000000-0000-0000-0000-00000000000g', "1' OR '1'='1", '']) {
      const result = await dispatcher.request('query ($id: ID!) { request(id: $id) { id } }', { id });
      expect(result.errors?.[0]?.extensions?.code, id).toBe('INVALID_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/incorrectly|неверно/);
    }
    const file = await fetch(`${api.url}/files/not-a-uuid`, { headers: { cookie: dispatcher.cookie! } });
    expect([400, 404]).toContain(file.status);
    noStackTrace(await file.text());
  });

  it('sends the security headers, with a CSP the SPA satisfies and no HSTS over http', async () => {
    const page = await fetch(`${api.url}/`, { headers: { accept: 'text/html' } });
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(page.headers.get('strict-transport-security')).toBeNull();
    expect(page.headers.get('x-powered-by')).toBeNull();
  });
});

describe('behind TLS', () => {
  it('sends HSTS when PUBLIC_URL is https', async () => {
    const api = await startTestApp({
      databaseUrl: db.url,
      env: { PUBLIC_URL: 'https://citydesk.example.org' },
    });
    try {
      const response = await fetch(`${api.url}/healthz`);
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(response.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    } finally {
      await api.close();
    }
  });
});

describe('under overload', () => {
  it('sheds new requests with 503 + Retry-After while /healthz and the admitted requests go on', async () => {
    const api = await startTestApp({ databaseUrl: db.url, env: { MAX_IN_FLIGHT: '2' } });
    try {
      const resident = new TestClient(api.url, 'en');
      await resident.login('resident@demo.citydesk');
      const held = [slowUpload(api.url, resident.cookie!), slowUpload(api.url, resident.cookie!)];
      await new Promise((resolve) => setTimeout(resolve, 300));

      const shed = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(shed.status).toBe(503);
      expect(shed.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await shed.json()).toMatchObject({
        error: { code: 'UNAVAILABLE', message: expect.stringMatching(/try again/) },
      });
      const health = await fetch(`${api.url}/healthz`);
      expect(health.status).toBe(200);

      for (const upload of held) expect((await upload.finish()).status).toBe(201);
      const after = await resident.request('{ __typename }');
      expect(after.errors).toBeUndefined();
    } finally {
      await api.close();
    }
  });
});

describe('adaptive concurrency limit', () => {
  const health = async (url: string) =>
    ((await (await fetch(`${url}/healthz`)).json()) as { load: { limit: number; inFlight: number } }).load;

  it('lowers its limit below the crowd while the event loop lags, sheds, and recovers once it keeps up', async () => {
    const api = await startTestApp({
      databaseUrl: db.url,
      // A target well above the lag a busy CI machine adds by itself, so only the stall below counts.
      env: { MAX_IN_FLIGHT: '64', MAX_EVENT_LOOP_DELAY_MS: '100', MAX_EVENT_LOOP_UTILIZATION: '1' },
    });
    try {
      const resident = new TestClient(api.url, 'en');
      await resident.login('resident@demo.citydesk');
      const held = Array.from({ length: 18 }, () => slowUpload(api.url, resident.cookie!));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await health(api.url)).limit).toBe(64);

      // The loop stalls for 150 ms every 160 ms for 1.5 s with 18 requests in flight (a crowd: one browser opens six).
      const stall = setInterval(() => {
        const until = performance.now() + 150;
        while (performance.now() < until);
      }, 160);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      clearInterval(stall);
      const lowered = await health(api.url);
      expect(lowered.limit).toBeLessThan(18);
      const shed = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: resident.cookie! },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(shed.status).toBe(503);

      for (const upload of held) expect((await upload.finish()).status).toBe(201);
      let recovered = lowered.limit;
      for (let i = 0; i < 80 && recovered < 64; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        recovered = (await health(api.url)).limit;
      }
      expect(recovered).toBe(64);
      expect((await resident.request('{ __typename }')).errors).toBeUndefined();
    } finally {
      await api.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('lets the request in flight finish, refuses new connections and tells subscribers to reconnect', async () => {
    const api = await startTestApp({ databaseUrl: db.url });
    const resident = new TestClient(api.url, 'en');
    await resident.login('resident@demo.citydesk');
    const ws = resident.ws();
    const closeCode = new Promise<number>((resolve) =>
      ws.on('closed', (event) => resolve((event as { code: number }).code)),
    );
    await connected(ws);
    const upload = slowUpload(api.url, resident.cookie!);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const closing = api.close();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await closeCode).toBe(1012);
    await expect(fetch(`${api.url}/healthz`)).rejects.toThrow();
    const answer = await upload.finish();
    expect(answer.status).toBe(201);
    await closing;
    void ws.dispose();
  });
});
