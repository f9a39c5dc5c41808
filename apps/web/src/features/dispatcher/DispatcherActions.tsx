import { useMutation } from '@apollo/client/react';
import { dispatcherCancellationReasons } from '@citydesk/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CancelRequestDocument,
  QueueDocument,
  ReturnForReworkDocument,
  VerifyWorkDocument,
  type DispatcherRequestDetailFragment,
} from '../../gql/dispatcher/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { Button, useToast } from '../../ui/index.ts';
import { StepForm } from '../requests/StepForm.tsx';
import { AssignForm } from './AssignForm.tsx';
import '../requests/StepForm.css';

type Action = 'assign' | 'verify' | 'return' | 'cancel';

/** The steps viewerCan allows, one button each; the chosen one opens its form below. */
export function DispatcherActions({
  request,
  onStale,
}: {
  request: DispatcherRequestDetailFragment;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const can = request.viewerCan;
  const assignable = can.assign || can.reassign;
  const [open, setOpen] = useState<Action | null>(assignable && can.assign ? 'assign' : null);
  const refetchQueries = [QueueDocument];
  const [verify] = useMutation(VerifyWorkDocument, { refetchQueries });
  const [returnForRework] = useMutation(ReturnForReworkDocument, { refetchQueries });
  const [cancel] = useMutation(CancelRequestDocument, { refetchQueries });
  const number = isolate(request.number);
  const step = { requestId: request.id, version: request.version };
  const stale = () => {
    toast.show({ message: t('request.staleToast') });
    onStale();
  };

  const buttons: { action: Action; label: string; shown: boolean; testId: string }[] = [
    {
      action: 'assign',
      label: can.reassign ? t('dispatcher.assign.reassignTitle') : t('dispatcher.assign.title'),
      shown: assignable,
      testId: 'action-assign',
    },
    { action: 'verify', label: t('dispatcher.actions.verify'), shown: can.verify, testId: 'action-verify' },
    {
      action: 'return',
      label: t('dispatcher.actions.returnForRework'),
      shown: can.returnForRework,
      testId: 'action-return',
    },
    { action: 'cancel', label: t('dispatcher.actions.cancel'), shown: can.cancel, testId: 'action-cancel' },
  ];
  const shown = buttons.filter((b) => b.shown);
  if (shown.length === 0) {
    return (
      <p className="panel__note" data-testid="no-actions">
        {request.contractor
          ? t('dispatcher.assign.assignedTo', { contractor: isolate(request.contractor.name) })
          : t('request.noActions')}
      </p>
    );
  }

  return (
    <div className="dispatcher-actions" data-testid="dispatcher-actions">
      <div className="dispatcher-actions__buttons">
        {shown.map((b) => (
          <Button
            key={b.action}
            size="sm"
            variant={open === b.action ? 'primary' : 'secondary'}
            aria-expanded={open === b.action}
            data-testid={b.testId}
            onClick={() => setOpen(open === b.action ? null : b.action)}
          >
            {b.label}
          </Button>
        ))}
      </div>
      {open === 'assign' && assignable ? (
        <AssignForm request={request} onStale={stale} onDone={() => setOpen(null)} />
      ) : null}
      {open === 'verify' && can.verify ? (
        <StepForm
          data-testid="verify-form"
          intro={t('dispatcher.actions.verifyHint')}
          commentLabel={t('request.comment')}
          commentRequired={false}
          submitLabel={t('dispatcher.actions.verify')}
          onStale={stale}
          onSubmit={async ({ comment }) => {
            await verify({ variables: { input: { ...step, comment } } });
            setOpen(null);
            toast.show({ tone: 'success', message: t('dispatcher.actions.verified', { number }) });
          }}
        />
      ) : null}
      {open === 'return' && can.returnForRework ? (
        <StepForm
          data-testid="return-form"
          commentLabel={t('request.comment')}
          commentHint={t('dispatcher.actions.returnHint')}
          commentRequired
          submitLabel={t('dispatcher.actions.returnForRework')}
          onStale={stale}
          onSubmit={async ({ comment }) => {
            await returnForRework({ variables: { input: { ...step, comment } } });
            setOpen(null);
            toast.show({ tone: 'success', message: t('dispatcher.actions.returned', { number }) });
          }}
        />
      ) : null}
      {open === 'cancel' && can.cancel ? (
        <StepForm
          data-testid="dispatcher-cancel-form"
          reasons={{
            codes: dispatcherCancellationReasons,
            legend: t('dispatcher.actions.cancelReason'),
            as: 'select',
          }}
          commentLabel={t('request.comment')}
          commentHint={t('dispatcher.actions.cancelHint')}
          commentRequired
          submitLabel={t('dispatcher.actions.cancel')}
          submitVariant="danger"
          onStale={stale}
          onSubmit={async ({ reasonCode, comment }) => {
            await cancel({ variables: { input: { ...step, reasonCode, comment } } });
            setOpen(null);
            toast.show({ tone: 'success', message: t('dispatcher.actions.cancelled', { number }) });
          }}
        />
      ) : null}
    </div>
  );
}
