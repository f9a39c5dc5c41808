// The meter register on the resident's meter card (seed 003): when the next verification is due, and
// sealing or unsealing ordered from the cabinet. What may be ordered is the server's `viewerCan`.
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { OrderMeterSealWorkDocument, type MeterCardFieldsFragment } from '../../gql/meters/graphql.ts';
import { describeError } from '../../lib/errors.ts';
import { formatLocalDay, useFormat } from '../../lib/format.ts';
import { useSubmissionKey } from '../../lib/idempotency.ts';
import { Badge, Button, useToast, type BadgeTone } from '../../ui/index.ts';

type Meter = MeterCardFieldsFragment;

const stateTone: Record<Meter['verification']['state'], BadgeTone> = {
  VALID: 'success',
  DUE_SOON: 'warning',
  EXPIRED: 'danger',
};

/** The "next verification due" fact of the card: its date, and a badge once it is near or past. */
export function VerificationDue({ meter }: { meter: Meter }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { dueOn, state } = meter.verification;
  return (
    <div>
      <dt>{t('meterRegister.verificationDueOn')}</dt>
      <dd data-testid="meter-verification-due">
        <time dateTime={dueOn}>{formatLocalDay(dueOn, locale)}</time>
        {state !== 'VALID' ? (
          <>
            {' '}
            <Badge tone={stateTone[state]}>{t(`meterRegister.verificationState.${state}`)}</Badge>
          </>
        ) : null}
      </dd>
    </div>
  );
}

/** The open work order of the meter, or the buttons to order its sealing or unsealing. */
export function SealWorkPanel({ meter }: { meter: Meter }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [order, { loading }] = useMutation(OrderMeterSealWorkDocument);
  const submission = useSubmissionKey();
  if (meter.openWorkOrder)
    return (
      <p className="meter__muted" data-testid="meter-work-open">
        {t('meterRegister.sealWork.open', { number: meter.openWorkOrder.number })}
      </p>
    );
  const works = [
    ...(meter.viewerCan.orderSealing ? (['SEAL'] as const) : []),
    ...(meter.viewerCan.orderUnsealing ? (['UNSEAL'] as const) : []),
  ];
  if (works.length === 0) return null;
  const place = async (work: (typeof works)[number]) => {
    try {
      const variables = { meterId: meter.id, work };
      const { data } = await order({ variables, context: submission.context(variables) });
      submission.succeeded();
      const number = data?.orderMeterSealWork.openWorkOrder?.number ?? '';
      toast.show({ tone: 'success', message: t('meterRegister.sealWork.ordered', { number }) });
    } catch (error) {
      toast.show({ tone: 'danger', message: describeError(error, t).message });
    }
  };
  return (
    <div className="meter__seal-work">
      {works.map((work) => (
        <Button
          key={work}
          variant="secondary"
          loading={loading}
          onClick={() => void place(work)}
          data-testid={`meter-order-${work.toLowerCase()}`}
        >
          {t(`meterRegister.sealWork.${work}`)}
        </Button>
      ))}
    </div>
  );
}
