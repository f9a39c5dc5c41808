// WebSocket /graphql (graphql-ws): authenticated by the same session cookie, executed against
// the schema of the session's role; the session is re-checked for every new subscription.
import type { Server } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { specifiedRules, validate, type GraphQLError, type GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { GraphQLContext } from '../graphql/context.ts';
import { toClientError, translateError } from '../graphql/errors.ts';
import { queryLimitRules } from '../graphql/query-limits.ts';
import { schemaFor } from '../graphql/schema.ts';
import type { Logger } from '../logger.ts';
import { buildContext, sessionTokenOf } from './request-context.ts';

interface Extra extends Record<PropertyKey, unknown> {
  request: IncomingMessage;
}

/** Browsers send Origin on WebSocket upgrades; refuse other sites (cross-site WebSocket hijacking). */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

export function attachGraphQLWebSocket(
  httpServer: Server,
  deps: GraphQLContext['deps'],
  options: { sessionTtlMs: number; introspection: boolean; log: Logger },
): { close(): Promise<void> } {
  const wss = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    verifyClient: ({ req }: { req: IncomingMessage }) => sameOrigin(req),
  });
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
      await cleanup.dispose();
      wss.close();
    },
  };
}
