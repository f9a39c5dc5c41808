import type { ApolloClient } from '@apollo/client';
import { createContext, useContext } from 'react';
import type { ViewerFieldsFragment } from '../../gql/session/graphql.ts';

export type Viewer = ViewerFieldsFragment;

export interface Session {
  /** The signed-in person, or null for a visitor. */
  viewer: Viewer | null;
  /** The city's IANA time zone (dates are shown in it); null until known, then the browser's is used. */
  timeZone: string | null;
  /** After a successful login: starts a fresh client (new socket, new cookie) that already knows the viewer. */
  signIn(user: Viewer): ApolloClient;
  /** Ends the session on the server and starts over as a visitor. */
  signOut(): Promise<void>;
  /** Re-opens the subscription socket (after a language change). */
  reconnect(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** The signed-in viewer; only for components rendered behind the sign-in gate. */
export function useViewer(): Viewer {
  const { viewer } = useSession();
  if (!viewer) throw new Error('useViewer needs a signed-in viewer');
  return viewer;
}
