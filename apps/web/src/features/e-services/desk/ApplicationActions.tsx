import { useMutation } from '@apollo/client/react';
import type { ServiceSpec } from '@citydesk/domain';
import { formatMoney } from '@citydesk/i18n';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  ApplicationQueueDocument,
  DeskApproveDocument,
  DeskInvalidateDocument,
  DeskOrderSealingDocument,
  DeskRefuseDocument,
  DeskRemoveFromListDocument,
  DeskRequestPaymentDocument,
  DeskStartReviewDocument,
  IntakeApplicationsDocument,
  NotaryStartPaymentDocument,
  type DeskApplicationDetailFragment,
} from '../../../gql/e-services-desk/graphql.ts';
import { isolate } from '../../../lib/bidi.ts';
import { useFormat } from '../../../lib/format.ts';
import { useSubmissionKey } from '../../../lib/idempotency.ts';
import { Button, Dialog, FormAlert, Select, TextArea, TextField, useToast } from '../../../ui/index.ts';
import { localized } from '../form/localized.ts';
import { minorDigits, toMajorInput, toMinorUnits } from './spec.ts';
import { useDeskFailure } from './useDeskFailure.ts';
import '../../requests/StepForm.css';

export type DeskAction = 'payment' | 'approve' | 'refuse' | 'invalidate' | 'remove';

/** What the account panel hands to "Request payment": the debt and the account it settles. */
export interface PaymentPreset {
  amount: number;
  accountId: string;
}

export interface ApplicationActionsProps {
  application: DeskApplicationDetailFragment;
  spec: ServiceSpec | null;
  open: DeskAction | null;
  preset: PaymentPreset | null;
  onOpenChange: (action: DeskAction | null) => void;
  onStale: () => void;
}

const COMMENT_MAX = 2000;

