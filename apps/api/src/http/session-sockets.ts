// The open WebSockets of each session, so that a session that ends takes its subscriptions with it: at
// once when it ends on this instance (SessionClosures), and within `recheckMs` when it ended on another
// instance, expired or its user was disabled (one query for all sessions held open here).
import type { WebSocket } from 'ws';
import type { Db } from '../infra/db/database.ts';
import type { SessionClosures } from '../infra/sessions/session-closures.ts';
import type { Logger } from '../logger.ts';

/** graphql-ws's Unauthorized: its client does not reconnect with the dead session. */
export const SESSION_ENDED_CLOSE_CODE = 4401;

export interface SessionSockets {
  add(sessionId: string, socket: WebSocket): void;
  /** Closes the sockets whose sessions are gone; the timer calls it, tests may too. */
  recheck(): Promise<void>;
  stop(): void;
}

export function createSessionSockets(
  deps: { db: Db; clock: () => Date; log: Logger; sessionClosures: SessionClosures },
  options: { recheckMs: number },
): SessionSockets {
  const bySession = new Map<string, Set<WebSocket>>();

  const close = (sessionId: string) => {
    for (const socket of bySession.get(sessionId) ?? [])
      socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
    bySession.delete(sessionId);
  };
  const stopListening = deps.sessionClosures.onEnded((ids) => ids.forEach(close));

  async function recheck() {
    const held = [...bySession.keys()];
    if (held.length === 0) return;
    const alive = await deps.db.session.findMany({
      where: { id: { in: held }, expiresAt: { gt: deps.clock() }, user: { disabledAt: null } },
      select: { id: true },
    });
    const aliveIds = new Set(alive.map((s) => s.id));
    for (const id of held) if (!aliveIds.has(id)) close(id);
  }
  let checking: Promise<void> | null = null;
  const timer =
    options.recheckMs > 0
      ? setInterval(() => {
          checking ??= recheck()
            .catch((error: unknown) => deps.log.warn({ err: error }, 'websocket: session re-check failed'))
            .finally(() => {
              checking = null;
            });
        }, options.recheckMs)
      : null;
  timer?.unref();

  return {
    add(sessionId, socket) {
      const sockets = bySession.get(sessionId) ?? new Set<WebSocket>();
      sockets.add(socket);
      bySession.set(sessionId, sockets);
      socket.once('close', () => {
        sockets.delete(socket);
        if (sockets.size === 0 && bySession.get(sessionId) === sockets) bySession.delete(sessionId);
      });
    },
    recheck,
    stop() {
      stopListening();
      if (timer) clearInterval(timer);
    },
  };
}
