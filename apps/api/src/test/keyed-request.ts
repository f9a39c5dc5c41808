// A GraphQL POST as a TestClient would send it, with an Idempotency-Key header, answering the HTTP status
// and Retry-After too (what idempotency is about).
import type { TestClient } from './graphql-client.ts';

export interface KeyedAnswer<T> {
  status: number;
  retryAfter: string | null;
  body: {
    data?: T | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    error?: { code: string; message: string; issues?: { field: string; code: string }[] };
  };
}

export async function keyedRequest<T = Record<string, any>>(
  client: TestClient,
  query: string,
  variables: Record<string, unknown>,
  idempotencyKey?: string,
): Promise<KeyedAnswer<T>> {
  const response = await fetch(`${client.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-citydesk-locale': 'en',
      ...(client.cookie ? { cookie: client.cookie } : {}),
      ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as KeyedAnswer<T>['body'],
  };
}

/** `count` identical requests at once. */
export function sendTimes<T>(count: number, send: () => Promise<KeyedAnswer<T>>): Promise<KeyedAnswer<T>[]> {
  return Promise.all(Array.from({ length: count }, send));
}
