// Apollo Client for one session: HTTP for queries and mutations, graphql-ws for subscriptions.
// The session cookie is httpOnly, so the socket carries the session it was opened with: after login or logout
// the app builds a new client (ApolloSessionProvider) instead of reusing this one.
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import type { Locale } from '@citydesk/i18n';
import { createClient, type Client as WsClient } from 'graphql-ws';

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
    ApolloLink.from([errorLink, localeLink, httpLink]),
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
