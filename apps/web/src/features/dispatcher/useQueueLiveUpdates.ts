import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DispatcherRequestDocument,
  QueueDocument,
  QueueEventsDocument,
} from '../../gql/dispatcher/graphql.ts';
import { announceLiveEvent } from '../account/liveSignal.ts';
import { isolate } from '../../lib/bidi.ts';
import { useToast } from '../../ui/index.ts';

/** New requests appear in the queue as they are filed, with one toast per new request. */
export function useQueueLiveUpdates(): void {
  const { t } = useTranslation();
  const client = useApolloClient();
  const toast = useToast();
  const announced = useRef(new Set<string>());
  useSubscription(QueueEventsDocument, {
    onData: ({ data }) => {
      const event = data.data?.queueEvents;
      if (!event) return;
      announceLiveEvent();
      void client.refetchQueries({ include: [QueueDocument, DispatcherRequestDocument] });
      // Filing and routing arrive as two events of one new request: announce it once.
      if ((event.type === 'FILED' || event.type === 'ROUTED') && !announced.current.has(event.requestId)) {
        announced.current.add(event.requestId);
        toast.show({ message: t('dispatcher.live.newRequest', { number: isolate(event.requestNumber) }) });
      }
    },
  });
}
