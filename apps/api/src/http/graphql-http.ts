// POST/GET /graphql: one Apollo Server per role schema behind one URL. The session decides
// which one executes the request.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type RequestHandler } from 'express';
import type { GraphQLContext } from '../graphql/context.ts';
import { toClientError, translateError } from '../graphql/errors.ts';
import { queryLimitRules } from '../graphql/query-limits.ts';
import { roleSchemas, subGraphOfRole } from '../graphql/schema.ts';
import type { SubGraph } from '../graphql/builder.ts';
import type { Logger } from '../logger.ts';
import { sessionCookieName } from '../services/auth/sessions.ts';
import { idempotencyStatusPlugin } from './idempotency-status.ts';
import { rejectNulCharacters } from './input-guards.ts';
import { buildContext, sessionTokenOf } from './request-context.ts';

export interface GraphQLHttp {
  handler: RequestHandler[];
  stop(): Promise<void>;
}

export async function createGraphQLHttp(
  deps: GraphQLContext['deps'],
  options: {
    sessionTtlMs: number;
    secureCookies: boolean;
    introspection: boolean;
    log: Logger;
  },
): Promise<GraphQLHttp> {
  const servers = Object.fromEntries(
    Object.entries(roleSchemas()).map(([name, schema]) => [
      name,
      new ApolloServer<GraphQLContext>({
        schema,
        introspection: options.introspection,
        validationRules: queryLimitRules(options),
        includeStacktraceInErrorResponses: false,
        // The app drains on SIGTERM itself (admission.ts); Apollo's own handler would stop serving at once.
        stopOnTerminationSignals: false,
        formatError: (formatted, error) => toClientError(formatted, error, options.log),
        plugins: [
          ApolloServerPluginLandingPageDisabled(),
          idempotencyStatusPlugin,
          {
            async requestDidStart() {
              return {
                async willSendResponse({ response, contextValue }) {
                  if (response.body.kind === 'single' && response.body.singleResult.errors)
                    response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
                      translateError(e, contextValue.locale),
                    );
                },
              };
            },
          },
        ],
      }),
    ]),
  ) as Record<SubGraph, ApolloServer<GraphQLContext>>;
  await Promise.all(Object.values(servers).map((s) => s.start()));

  const middlewares = Object.fromEntries(
    Object.entries(servers).map(([name, server]) => [
      name,
      expressMiddleware(server, { context: async ({ res }) => res.locals.graphqlContext as GraphQLContext }),
    ]),
  ) as Record<SubGraph, RequestHandler>;

  const dispatch: RequestHandler = async (req, res, next) => {
    try {
      const cookie = {
        token: sessionTokenOf(req),
        set: (token: string, expiresAt: Date) =>
          res.cookie(sessionCookieName, token, {
            httpOnly: true,
            sameSite: 'lax',
            secure: options.secureCookies,
            path: '/',
            expires: expiresAt,
          }),
        clear: () => res.clearCookie(sessionCookieName, { path: '/' }),
      };
      const context = await buildContext(
        deps,
        options,
        req,
        cookie,
        req.headers['x-citydesk-locale'],
        req.ip ?? 'unknown',
        req.headers['idempotency-key'],
      );
      res.locals.graphqlContext = context;
      const subGraph: SubGraph = context.viewer ? subGraphOfRole[context.viewer.role] : 'anonymous';
      await middlewares[subGraph](req, res, next);
    } catch (error) {
      next(error);
    }
  };

  return {
    handler: [express.json({ limit: '1mb' }), rejectNulCharacters, dispatch],
    stop: async () => {
      await Promise.all(Object.values(servers).map((s) => s.stop()));
    },
  };
}
