// A tiny GraphQL client for tests that keeps the session cookie like a browser would,
// over HTTP and over graphql-ws.
import { createClient, type Client, type ClientOptions } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: string[] }[];
}

export class TestClient {
  cookie: string | undefined;

  constructor(
    readonly baseUrl: string,
    private readonly locale?: string,
  ) {}

  async request<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.locale ? { 'x-citydesk-locale': this.locale } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('citydesk_session='));
    if (setCookie) {
      const pair = setCookie.split(';')[0]!;
      this.cookie = pair.endsWith('=') || /Expires=Thu, 01 Jan 1970/i.test(setCookie) ? undefined : pair;
    }
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Uploads a file like the web does (POST /files); returns the new attachment's id. */
  async upload(kind: string, bytes: Buffer, fileName: string): Promise<string> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
    const response = await fetch(`${this.baseUrl}/files?kind=${kind}`, {
      method: 'POST',
      headers: { 'x-citydesk-upload': '1', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: form,
    });
    const body = (await response.json()) as { id?: string; error?: unknown };
    if (response.status !== 201 || !body.id)
      throw new Error(`upload failed: ${response.status} ${JSON.stringify(body)}`);
    return body.id;
  }

  async login(email: string, password = 'demo12345') {
    const result = await this.request<{ login: { user: { id: string; role: string } } }>(
      'mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { user { id role } } }',
      { l: email, p: password },
    );
    if (result.errors) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
    return result.data!.login.user;
  }

  /** A graphql-ws client that presents this client's session cookie. */
  ws(options: Partial<ClientOptions> = {}): Client {
    const cookie = this.cookie;
    const wsUrl = this.baseUrl.replace(/^http/, 'ws') + '/graphql';
    return createClient({
      url: wsUrl,
      lazy: false,
      retryAttempts: 0,
      // A closed socket is what some tests wait for (logout, shutdown); not worth a log line.
      onNonLazyError: () => undefined,
      connectionParams: this.locale ? { locale: this.locale } : {},
      ...options,
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers: cookie ? { cookie } : {} });
        }
      },
    });
  }
}

/** Collects the next `count` results of a subscription. */
export function collect<T>(client: Client, query: string, count: number, timeoutMs = 15_000): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const received: T[] = [];
    const timer = setTimeout(() => {
      dispose();
      reject(new Error(`timed out after ${received.length}/${count} events`));
    }, timeoutMs);
    const dispose = client.subscribe<T>(
      { query },
      {
        next: (value) => {
          if (value.errors) {
            clearTimeout(timer);
            dispose();
            reject(new Error(JSON.stringify(value.errors)));
            return;
          }
          received.push(value.data as T);
          if (received.length === count) {
            clearTimeout(timer);
            dispose();
            resolve(received);
          }
        },
        error: (error) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
        },
        complete: () => undefined,
      },
    );
  });
}

/** Resolves once the server has acknowledged the connection (so subscriptions are live). */
export function connected(client: Client): Promise<void> {
  return new Promise((resolve) => {
    const off = client.on('connected', () => {
      off();
      resolve();
    });
  });
}
