import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import {
  ApplicationQueueDocument,
  ApplicationTasksDocument,
  DeskApplicationDocument,
  IntakeApplicationsDocument,
  MyFieldTasksDocument,
} from '../../../gql/e-services-desk/graphql.ts';
import { onLiveEvent } from '../../account/liveSignal.ts';

/**
 * Application steps arrive on the dispatcher's one queue subscription (DispatcherShell); each event refreshes
 * whatever of the e-service desk is on screen. No second socket.
 */
export function useDeskLiveUpdates(): void {
  const client = useApolloClient();
  useEffect(
    () =>
      onLiveEvent(() => {
        void client.refetchQueries({
          include: [
            ApplicationQueueDocument,
            DeskApplicationDocument,
            ApplicationTasksDocument,
            MyFieldTasksDocument,
            IntakeApplicationsDocument,
          ],
        });
      }),
    [client],
  );
}
