import { useMutation } from '@apollo/client/react';
import { formatMoney } from '@citydesk/i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StartPaymentDocument } from '../../../gql/e-services-resident/graphql.ts';
import { describeError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { useSubmissionKey } from '../../../lib/idempotency.ts';
import { Button, FormAlert } from '../../../ui/index.ts';
import { DecisionPanel } from '../shared/DecisionPanel.tsx';
import { PaymentBreakdown, type PaymentLine } from './PaymentBreakdown.tsx';

/** Where the browser goes to pay; a seam for tests. */
export const paymentNavigation = { assign: (url: string) => window.location.assign(url) };

/** AWAITING_PAYMENT: what the payment is for, the amount due and a Pay button that opens the checkout. */
export function PaymentPanel({
  applicationId,
  amountDue,
  currency,
  lines,
}: {
  applicationId: string;
  amountDue: number;
  currency: string;
  lines: readonly PaymentLine[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [start, { loading }] = useMutation(StartPaymentDocument);
  const submission = useSubmissionKey();
  const [error, setError] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const amount = formatMoney(amountDue, currency, format.locale);

  const pay = async () => {
    setError(null);
    try {
      const variables = { applicationId };
      const result = await start({ variables, context: submission.context(variables) });
      const url = result.data?.startPayment.checkoutUrl;
      if (url) {
        submission.succeeded();
        setLeaving(true);
        paymentNavigation.assign(url);
      }
    } catch (e) {
      setError(describeError(e, t).message);
    }
  };

  return (
    <DecisionPanel tone="warning" title={t('eServices.payment.title')} data-testid="payment-panel">
      <p>{t('eServices.payment.intro')}</p>
      <PaymentBreakdown lines={lines} />
      <div>
        <p className="decision-panel__label">{t('eServices.payment.amount')}</p>
        <p className="decision-panel__big numeric" data-testid="amount-due">
          {amount}
        </p>
      </div>
      {error ? <FormAlert>{error}</FormAlert> : null}
      <div>
        <Button loading={loading || leaving} onClick={() => void pay()} data-testid="pay-button">
          {leaving ? t('eServices.payment.redirecting') : t('eServices.payment.pay', { amount })}
        </Button>
      </div>
    </DecisionPanel>
  );
}