/** The steps `viewerCan` allows, one button each; steps that need details open their form below. */
export function ApplicationActions({
  application,
  spec,
  open,
  preset,
  onOpenChange,
  onStale,
}: ApplicationActionsProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const can = application.viewerCan;
  const number = isolate(application.number);
  const refetchQueries = [ApplicationQueueDocument, IntakeApplicationsDocument];
  const [startReview, startingReview] = useMutation(DeskStartReviewDocument, { refetchQueries });
  const [orderSealing, ordering] = useMutation(DeskOrderSealingDocument, { refetchQueries });
  const [approve, approving] = useMutation(DeskApproveDocument, { refetchQueries });
  const [startPayment, paying] = useMutation(NotaryStartPaymentDocument);
  const paymentSubmission = useSubmissionKey();
  const { failure, run } = useDeskFailure(onStale);
  const decide = { applicationId: application.id, version: application.version };

  const buttons: { action: DeskAction | 'review' | 'sealing' | 'pay'; label: string; shown: boolean }[] = [
    { action: 'review', label: t('eServiceDesk.actions.startReview'), shown: can.startReview },
    { action: 'payment', label: t('eServiceDesk.actions.requestPayment'), shown: can.requestPayment },
    { action: 'approve', label: t('eServiceDesk.actions.approve'), shown: can.approve },
    { action: 'refuse', label: t('eServiceDesk.actions.refuse'), shown: can.refuse },
    { action: 'invalidate', label: t('eServiceDesk.actions.invalidate'), shown: can.invalidate },
    { action: 'sealing', label: t('eServiceDesk.actions.orderSealing'), shown: can.orderSealing },
    { action: 'remove', label: t('eServiceDesk.actions.removeFromList'), shown: can.removeFromList },
    { action: 'pay', label: t('eServiceDesk.actions.pay'), shown: can.pay },
  ];
  const shown = buttons.filter((b) => b.shown);
  if (shown.length === 0) {
    return (
      <p className="panel__note" data-testid="no-application-actions">
        {t('eServiceDesk.actions.none')}
      </p>
    );
  }

  const busy: Partial<Record<string, boolean>> = {
    review: startingReview.loading,
    sealing: ordering.loading,
    pay: paying.loading,
  };
  const press = async (action: (typeof buttons)[number]['action']) => {
    if (action === 'review') {
      const ok = await run(() => startReview({ variables: { input: decide } }));
      if (ok) toast.show({ tone: 'success', message: t('eServiceDesk.actions.reviewStarted', { number }) });
    } else if (action === 'sealing') {
      const ok = await run(() => orderSealing({ variables: { applicationId: application.id } }));
      if (ok) toast.show({ tone: 'success', message: t('eServiceDesk.actions.sealingOrdered', { number }) });
    } else if (action === 'pay') {
      await run(async () => {
        const variables = { applicationId: application.id };
        const result = await startPayment({ variables, context: paymentSubmission.context(variables) });
        const url = result.data?.startPayment.checkoutUrl;
        if (url) {
          paymentSubmission.succeeded();
          window.location.assign(url);
        }
      });
    } else {
      onOpenChange(open === action ? null : action);
    }
  };

  return (
    <div className="dispatcher-actions" data-testid="application-actions">
      {failure ? <FormAlert>{failure}</FormAlert> : null}
      <div className="dispatcher-actions__buttons">
        {shown.map((b) => {
          const opens = b.action !== 'review' && b.action !== 'sealing' && b.action !== 'pay';
          return (
            <Button
              key={b.action}
              size="sm"
              variant={open === b.action || b.action === 'pay' ? 'primary' : 'secondary'}
              aria-expanded={opens ? open === b.action : undefined}
              loading={busy[b.action] ?? false}
              data-testid={`application-action-${b.action}`}
              onClick={() => void press(b.action)}
            >
              {b.label}
            </Button>
          );
        })}
      </div>
      {open === 'payment' && can.requestPayment ? (
        <PaymentForm
          key={preset ? `${preset.accountId}:${preset.amount}` : 'fee'}
          application={application}
          preset={preset}
          onStale={onStale}
          onDone={() => onOpenChange(null)}
        />
      ) : null}
      {open === 'refuse' && can.refuse ? (
        <RefuseForm
          application={application}
          spec={spec}
          onStale={onStale}
          onDone={() => onOpenChange(null)}
        />
      ) : null}
      {open === 'invalidate' && can.invalidate ? (
        <CommentStepForm
          kind="invalidate"
          application={application}
          onStale={onStale}
          onDone={() => onOpenChange(null)}
        />
      ) : null}
      {open === 'remove' && can.removeFromList ? (
        <CommentStepForm
          kind="remove"
          application={application}
          onStale={onStale}
          onDone={() => onOpenChange(null)}
        />
      ) : null}
      {open === 'approve' && can.approve ? (
        <Dialog
          title={t('eServiceDesk.actions.approveTitle', { number })}
          onClose={() => onOpenChange(null)}
          data-testid="approve-dialog"
        >
          <p>{t('eServiceDesk.actions.approveText', { service: application.serviceName })}</p>
          <div className="desk-dialog__buttons">
            <Button
              loading={approving.loading}
              data-testid="approve-confirm"
              onClick={() =>
                void run(() => approve({ variables: { input: decide } })).then((ok) => {
                  onOpenChange(null);
                  if (ok)
                    toast.show({ tone: 'success', message: t('eServiceDesk.actions.approved', { number }) });
                })
              }
            >
              {t('eServiceDesk.actions.approveConfirm')}
            </Button>
            <Button variant="secondary" onClick={() => onOpenChange(null)}>
              {t('common.cancel')}
            </Button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}

interface FormProps {
  application: DeskApplicationDetailFragment;
  onStale: () => void;
  onDone: () => void;
}

/** "Request payment": an assessed fee typed in major units, or the debt the account panel found. */
function PaymentForm({ application, preset, onStale, onDone }: FormProps & { preset: PaymentPreset | null }) {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const currency = application.currency;
  const [requestPayment] = useMutation(DeskRequestPaymentDocument, {
    refetchQueries: [ApplicationQueueDocument],
  });
  const { failure, run } = useDeskFailure(onStale);
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<{ amount: string; comment: string }>({
    defaultValues: { amount: preset ? toMajorInput(preset.amount, currency) : '', comment: '' },
  });
  // Opened from the account panel further down: bring the prefilled amount into view.
  useEffect(() => {
    if (preset) setFocus('amount', { shouldSelect: false });
  }, [preset, setFocus]);
  const submit = handleSubmit(async (values) => {
    const amount = toMinorUnits(values.amount, currency);
    if (amount === null) return;
    const comment = values.comment.trim() || null;
    const ok = await run(() =>
      requestPayment({
        variables: {
          input: {
            applicationId: application.id,
            version: application.version,
            amount,
            comment,
            ...(preset ? { accountId: preset.accountId } : {}),
          },
        },
      }),
    );
    if (ok) {
      onDone();
      toast.show({
        tone: 'success',
        message: t('eServiceDesk.actions.paymentRequested', {
          number: isolate(application.number),
          amount: formatMoney(amount, currency, format.locale),
        }),
      });
    }
  });
  const amountError =
    errors.amount?.type === 'required'
      ? t('validation.required')
      : errors.amount
        ? t('eServiceDesk.actions.amountInvalid')
        : undefined;
  return (
    <form className="step-form" data-testid="payment-form" noValidate onSubmit={(e) => void submit(e)}>
      {failure ? <FormAlert>{failure}</FormAlert> : null}
      <p className="step-form__intro">
        {preset ? t('eServiceDesk.actions.paymentDebtIntro') : t('eServiceDesk.actions.paymentIntro')}
      </p>
      <TextField
        label={t('eServiceDesk.actions.amount', { currency })}
        hint={t('eServiceDesk.actions.amountHint', {
          example: formatMoney(123450 * (minorDigits(currency) === 0 ? 1000 : 1), currency, format.locale),
        })}
        inputMode="decimal"
        autoComplete="off"
        error={amountError}
        data-testid="payment-amount"
        {...register('amount', {
          required: true,
          validate: (value) => toMinorUnits(value, currency) !== null,
        })}
      />
      <TextArea
        label={t('eServiceDesk.actions.comment')}
        optional
        rows={2}
        {...register('comment', { maxLength: COMMENT_MAX })}
      />
      <div>
        <Button type="submit" loading={isSubmitting} data-testid="payment-submit">
          {t('eServiceDesk.actions.requestPaymentSubmit')}
        </Button>
      </div>
    </form>
  );
}

/** "Refuse": one of the service's legal grounds (required) and an optional note to the applicant. */
function RefuseForm({ application, spec, onStale, onDone }: FormProps & { spec: ServiceSpec | null }) {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const [refuse] = useMutation(DeskRefuseDocument, { refetchQueries: [ApplicationQueueDocument] });
  const { failure, run } = useDeskFailure(onStale);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<{ groundCode: string; comment: string }>({ defaultValues: { groundCode: '', comment: '' } });
  const grounds = spec?.refusalGrounds ?? [];
  const submit = handleSubmit(async (values) => {
    const ok = await run(() =>
      refuse({
        variables: {
          input: {
            applicationId: application.id,
            version: application.version,
            groundCode: values.groundCode,
            comment: values.comment.trim() || null,
          },
        },
      }),
    );
    if (ok) {
      onDone();
      toast.show({
        tone: 'success',
        message: t('eServiceDesk.actions.refused', { number: isolate(application.number) }),
      });
    }
  });
  return (
    <form className="step-form" data-testid="refuse-form" noValidate onSubmit={(e) => void submit(e)}>
      {failure ? <FormAlert>{failure}</FormAlert> : null}
      <Select
        label={t('eServiceDesk.actions.ground')}
        error={errors.groundCode ? t('validation.required') : undefined}
        data-testid="refuse-ground"
        {...register('groundCode', { required: true })}
      >
        <option value="">{t('eServiceDesk.actions.groundPlaceholder')}</option>
        {grounds.map((g) => (
          <option key={g.code} value={g.code}>
            {localized(g.label, format.locale)}
          </option>
        ))}
      </Select>
      <TextArea
        label={t('eServiceDesk.actions.comment')}
        hint={t('eServiceDesk.actions.refuseHint')}
        optional
        rows={3}
        {...register('comment', { maxLength: COMMENT_MAX })}
      />
      <div>
        <Button type="submit" variant="danger" loading={isSubmitting} data-testid="refuse-submit">
          {t('eServiceDesk.actions.refuseSubmit')}
        </Button>
      </div>
    </form>
  );
}

/** "Invalidate" (what is wrong, required) and "Remove from the waiting list" (why, required). */
function CommentStepForm({
  kind,
  application,
  onStale,
  onDone,
}: FormProps & { kind: 'invalidate' | 'remove' }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refetchQueries = [ApplicationQueueDocument];
  const [invalidate] = useMutation(DeskInvalidateDocument, { refetchQueries });
  const [remove] = useMutation(DeskRemoveFromListDocument, { refetchQueries });
  const { failure, run } = useDeskFailure(onStale);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<{ comment: string }>({ defaultValues: { comment: '' } });
  const number = isolate(application.number);
  const submit = handleSubmit(async ({ comment }) => {
    const text = comment.trim();
    const ok = await run(() =>
      kind === 'invalidate'
        ? invalidate({
            variables: {
              input: { applicationId: application.id, version: application.version, comment: text },
            },
          })
        : remove({ variables: { applicationId: application.id, reason: text } }),
    );
    if (ok) {
      onDone();
      toast.show({
        tone: 'success',
        message:
          kind === 'invalidate'
            ? t('eServiceDesk.actions.invalidated', { number })
            : t('eServiceDesk.actions.removed', { number }),
      });
    }
  });
  return (
    <form className="step-form" data-testid={`${kind}-form`} noValidate onSubmit={(e) => void submit(e)}>
      {failure ? <FormAlert>{failure}</FormAlert> : null}
      <TextArea
        label={
          kind === 'invalidate'
            ? t('eServiceDesk.actions.invalidateComment')
            : t('eServiceDesk.actions.removeReason')
        }
        hint={
          kind === 'invalidate'
            ? t('eServiceDesk.actions.invalidateHint')
            : t('eServiceDesk.actions.removeHint')
        }
        rows={3}
        error={
          errors.comment?.type === 'maxLength'
            ? t('validation.too_long')
            : errors.comment
              ? t('validation.required')
              : undefined
        }
        data-testid={`${kind}-comment`}
        {...register('comment', { validate: (v) => v.trim().length > 0, maxLength: COMMENT_MAX })}
      />
      <div>
        <Button type="submit" variant="danger" loading={isSubmitting} data-testid={`${kind}-submit`}>
          {kind === 'invalidate'
            ? t('eServiceDesk.actions.invalidateSubmit')
            : t('eServiceDesk.actions.removeSubmit')}
        </Button>
      </div>
    </form>
  );
}
