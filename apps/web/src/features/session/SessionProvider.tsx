import { ApolloProvider, useQuery } from '@apollo/client/react';
import { isLocale } from '@citydesk/i18n';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createApollo, type ApolloBundle, type ApolloOptions } from '../../app/apollo.ts';
import { currentLocale, storeLocale } from '../../app/i18n.ts';
import { LogoutDocument, MeDocument } from '../../gql/session/graphql.ts';
import { describeError } from '../../lib/errors.ts';
import { ErrorState, LoadingState } from '../../ui/index.ts';
import { SessionContext, type Session, type Viewer } from './session-context.ts';

export interface SessionProviderProps {
  children: ReactNode;
  /** Tests inject a client factory (MockLink); the app uses the real HTTP + WebSocket client. */
  createBundle?: (options: ApolloOptions) => ApolloBundle;
}

/**
 * Owns the Apollo client of the current session and the signed-in viewer. Login and logout replace the client,
 * so its socket reconnects with the new session cookie and no cached data of one person leaks to the next.
 */
export function SessionProvider({ children, createBundle = createApollo }: SessionProviderProps) {
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  const onUnauthenticated = useRef<() => void>(() => {});

  const make = useCallback(
    () =>
      createBundle({
        getLocale: () => currentLocale(i18n),
        onUnauthenticated: () => onUnauthenticated.current(),
      }),
    [createBundle, i18n],
  );

  const [bundle, setBundle] = useState(make);
  const current = useRef(bundle);

  const replaceClient = useCallback(
    (me: Viewer | null) => {
      current.current.dispose();
      const next = make();
      // Seed the new cache so the app renders at once, without a loading flash.
      next.client.writeQuery({ query: MeDocument, data: { me } });
      current.current = next;
      setBundle(next);
      return next.client;
    },
    [make],
  );

  const signIn = useCallback((user: Viewer) => replaceClient(user), [replaceClient]);

  const signOut = useCallback(async () => {
    try {
      await current.current.client.mutate({ mutation: LogoutDocument });
    } catch {
      // Already signed out (expired session) or offline: the local session ends either way.
    }
    replaceClient(null);
    await navigate('/login', { replace: true });
  }, [navigate, replaceClient]);

  const reconnect = useCallback(() => current.current.reconnect(), []);

  useEffect(() => {
    onUnauthenticated.current = () => {
      // Only a session that existed can expire; a visitor's failed call is not a reason to start over.
      if (!current.current.client.readQuery({ query: MeDocument })?.me) return;
      replaceClient(null);
      void navigate('/login', { replace: true, state: { expired: true } });
    };
  }, [navigate, replaceClient]);

  return (
    <ApolloProvider client={bundle.client}>
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
}: Omit<Session, 'viewer'> & { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { data, error, refetch, loading } = useQuery(MeDocument);
  const viewer = data?.me ?? null;

  // A signed-in person's language is remembered on the server: apply it when they arrive.
  const viewerLocale = viewer?.locale;
  useEffect(() => {
    if (isLocale(viewerLocale) && viewerLocale !== currentLocale(i18n)) {
      void i18n.changeLanguage(viewerLocale);
      storeLocale(viewerLocale);
    }
  }, [viewer?.id, viewerLocale, i18n]);

  const session = useMemo<Session>(
    () => ({ viewer, signIn, signOut, reconnect }),
    [viewer, signIn, signOut, reconnect],
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
