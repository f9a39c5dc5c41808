import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RetryNotificationDocument } from '../../gql/administrator/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { describeError } from '../../lib/errors.ts';
import { Button, useToast } from '../../ui/index.ts';

/** Puts a message that ran out of tries back into the outbox; its row updates from the answer. */
export function RetryNotificationButton({ message }: { message: { id: string; to: string } }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [retry, { loading }] = useMutation(RetryNotificationDocument);
  const onClick = async () => {
    try {
      await retry({ variables: { id: message.id } });
      toast.show({ tone: 'success', message: t('admin.outbox.retried') });
    } catch (caught) {
      toast.show({ tone: 'danger', message: describeError(caught, t).message });
    }
  };
  return (
    <Button
      variant="secondary"
      size="sm"
      loading={loading}
      aria-label={t('admin.outbox.retryLabel', { to: isolate(message.to) })}
      onClick={() => void onClick()}
    >
      {t('admin.outbox.retry')}
    </Button>
  );
}
