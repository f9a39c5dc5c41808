import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MyApplicationDocument, MyApplicationsDocument } from '../../gql/e-services-resident/graphql.ts';
import {
  MyRequestDocument,
  MyRequestEventsDocument,
  MyRequestsDocument,
} from '../../gql/resident/graphql.ts';
import { announceLiveEvent } from '../account/liveSignal.ts';
import { isolate } from '../../lib/bidi.ts';
import { useToast } from '../../ui/index.ts';

/**
 * Keeps the resident's requests and applications (and the open one) current while the resident watches,
 * with a toast for every step someone else took: both kinds arrive on the one `myRequestEvents` stream.
 */
export function useResidentLiveUpdates(): void {
  const { t } = useTranslation();
  const client = useApolloClient();
  const toast = useToast();
  useSubscription(MyRequestEventsDocument, {
    onData: ({ data }) => {
      const event = data.data?.myRequestEvents;
      if (!event) return;
      announceLiveEvent();
      const application = event.requestKind === 'E_SERVICE';
      void client.refetchQueries({
        include: application
          ? [MyApplicationsDocument, MyApplicationDocument]
          : [MyRequestsDocument, MyRequestDocument],
      });
      // The resident's own steps (filing, confirming, signing…): the page they are on already says so.
      if (event.actorRole === 'RESIDENT') return;
      const params = { number: isolate(event.requestNumber), event: t(`requestEvent.${event.type}`) };
      toast.show({
        message: application ? t('eServices.live.updated', params) : t('resident.live.updated', params),
      });
    },
  });
}
