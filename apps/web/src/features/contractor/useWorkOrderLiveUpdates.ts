import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ContractorRequestDocument,
  WorkOrderEventsDocument,
  WorkOrdersDocument,
} from '../../gql/contractor/graphql.ts';
import { announceLiveEvent } from '../account/liveSignal.ts';
import { isolate } from '../../lib/bidi.ts';
import { useToast } from '../../ui/index.ts';

/** Every step on the organization's work orders refreshes the board and the open work order. */
export function useWorkOrderLiveUpdates(): void {
  const { t } = useTranslation();
  const client = useApolloClient();
  const toast = useToast();
  const announced = useRef(new Set<string>());
  useSubscription(WorkOrderEventsDocument, {
    onData: ({ data }) => {
      const event = data.data?.workOrderEvents;
      if (!event) return;
      announceLiveEvent();
      void client.refetchQueries({ include: [WorkOrdersDocument, ContractorRequestDocument] });
      // A dispatcher's assignment issues a work order: announce it once.
      if (event.type === 'ASSIGNED' && !announced.current.has(event.id)) {
        announced.current.add(event.id);
        toast.show({ message: t('contractor.live.newWorkOrder', { number: isolate(event.requestNumber) }) });
      } else if (event.type === 'VERIFIED' || event.type === 'RETURNED' || event.type === 'CANCELLED') {
        toast.show({
          message: t('contractor.live.updated', {
            number: isolate(event.requestNumber),
            event: t(`requestEvent.${event.type}`),
          }),
        });
      }
    },
  });
}
