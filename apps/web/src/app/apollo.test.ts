import { gql, ServerError } from '@apollo/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDEMPOTENCY_KEY_HEADER } from '../lib/idempotency.ts';
import { createApollo, retriesSafely } from './apollo.ts';

const FILE = gql`
  mutation File {
    fileRequest(input: { categoryId: "c1", description: "x", contactPhone: "1" }) {
      id
    }
  }
`;
const keyed = { headers: { [IDEMPOTENCY_KEY_HEADER]: '"k-1"' } };

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('retriesSafely', () => {
  const serverError = (status: number) =>
    new ServerError('', { response: new Response('', { status }), bodyText: '' });

  it('retries a keyed operation whose answer never came or that found the server briefly away', () => {
    expect(retriesSafely(new TypeError('Failed to fetch'), keyed)).toBe(true);
    expect(retriesSafely(serverError(503), keyed)).toBe(true);
  });

  it('retries a query without a key: it changes nothing', () => {
    expect(retriesSafely(serverError(503), {}, 'query')).toBe(true);
    expect(retriesSafely(serverError(400), {}, 'query')).toBe(false);
  });

  it('never retries a mutation without a key, nor a refusal the API gave', () => {
    expect(retriesSafely(new TypeError('Failed to fetch'), {})).toBe(false);
    expect(retriesSafely(serverError(400), keyed)).toBe(false);
    expect(retriesSafely(serverError(422), keyed)).toBe(false);
    expect(retriesSafely(new DOMException('aborted', 'AbortError'), keyed)).toBe(false);
  });
});

describe('the client’s links', () => {
  it('sends a keyed mutation again with the same key after a dropped connection', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const sent: (string | null)[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        sent.push(new Headers(init.headers).get(IDEMPOTENCY_KEY_HEADER));
        if (sent.length === 1) throw new TypeError('Failed to fetch');
        return new Response(JSON.stringify({ data: { fileRequest: { __typename: 'Request', id: 'r1' } } }), {
          headers: { 'content-type': 'application/json' },
        });
      }),
    );
    const apollo = createApollo({ getLocale: () => 'en' });
    const result = apollo.client.mutate({ mutation: FILE, context: keyed });
    await vi.advanceTimersByTimeAsync(5_000);
    expect((await result).data).toEqual({ fileRequest: { __typename: 'Request', id: 'r1' } });
    expect(sent).toEqual(['"k-1"', '"k-1"']);
    apollo.dispose();
  });

  it('does not send a mutation without a key again', async () => {
    const fetchMock = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', fetchMock);
    const apollo = createApollo({ getLocale: () => 'en' });
    await expect(apollo.client.mutate({ mutation: FILE })).rejects.toThrow();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    apollo.dispose();
  });
});
