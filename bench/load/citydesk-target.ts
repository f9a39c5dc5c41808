// The scenario against citydesk itself: GraphQL over HTTP with a session cookie, live events over
// graphql-ws, as the web app does.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { ChildServer } from './child-server.ts';
import { outcomeOf } from './recorder.ts';
import {
  serverProbes,
  timed,
  type Answer,
  type DispatcherSession,
  type ResidentSession,
  type Target,
} from './target.ts';

const FILE = 'mutation ($input: FileRequestInput!) { fileRequest(input: $input) { id number } }';
const MINE = '{ myRequests { id number status } }';
const QUEUE = '{ queue { id number status } }';
const OPEN = 'query ($id: ID!) { request(id: $id) { id number status description version } }';

async function call(url: string, cookie: string | undefined, query: string, variables?: unknown) {
  return timed(async () => {
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      return { response, text, ...outcomeOf(response.status, text) };
    } catch (error) {
      return { response: null, text: '', outcome: 'error' as const, detail: `network: ${String(error)}` };
    }
  });
}

async function login(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($l: String!) { login(login: $l, password: "demo12345") { user { id } } }',
      variables: { l: email },
    }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('citydesk_session='));
  if (!cookie) throw new Error(`login of ${email} failed: ${await response.text()}`);
  return cookie.split(';')[0]!;
}

export function citydeskTarget(
  server: ChildServer,
  accounts: { residents: string[]; dispatchers: string[] },
): Target {
  const { url } = server;
  const answer = (r: Awaited<ReturnType<typeof call>>): Answer => ({
    ms: r.ms,
    outcome: r.value.outcome,
    detail: r.value.detail,
  });
  return {
    name: 'citydesk',
    async openResident(index): Promise<ResidentSession> {
      const cookie = await login(url, accounts.residents[index % accounts.residents.length]!);
      const form = JSON.parse(
        (await call(url, cookie, '{ myPremises { id } serviceCategories { id code } }')).value.text,
      ) as { data: { myPremises: { id: string }[]; serviceCategories: { id: string; code: string }[] } };
      const input = {
        categoryId: form.data.serviceCategories.find((c) => c.code === 'roof_leak')!.id,
        premisesId: form.data.myPremises[0]!.id,
        contactPhone: '+7 (917) 555-12-34',
      };
      const eventsFor = new Set<string>();
      const ws = createClient({
        url: `${url.replace(/^http/, 'ws')}/graphql`,
        lazy: false,
        retryAttempts: 100,
        shouldRetry: () => true,
        onNonLazyError: () => undefined,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers: { cookie } });
          }
        },
      });
      ws.subscribe<{ myRequestEvents: { requestId: string } }>(
        { query: 'subscription { myRequestEvents { requestId } }' },
        {
          next: (v) => v.data && eventsFor.add(v.data.myRequestEvents.requestId),
          error: () => undefined,
          complete: () => undefined,
        },
      );
      return {
        eventsFor,
        async file(description) {
          const r = await call(url, cookie, FILE, { input: { ...input, description } });
          const id =
            r.value.outcome === 'ok'
              ? (JSON.parse(r.value.text) as { data: { fileRequest: { id: string } } }).data.fileRequest.id
              : undefined;
          return { ...answer(r), ...(id ? { id } : {}) };
        },
        listMine: async () => answer(await call(url, cookie, MINE)),
        close: async () => {
          await ws.dispose();
        },
      };
    },
    async openDispatcher(index): Promise<DispatcherSession> {
      const cookie = await login(url, accounts.dispatchers[index % accounts.dispatchers.length]!);
      return {
        async queue() {
          const r = await call(url, cookie, QUEUE);
          const firstId =
            r.value.outcome === 'ok'
              ? (JSON.parse(r.value.text) as { data: { queue: { id: string }[] } }).data.queue[0]?.id
              : undefined;
          return { ...answer(r), ...(firstId ? { firstId } : {}) };
        },
        open: async (id) => answer(await call(url, cookie, OPEN, { id })),
        close: async () => undefined,
      };
    },
    ...serverProbes(server),
  };
}
