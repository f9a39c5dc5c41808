import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CancelMyRequestDocument,
  ConfirmWorkDocument,
  RejectWorkDocument,
  type ResidentRequestDetailFragment,
} from '../../gql/resident/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { Button, Card, Dialog, IconCheck, IconX, useToast } from '../../ui/index.ts';
import { StepForm } from '../requests/StepForm.tsx';
import { ClosedUnconfirmedPanel } from './ClosedUnconfirmedPanel.tsx';
import { RatingPanel } from './RatingPanel.tsx';
import { WhatIsWrongForm } from './WhatIsWrongForm.tsx';
import './ResidentActions.css';

export interface ResidentActionsProps {
  request: ResidentRequestDetailFragment;
  onStale: () => void;
}

/**
 * What the resident may do now, exactly as the server's viewerCan says: cancel, confirm or reject, rate, or reopen
 * a request closed without their confirmation.
 */
export function ResidentActions({ request, onStale }: ResidentActionsProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [open, setOpen] = useState<'cancel' | 'confirm' | 'reject' | null>(null);
  const [cancelRequest] = useMutation(CancelMyRequestDocument);
  const [confirmWork] = useMutation(ConfirmWorkDocument);
  const [rejectWork] = useMutation(RejectWorkDocument);
  const number = isolate(request.number);
  const { viewerCan } = request;
  const step = { requestId: request.id, version: request.version };
  const stale = () => {
    toast.show({ message: t('request.staleToast') });
    onStale();
  };
  const decision = viewerCan.confirm || viewerCan.reject;
  const rating = request.status === 'CLOSED';
  const unconfirmed = request.status === 'CLOSED_UNCONFIRMED';

  if (!decision && !viewerCan.cancel && !rating && !unconfirmed) return null;

  return (
    <div className="resident-actions" data-testid="resident-actions">
      {decision ? (
        <Card title={t('resident.detail.decisionTitle')} data-testid="work-decision">
          <p className="resident-actions__text">{t('resident.detail.decisionText')}</p>
          <div className="resident-actions__buttons">
            {viewerCan.confirm ? (
              <Button
                icon={<IconCheck size={18} />}
                data-testid="confirm-work"
                onClick={() => setOpen('confirm')}
              >
                {t('resident.detail.confirm')}
              </Button>
            ) : null}
            {viewerCan.reject ? (
              <Button
                variant="secondary"
                icon={<IconX size={18} />}
                data-testid="reject-work"
                aria-expanded={open === 'reject'}
                onClick={() => setOpen(open === 'reject' ? null : 'reject')}
              >
                {t('resident.detail.reject')}
              </Button>
            ) : null}
          </div>
          {open === 'reject' && viewerCan.reject ? (
            <WhatIsWrongForm
              testId="reject-form"
              legend={t('resident.detail.rejectTitle')}
              submitLabel={t('resident.detail.rejectSubmit')}
              onCancel={() => setOpen(null)}
              onStale={stale}
              onSubmit={async ({ reasonCode, comment }) => {
                await rejectWork({ variables: { input: { ...step, reasonCode, comment } } });
                setOpen(null);
                toast.show({ tone: 'success', message: t('resident.detail.rejected', { number }) });
              }}
            />
          ) : null}
        </Card>
      ) : null}

      {unconfirmed ? <ClosedUnconfirmedPanel request={request} onStale={onStale} /> : null}

      {rating ? <RatingPanel request={request} /> : null}

      {viewerCan.cancel ? (
        <div className="resident-actions__cancel">
          <Button variant="secondary" data-testid="cancel-request" onClick={() => setOpen('cancel')}>
            {t('resident.detail.cancel')}
          </Button>
        </div>
      ) : null}

      {open === 'cancel' ? (
        <Dialog
          title={t('resident.detail.cancelTitle', { number })}
          onClose={() => setOpen(null)}
          data-testid="cancel-dialog"
        >
          <StepForm
            data-testid="cancel-form"
            intro={t('resident.detail.cancelText')}
            commentLabel={t('request.comment')}
            commentRequired={false}
            submitLabel={t('resident.detail.cancelConfirm')}
            submitVariant="danger"
            onCancel={() => setOpen(null)}
            onStale={stale}
            onSubmit={async ({ comment }) => {
              await cancelRequest({ variables: { input: { ...step, comment } } });
              setOpen(null);
              toast.show({ tone: 'success', message: t('resident.detail.cancelled', { number }) });
            }}
          />
        </Dialog>
      ) : null}

      {open === 'confirm' ? (
        <Dialog
          title={t('resident.detail.confirmTitle', { number })}
          onClose={() => setOpen(null)}
          data-testid="confirm-dialog"
        >
          <StepForm
            data-testid="confirm-form"
            intro={t('resident.detail.confirmText')}
            commentLabel={t('request.comment')}
            commentRequired={false}
            submitLabel={t('resident.detail.confirm')}
            onCancel={() => setOpen(null)}
            onStale={stale}
            onSubmit={async ({ comment }) => {
              await confirmWork({ variables: { input: { ...step, comment } } });
              setOpen(null);
              toast.show({ tone: 'success', message: t('resident.detail.confirmed', { number }) });
            }}
          />
        </Dialog>
      ) : null}
    </div>
  );
}
