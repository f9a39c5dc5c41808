// Apollo Client for one session: HTTP for queries and mutations, graphql-ws for subscriptions.
// The session cookie is httpOnly, so the socket carries the session it was opened with: after login or logout
// the app builds a new client (ApolloSessionProvider) instead of reusing this one.
import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
  ServerError,
  ServerParseError,
} from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { RetryLink } from '@apollo/client/link/retry';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import type { Locale } from '@citydesk/i18n';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { carriesIdempotencyKey } from '../lib/idempotency.ts';

/** Header the API reads to translate error messages (and localised names) for this request. */
export const LOCALE_HEADER = 'x-citydesk-locale';

export interface ApolloBundle {
  client: ApolloClient;
  /** Stops the client and closes the socket. */
  dispose(): void;
  /** Re-opens the socket so it carries fresh connection params (the new locale); subscriptions resume. */
  reconnect(): void;
}

export interface ApolloOptions {
  getLocale: () => Locale;
  /** Called when the API says the session is gone (expired, revoked). */
  onUnauthenticated?: () => void;
}

export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Singletons without an id: replace them whole on refetch.
      CityOverview: { keyFields: [] },
    },
  });
}

/**
 * Whether an operation may be sent again after `error`: a query (it changes nothing), or a mutation that
 * carries an Idempotency-Key (the API then creates nothing twice), and only when the answer never came
 * (the connection dropped) or the server was briefly unavailable (503 while it sheds load). A refusal the
 * API gave is final.
 */
export function retriesSafely(
  error: unknown,
  context: Readonly<Record<string, unknown>>,
  kind: 'query' | 'mutation' | 'subscription' = 'mutation',
): boolean {
  if (kind !== 'query' && !carriesIdempotencyKey(context)) return false;
  if (ServerError.is(error)) return [502, 503, 504].includes(error.statusCode);
  if (CombinedGraphQLErrors.is(error) || ServerParseError.is(error)) return false;
  // Cancelled by the app (the page left): nobody waits for it any more.
  return (error as { name?: unknown } | null)?.name !== 'AbortError';
}

export function createApollo({ getLocale, onUnauthenticated }: ApolloOptions): ApolloBundle {
  const localeLink = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, [LOCALE_HEADER]: getLocale() },
    }));
    return forward(operation);
  });

  const errorLink = new ErrorLink(({ error }) => {
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')
    ) {
      onUnauthenticated?.();
    }
  });

  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  // A query, or a submission whose answer was lost on a bad network (sent again with the same key), is
  // retried twice at most.
  const retryLink = new RetryLink({
    delay: { initial: 500, max: 4_000, jitter: true },
    attempts: {
      max: 3,
      retryIf: (error, operation) => {
        const definition = getMainDefinition(operation.query);
        const kind = definition.kind === 'OperationDefinition' ? definition.operation : 'mutation';
        return retriesSafely(error, operation.getContext(), kind);
      },
    },
  });

  const ws: WsClient = createClient({
    url: graphqlWsUrl(),
    lazy: true,
    connectionParams: () => ({ locale: getLocale() }),
    retryAttempts: Number.POSITIVE_INFINITY,
    // Reconnect after network blips and server restarts, backing off up to ~10 s.
    shouldRetry: () => true,
    retryWait: async (retries) => {
      const delay = Math.min(10_000, 500 * 2 ** retries) * (0.75 + Math.random() / 2);
      await new Promise((resolve) => setTimeout(resolve, delay));
    },
  });

  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new GraphQLWsLink(ws),
    ApolloLink.from([errorLink, localeLink, retryLink, httpLink]),
  );

  const client = new ApolloClient({ link, cache: createCache() });

  return {
    client,
    dispose() {
      client.stop();
      void ws.dispose();
    },
    reconnect() {
      // terminate() closes with 4499, which graphql-ws retries: the new socket sends the new connectionParams.
      ws.terminate();
    },
  };
}
