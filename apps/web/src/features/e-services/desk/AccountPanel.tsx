import { useQuery } from '@apollo/client/react';
import { formatMoney } from '@citydesk/i18n';
import { useTranslation } from 'react-i18next';
import { DeskUtilityAccountDocument } from '../../../gql/e-services-desk/graphql.ts';
import { describeError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { Badge, Button, ErrorState, LoadingState } from '../../../ui/index.ts';
import type { PaymentPreset } from './ApplicationActions.tsx';

/** The utility's subscriber account the application names: who holds it and what is owed. */
export function AccountPanel({
  subscriberCode,
  currency,
  canRequestPayment,
  onRequestDebt,
}: {
  subscriberCode: string;
  currency: string;
  canRequestPayment: boolean;
  onRequestDebt: (preset: PaymentPreset) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(DeskUtilityAccountDocument, {
    variables: { subscriberCode },
    fetchPolicy: 'cache-and-network',
  });
  if (!data && loading) return <LoadingState rows={2} />;
  if (!data && error) {
    return <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />;
  }
  const account = data?.utilityAccount;
  if (!account) {
    return (
      <p className="panel__note" data-testid="account-not-found">
        {t('eServiceDesk.account.notFound', { code: subscriberCode })}
      </p>
    );
  }
  return (
    <div className="desk-account" data-testid="account-panel">
      <dl className="desk-facts">
        <div className="desk-facts__row">
          <dt>{t('eServiceDesk.account.code')}</dt>
          <dd className="numeric">{account.subscriberCode}</dd>
        </div>
        <div className="desk-facts__row">
          <dt>{t('eServiceDesk.account.holder')}</dt>
          <dd>
            <bdi>{account.holderName}</bdi>
          </dd>
        </div>
        <div className="desk-facts__row">
          <dt>{t('eServiceDesk.account.debt')}</dt>
          <dd data-testid="account-debt">
            {account.debt > 0 ? (
              <Badge tone="danger">{formatMoney(account.debt, currency, format.locale)}</Badge>
            ) : (
              <Badge tone="success">{t('eServiceDesk.account.noDebt')}</Badge>
            )}
          </dd>
        </div>
      </dl>
      {account.debt > 0 && canRequestPayment ? (
        <Button
          size="sm"
          variant="secondary"
          data-testid="request-debt-payment"
          onClick={() => onRequestDebt({ amount: account.debt, accountId: account.id })}
        >
          {t('eServiceDesk.account.requestDebt')}
        </Button>
      ) : null}
    </div>
  );
}
