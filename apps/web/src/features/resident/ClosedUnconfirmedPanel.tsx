import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReopenRequestDocument, type ResidentRequestDetailFragment } from '../../gql/resident/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { useFormat } from '../../lib/format.ts';
import { Button, Card, IconRefresh, useToast } from '../../ui/index.ts';
import { WhatIsWrongForm } from './WhatIsWrongForm.tsx';

/**
 * A request the platform closed because the resident did not answer in time: said so, and — while the server's
 * viewerCan allows it — the resident may reopen it until the deadline it gives.
 */
export function ClosedUnconfirmedPanel({
  request,
  onStale,
}: {
  request: ResidentRequestDetailFragment;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [reopenRequest] = useMutation(ReopenRequestDocument);
  const { reopen, reopenUntil } = request.viewerCan;
  const stale = () => {
    toast.show({ message: t('request.staleToast') });
    onStale();
  };

  return (
    <Card title={t('autoClose.title')} data-testid="closed-unconfirmed">
      <p className="resident-actions__text">{t('autoClose.text')}</p>
      {reopen && reopenUntil ? (
        <>
          <p className="resident-actions__text" data-testid="reopen-until">
            {t('autoClose.until', { date: format.dateTime(reopenUntil) })}
          </p>
          <div className="resident-actions__buttons">
            <Button
              variant="secondary"
              icon={<IconRefresh size={18} />}
              data-testid="reopen-request"
              aria-expanded={open}
              onClick={() => setOpen(!open)}
            >
              {t('autoClose.reopen')}
            </Button>
          </div>
          {open ? (
            <WhatIsWrongForm
              testId="reopen-form"
              legend={t('autoClose.reopenTitle')}
              submitLabel={t('autoClose.reopenSubmit')}
              onCancel={() => setOpen(false)}
              onStale={stale}
              onSubmit={async ({ reasonCode, comment }) => {
                await reopenRequest({
                  variables: {
                    input: { requestId: request.id, version: request.version, reasonCode, comment },
                  },
                });
                setOpen(false);
                toast.show({
                  tone: 'success',
                  message: t('autoClose.reopened', { number: isolate(request.number) }),
                });
              }}
            />
          ) : null}
        </>
      ) : (
        <p className="resident-actions__text" data-testid="reopen-final">
          {t('autoClose.final')}
        </p>
      )}
    </Card>
  );
}
