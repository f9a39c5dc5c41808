// WebSocket /graphql (graphql-ws): authenticated by the same session cookie, executed against
// the schema of the session's role; the session is re-checked for every new subscription, and a
// session that ends closes its sockets (session-sockets.ts).
import type { Server } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { GraphQLError, specifiedRules, validate, type GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { GraphQLContext } from '../graphql/context.ts';
import { toClientError, translateError } from '../graphql/errors.ts';
import { queryLimitRules } from '../graphql/query-limits.ts';
import { schemaFor } from '../graphql/schema.ts';
import type { Logger } from '../logger.ts';
import { resolveSession } from '../services/auth/sessions.ts';
import {
  clientAddress,
  compileTrustProxy,
  requestOrigin,
  type TrustFn,
  type TrustProxy,
} from './client-address.ts';
import { findNulCharacter } from './input-guards.ts';
import { buildContext, pickLocale, sessionTokenOf } from './request-context.ts';
import { createSessionSockets } from './session-sockets.ts';

interface Extra extends Record<PropertyKey, unknown> {
  request: IncomingMessage;
  socket: WebSocket;
}

/**
 * Browsers send Origin on WebSocket upgrades; refuse other sites (cross-site WebSocket hijacking). The
 * whole origin must match — scheme, host and port — the one the request addressed or PUBLIC_URL's.
 */
export function sameOrigin(req: IncomingMessage, trust: TrustFn, publicUrl: string | undefined): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser
  let claimed: string;
  try {
    claimed = new URL(origin).origin;
  } catch {
    return false;
  }
  if (claimed === 'null') return false;
  if (publicUrl && claimed === new URL(publicUrl).origin) return true;
  return claimed === requestOrigin(req, trust);
}

export function attachGraphQLWebSocket(
  httpServer: Server,
  deps: GraphQLContext['deps'],
  options: {
    sessionTtlMs: number;
    introspection: boolean;
    log: Logger;
    trustProxy: TrustProxy;
    publicUrl: string | undefined;
    /** How often sessions held open here are looked up again (ended on another instance, expired). */
    sessionRecheckMs: number;
  },
): { close(): Promise<void> } {
  const trust = compileTrustProxy(options.trustProxy);
  const wss = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    verifyClient: ({ req }: { req: IncomingMessage }) => sameOrigin(req, trust, options.publicUrl),
  });
  const sessionSockets = createSessionSockets(deps, { recheckMs: options.sessionRecheckMs });
  const pending = new Map<string, GraphQLContext>();
  const connectionIds = new WeakMap<object, number>();
  let nextConnectionId = 0;
  const connectionId = (extra: Extra) => {
    if (!connectionIds.has(extra)) connectionIds.set(extra, ++nextConnectionId);
    return connectionIds.get(extra)!;
  };
  const noCookie = { set: () => undefined, clear: () => undefined };
  const contextOf = (ctx: {
    extra: Extra;
    connectionParams?: Readonly<Record<string, unknown>> | undefined;
  }) =>
    buildContext(
      deps,
      options,
      ctx.extra.request,
      { token: sessionTokenOf(ctx.extra.request), ...noCookie },
      ctx.connectionParams?.locale,
      clientAddress(ctx.extra.request, trust),
    );
  const format = (
    errors: readonly GraphQLError[],
    locale: GraphQLContext['locale'],
  ): GraphQLFormattedError[] =>
    errors.map((e) => translateError(toClientError(e.toJSON(), e, options.log), locale));

  const rules = [...specifiedRules, ...queryLimitRules(options)];
  const cleanup = useServer<Record<string, unknown>, Extra>(
    {
      validate: (schema, document) => validate(schema, document, rules),
      // Like the HTTP edge: a NUL character in a subscription's variables is refused before anything runs.
      onSubscribe: (ctx, _id, payload) => {
        const field =
          findNulCharacter(payload.variables ?? {}, 'variables') ??
          (payload.query.includes('\u0000') ? 'query' : null);
        if (field === null) return;
        const refusal = new GraphQLError('INVALID_INPUT', {
          extensions: { code: 'INVALID_INPUT', issues: [{ field, code: 'invalid_characters' }] },
        });
        const locale = pickLocale(
          ctx.connectionParams?.locale,
          undefined,
          ctx.extra.request.headers['accept-language'],
        );
        return [
          new GraphQLError(translateError(refusal.toJSON(), locale).message, {
            extensions: refusal.extensions,
          }),
        ];
      },
      // The socket belongs to the session it was opened with: when that session ends, the socket closes.
      onConnect: async (ctx) => {
        const viewer = await resolveSession(deps.db, sessionTokenOf(ctx.extra.request), {
          ttlMs: options.sessionTtlMs,
          now: deps.clock(),
        });
        if (viewer) sessionSockets.add(viewer.sessionId, ctx.extra.socket);
        return true;
      },
      // Each subscription looks the session up afresh: one that ended meanwhile gets nothing more.
      // graphql-ws asks for the schema first, then the context: look the session up once for both.
      schema: async (ctx, id) => {
        const contextValue = await contextOf(ctx);
        pending.set(`${connectionId(ctx.extra)}:${id}`, contextValue);
        return schemaFor(contextValue.viewer?.role ?? null);
      },
      context: async (ctx, id) => {
        const key = `${connectionId(ctx.extra)}:${id}`;
        const contextValue = pending.get(key) ?? (await contextOf(ctx));
        pending.delete(key);
        return contextValue;
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!result.errors) return;
        return { ...result, errors: format(result.errors, (args.contextValue as GraphQLContext).locale) };
      },
    },
    wss,
  );
  return {
    async close() {
      // 1012 Service Restart: clients reconnect (graphql-ws retries it) and resubscribe.
      for (const socket of wss.clients) socket.close(1012, 'server restarting');
      sessionSockets.stop();
      await cleanup.dispose();
      wss.close();
    },
  };
}
