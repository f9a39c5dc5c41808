// Idempotency-Key on filing a request, over real HTTP (draft-ietf-httpapi-idempotency-key-header): ten
// identical filings with one key make one request and one set of events, all ten answered with it; the
// same key with another body is 422 and writes nothing; without a key every call files (as before);
// keys are the caller's own; malformed keys are 400; a duplicate of a first attempt that is still running
// waits and then answers 409 with Retry-After; a crashed attempt's lapsed claim is taken over.
import { randomUUID } from 'node:crypto';
import { messages } from '@citydesk/i18n';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestFingerprint } from '../services/idempotency/run-idempotently.ts';
import { startDemoApi, type DemoApi } from '../test/demo-api.ts';
import { keyedRequest, sendTimes } from '../test/keyed-request.ts';

let world: DemoApi<'resident' | 'neighbour'>;
let input: Record<string, unknown>;

const FILE = `mutation ($input: FileRequestInput!) { fileRequest(input: $input) { id number status } }`;
type Filed = { fileRequest: { id: string; number: string; status: string } };

beforeAll(async () => {
  world = await startDemoApi(
    { resident: 'resident@demo.citydesk', neighbour: 'resident2@demo.citydesk' },
    'en',
  );
  const form = await world.as.resident.request<{
    myPremises: { id: string }[];
    serviceCategories: { id: string; code: string }[];
  }>('{ myPremises { id } serviceCategories { id code } }');
  input = {
    categoryId: form.data!.serviceCategories.find((c) => c.code === 'roof_leak')!.id,
    premisesId: form.data!.myPremises[0]!.id,
    description: 'Water is dripping from the ceiling of the kitchen',
    contactPhone: '+7 (917) 555-12-34',
  };
});
afterAll(async () => {
  await world?.close();
});

const withDescription = (description: string) => ({ ...input, description });
const requestsDescribed = (description: string) =>
  world.db.prisma.request.findMany({ where: { description }, include: { events: true } });

describe('fileRequest with an Idempotency-Key', () => {
  it('files once for ten parallel identical calls and answers all ten with that request', async () => {
    const key = randomUUID();
    const body = withDescription('Ten clicks on "send" for one leak in the bathroom');
    const notificationsBefore = await world.db.prisma.notification.count();
    const answers = await sendTimes(10, () =>
      keyedRequest<Filed>(world.as.resident, FILE, { input: body }, key),
    );

    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(answers.every((a) => !a.body.errors)).toBe(true);
    const [first] = answers.map((a) => a.body.data!.fileRequest);
    for (const answer of answers) expect(answer.body.data!.fileRequest).toMatchObject(first!);
    const rows = await requestsDescribed(body.description as string);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(first!.id);
    expect(rows[0]!.number).toBe(first!.number);
    expect(rows[0]!.events.filter((e) => e.type === 'FILED')).toHaveLength(1);
    expect(rows[0]!.events).toHaveLength(2); // FILED, ROUTED
    // The notifications of one filing, not of ten.
    const notified = await world.db.prisma.notification.count({ where: { event: { requestId: first!.id } } });
    expect(await world.db.prisma.notification.count()).toBe(notificationsBefore + notified);
    expect(await world.db.prisma.idempotencyKey.count({ where: { key } })).toBe(1);

    // A later retry (the answer was lost on a bad network) is answered the same.
    const retry = await keyedRequest<Filed>(world.as.resident, FILE, { input: body }, key);
    expect(retry.body.data!.fileRequest).toMatchObject(first!);
    expect(await requestsDescribed(body.description as string)).toHaveLength(1);
  });

  it('refuses the same key with another body: 422, translated, nothing written', async () => {
    const key = randomUUID();
    const first = await keyedRequest<Filed>(
      world.as.resident,
      FILE,
      { input: withDescription('The radiator in the bedroom is cold') },
      key,
    );
    expect(first.status).toBe(200);
    const requestsBefore = await world.db.prisma.request.count();
    const eventsBefore = await world.db.prisma.requestEvent.count();
    const keyBefore = await world.db.prisma.idempotencyKey.findMany({ where: { key } });

    const other = await keyedRequest<Filed>(
      world.as.resident,
      FILE,
      { input: withDescription('The radiator in the living room is cold') },
      key,
    );
    expect(other.status).toBe(422);
    expect(other.body.data?.fileRequest ?? null).toBeNull();
    expect(other.body.errors![0]!.extensions!.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.body.errors![0]!.message).toBe(messages.en.errors.IDEMPOTENCY_KEY_REUSED);
    expect(await world.db.prisma.request.count()).toBe(requestsBefore);
    expect(await world.db.prisma.requestEvent.count()).toBe(eventsBefore);
    expect(await world.db.prisma.idempotencyKey.findMany({ where: { key } })).toEqual(keyBefore);
    expect(await requestsDescribed('The radiator in the living room is cold')).toHaveLength(0);
  });

  it('files every time without a key, as before', async () => {
    const body = withDescription('The entrance door does not close');
    const answers = await Promise.all(
      [1, 2, 3].map(() => keyedRequest<Filed>(world.as.resident, FILE, { input: body })),
    );
    expect(new Set(answers.map((a) => a.body.data!.fileRequest.id)).size).toBe(3);
    expect(await requestsDescribed(body.description as string)).toHaveLength(3);
  });

  it('keeps one caller’s keys apart from another’s: the same key string files for each', async () => {
    const key = 'the-same-key-string';
    const body = withDescription('Two neighbours happen to pick the same key');
    const mine = await keyedRequest<Filed>(world.as.resident, FILE, { input: body }, key);
    const theirs = await keyedRequest<Filed>(
      world.as.neighbour,
      FILE,
      { input: { ...body, ...(await premisesOf('neighbour')) } },
      key,
    );
    expect(mine.status).toBe(200);
    expect(theirs.status).toBe(200);
    expect(theirs.body.data!.fileRequest.id).not.toBe(mine.body.data!.fileRequest.id);
    expect(await requestsDescribed(body.description as string)).toHaveLength(2);
  });

  it('takes the key as a Structured Field String or bare: both name the same key', async () => {
    const body = withDescription('The key is sent quoted, then bare, then quoted again');
    const send = (key: string) => keyedRequest<Filed>(world.as.resident, FILE, { input: body }, key);
    const answers = [await send('"order 7f3a"'), await send('"order 7f3a"')];
    const bare = [await send('order-7f3a'), await send('"order-7f3a"')];
    expect(answers[1]!.body.data!.fileRequest.id).toBe(answers[0]!.body.data!.fileRequest.id);
    expect(bare[1]!.body.data!.fileRequest.id).toBe(bare[0]!.body.data!.fileRequest.id);
    // "order 7f3a" and order-7f3a are two keys: two requests.
    expect(await requestsDescribed(body.description as string)).toHaveLength(2);
  });

  it('answers a malformed key with 400 INVALID_INPUT and files nothing', async () => {
    const before = await world.db.prisma.request.count();
    for (const bad of [
      '',
      'x'.repeat(256),
      '"x' + 'y'.repeat(255) + '"',
      'two words',
      'a,b',
      '"open',
      'clé',
      '"a", "b"',
      '"\\q"',
    ]) {
      const answer = await keyedRequest(
        world.as.resident,
        FILE,
        { input: withDescription('A key that is not well-formed') },
        bad,
      );
      expect(answer.status, JSON.stringify(bad)).toBe(400);
      expect(answer.body.error).toMatchObject({
        code: 'INVALID_INPUT',
        issues: [{ field: 'Idempotency-Key', code: 'invalid_idempotency_key' }],
      });
      expect(answer.body.error!.message).toBe(messages.en.errors.INVALID_INPUT);
    }
    // 255 characters is the longest key taken.
    const longest = await keyedRequest<Filed>(
      world.as.resident,
      FILE,
      { input: withDescription('The longest key there may be') },
      'k'.repeat(255),
    );
    expect(longest.status).toBe(200);
    expect(await world.db.prisma.request.count()).toBe(before + 1);
  });

  it('refuses a key given to two creating fields of one request', async () => {
    const twice = `mutation ($a: FileRequestInput!, $b: FileRequestInput!) {
      a: fileRequest(input: $a) { id } b: fileRequest(input: $b) { id } }`;
    const answer = await keyedRequest<{ a: { id: string } | null; b: { id: string } | null }>(
      world.as.resident,
      twice,
      {
        a: withDescription('First of two in one request'),
        b: withDescription('Second of two in one request'),
      },
      randomUUID(),
    );
    // The first field ran; the second, refused, nulls the (non-null) answer as GraphQL does.
    expect(answer.body.errors![0]!.extensions).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ field: 'Idempotency-Key', code: 'idempotency_key_repeated' }],
    });
    expect(await requestsDescribed('First of two in one request')).toHaveLength(1);
    expect(await requestsDescribed('Second of two in one request')).toHaveLength(0);
  });
});

