import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  MyRequestDocument,
  MyRequestEventsDocument,
  MyRequestsDocument,
} from '../../gql/resident/graphql.ts';
import { announceLiveEvent } from '../account/liveSignal.ts';
import { isolate } from '../../lib/bidi.ts';
import { useToast } from '../../ui/index.ts';

/** Keeps the list and the open request current while the resident watches, with a toast per step. */
export function useResidentLiveUpdates(): void {
  const { t } = useTranslation();
  const client = useApolloClient();
  const toast = useToast();
  useSubscription(MyRequestEventsDocument, {
    onData: ({ data }) => {
      const event = data.data?.myRequestEvents;
      if (!event) return;
      announceLiveEvent();
      void client.refetchQueries({ include: [MyRequestsDocument, MyRequestDocument] });
      // The resident just filed it themselves: the new page already says so.
      if (event.type === 'FILED') return;
      toast.show({
        message: t('resident.live.updated', {
          number: isolate(event.requestNumber),
          event: t(`requestEvent.${event.type}`),
        }),
      });
    },
  });
}
