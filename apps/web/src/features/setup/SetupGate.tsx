import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { SetupRequiredDocument } from '../../gql/session/graphql.ts';

/**
 * Sends every visitor of an installation without a city to the setup page. While the answer is on its way
 * (or if the question fails) the app renders as usual: an installation with a city never waits for it.
 */
export function SetupGate({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data } = useQuery(SetupRequiredDocument);
  if (data?.setupRequired && location.pathname !== '/setup') return <Navigate to="/setup" replace />;
  return children;
}
