import { useApolloClient, useSubscription } from '@apollo/client/react';
import {
  ApplicationEventsDocument,
  MyApplicationDocument,
  MyApplicationsDocument,
} from '../../../gql/e-services-resident/graphql.ts';

/**
 * Keeps "My applications" and the open application current: application steps arrive on the same
 * `myRequestEvents` stream as repair requests (the request hook shows the toast; this one refetches).
 */
export function useApplicationLiveUpdates(): void {
  const client = useApolloClient();
  useSubscription(ApplicationEventsDocument, {
    onData: ({ data }) => {
      if (!data.data?.myRequestEvents) return;
      void client.refetchQueries({ include: [MyApplicationsDocument, MyApplicationDocument] });
    },
  });
}