describe('a first attempt still running, or crashed', () => {
  // What the resolver hands the service for `body`: the fingerprint the first attempt would have claimed.
  const claimOf = async (key: string, body: Record<string, unknown>, lockedUntil: Date) => {
    const user = await world.db.prisma.user.findUniqueOrThrow({ where: { email: 'resident@demo.citydesk' } });
    const serviceInput = {
      categoryId: body.categoryId,
      premisesId: body.premisesId,
      commonArea: null,
      buildingId: null,
      description: body.description,
      contactPhone: body.contactPhone,
      preferredVisit: null,
      photoIds: [],
    };
    await world.db.prisma.idempotencyKey.create({
      data: {
        scope: `user:${user.id}`,
        key,
        operation: 'fileRequest',
        fingerprint: requestFingerprint('fileRequest', serviceInput),
        claimToken: randomUUID(),
        lockedUntil,
        createdAt: new Date(),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
  };

  it('waits for a first attempt that does not finish, then answers 409 with Retry-After', async () => {
    const key = randomUUID();
    const body = withDescription('A first attempt holds the key');
    await claimOf(key, body, new Date(Date.now() + 60_000));
    const started = Date.now();
    const answer = await keyedRequest<Filed>(world.as.resident, FILE, { input: body }, key);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_000);
    expect(answer.status).toBe(409);
    expect(answer.retryAfter).toBe('1');
    expect(answer.body.errors![0]!.extensions!.code).toBe('IDEMPOTENCY_KEY_IN_USE');
    expect(answer.body.errors![0]!.message).toBe(messages.en.errors.IDEMPOTENCY_KEY_IN_USE);
    expect(await requestsDescribed(body.description as string)).toHaveLength(0);
  }, 15_000);

  it('takes over the lapsed claim of an attempt that crashed before its commit, and files once', async () => {
    const key = randomUUID();
    const body = withDescription('The first attempt crashed before it committed');
    await claimOf(key, body, new Date(Date.now() - 1_000));
    const answers = await sendTimes(3, () =>
      keyedRequest<Filed>(world.as.resident, FILE, { input: body }, key),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(new Set(answers.map((a) => a.body.data!.fileRequest.id)).size).toBe(1);
    expect(await requestsDescribed(body.description as string)).toHaveLength(1);
  });
});

async function premisesOf(name: 'neighbour') {
  const form = await world.as[name].request<{ myPremises: { id: string }[] }>('{ myPremises { id } }');
  return { premisesId: form.data!.myPremises[0]!.id };
}
