import type { ApolloClient } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { isLocale } from '@citydesk/i18n';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createApollo, type ApolloBundle, type ApolloOptions } from '../../app/apollo.ts';
import { currentLocale, storeLocale } from '../../app/i18n.ts';
import { useI18nInstance } from '../../app/useI18nInstance.ts';
import { CityClockDocument, LogoutDocument, MeDocument } from '../../gql/session/graphql.ts';
import { describeError } from '../../lib/errors.ts';
import { ErrorState, LoadingState } from '../../ui/index.ts';
import { SessionContext, type Session, type Viewer } from './session-context.ts';

export interface SessionProviderProps {
  children: ReactNode;
  /** Tests inject a client factory (MockLink); the app uses the real HTTP + WebSocket client. */
  createBundle?: (options: ApolloOptions) => ApolloBundle;
}

/** Holds the current session's Apollo bundle and builds the next one; lives outside React's render. */
class SessionClients {
  private onUnauthenticated: () => void = () => {};
  private bundle: ApolloBundle;

  constructor(
    private readonly createBundle: (options: ApolloOptions) => ApolloBundle,
    private readonly getLocale: ApolloOptions['getLocale'],
  ) {
    this.bundle = this.make();
  }

  get client(): ApolloClient {
    return this.bundle.client;
  }

  private make(): ApolloBundle {
    return this.createBundle({
      getLocale: this.getLocale,
      onUnauthenticated: () => this.onUnauthenticated(),
    });
  }

  setUnauthenticatedHandler(handler: () => void): void {
    this.onUnauthenticated = handler;
  }

  /** Disposes the current client (closing its socket) and starts a new one whose cache already knows `me`. */
  replace(me: Viewer | null): ApolloClient {
    this.bundle.dispose();
    this.bundle = this.make();
    this.bundle.client.writeQuery({ query: MeDocument, data: { me } });
    return this.bundle.client;
  }

  isSignedIn(): boolean {
    return Boolean(this.bundle.client.readQuery({ query: MeDocument })?.me);
  }

  /** Ends the session on the server; failures (already expired, offline) do not matter here. */
  async logout(): Promise<void> {
    try {
      await this.bundle.client.mutate({ mutation: LogoutDocument });
    } catch {
      // The local session ends either way.
    }
  }

  reconnect(): void {
    this.bundle.reconnect();
  }
}

/**
 * Owns the Apollo client of the current session and the signed-in viewer. Login and logout replace the client,
 * so its socket reconnects with the new session cookie and no cached data of one person leaks to the next.
 */
export function SessionProvider({ children, createBundle = createApollo }: SessionProviderProps) {
  const i18n = useI18nInstance();
  const navigate = useNavigate();
  const [clients] = useState(() => new SessionClients(createBundle, () => currentLocale(i18n)));
  const [client, setClient] = useState(() => clients.client);

  const replaceClient = useCallback(
    (me: Viewer | null) => {
      const next = clients.replace(me);
      setClient(next);
      return next;
    },
    [clients],
  );

  const signIn = useCallback((user: Viewer) => replaceClient(user), [replaceClient]);

  const signOut = useCallback(async () => {
    await clients.logout();
    replaceClient(null);
    await navigate('/login', { replace: true });
  }, [clients, navigate, replaceClient]);

  const reconnect = useCallback(() => clients.reconnect(), [clients]);

  useEffect(() => {
    clients.setUnauthenticatedHandler(() => {
      // Only a session that existed can expire; a visitor's failed call is not a reason to start over.
      if (!clients.isSignedIn()) return;
      replaceClient(null);
      void navigate('/login', { replace: true, state: { expired: true } });
    });
  }, [clients, navigate, replaceClient]);

  return (
    <ApolloProvider client={client}>
      <ViewerLoader signIn={signIn} signOut={signOut} reconnect={reconnect}>
        {children}
      </ViewerLoader>
    </ApolloProvider>
  );
}

function ViewerLoader({
  children,
  signIn,
  signOut,
  reconnect,
}: Omit<Session, 'viewer' | 'timeZone'> & { children: ReactNode }) {
  const { t } = useTranslation();
  const i18n = useI18nInstance();
  const { data, error, refetch, loading } = useQuery(MeDocument);
  const viewer = data?.me ?? null;
  const timeZone = useQuery(CityClockDocument).data?.city.timeZone ?? null;

  // A signed-in person's language is remembered on the server: apply it when they arrive.
  const viewerLocale = viewer?.locale;
  useEffect(() => {
    if (isLocale(viewerLocale) && viewerLocale !== currentLocale(i18n)) {
      void i18n.changeLanguage(viewerLocale);
      storeLocale(viewerLocale);
    }
  }, [viewer?.id, viewerLocale, i18n]);

  const session = useMemo<Session>(
    () => ({ viewer, timeZone, signIn, signOut, reconnect }),
    [viewer, timeZone, signIn, signOut, reconnect],
  );

  if (!data && loading) {
    return (
      <main className="app-loading">
        <LoadingState />
      </main>
    );
  }
  if (!data && error) {
    return (
      <main className="app-loading">
        <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
      </main>
    );
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
