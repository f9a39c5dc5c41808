// The same scenario against the baseline server (baseline-server.ts): plain JSON over HTTP, raw ws.
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

async function get(url: string, init?: RequestInit) {
  return timed(async () => {
    try {
      const response = await fetch(url, init);
      const text = await response.text();
      return { text, ...outcomeOf(response.status, text) };
    } catch (error) {
      return { text: '', outcome: 'error' as const, detail: `network: ${String(error)}` };
    }
  });
}

export function baselineTarget(server: ChildServer): Target {
  const { url } = server;
  const answer = (r: Awaited<ReturnType<typeof get>>): Answer => ({
    ms: r.ms,
    outcome: r.value.outcome,
    detail: r.value.detail,
  });
  return {
    name: 'baseline',
    async openResident(index): Promise<ResidentSession> {
      const eventsFor = new Set<string>();
      const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/live?resident=${index}`);
      socket.on('message', (data) =>
        eventsFor.add(String((JSON.parse(data.toString()) as { requestId: string }).requestId)),
      );
      socket.on('error', () => undefined);
      await new Promise((resolve) => socket.once('open', resolve));
      return {
        eventsFor,
        async file(description) {
          const r = await get(`${url}/file`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ resident: index, description }),
          });
          const id =
            r.value.outcome === 'ok' ? String((JSON.parse(r.value.text) as { id: string }).id) : undefined;
          return { ...answer(r), ...(id ? { id } : {}) };
        },
        listMine: async () => answer(await get(`${url}/mine?resident=${index}`)),
        close: async () => socket.close(),
      };
    },
    async openDispatcher(): Promise<DispatcherSession> {
      return {
        async queue() {
          const r = await get(`${url}/queue`);
          const firstId =
            r.value.outcome === 'ok' ? (JSON.parse(r.value.text) as { id: string }[])[0]?.id : undefined;
          return { ...answer(r), ...(firstId ? { firstId: String(firstId) } : {}) };
        },
        open: async (id) => answer(await get(`${url}/request/${id}`)),
        close: async () => undefined,
      };
    },
    ...serverProbes(server),
  };
}
