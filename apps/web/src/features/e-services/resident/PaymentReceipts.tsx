import { formatMoney } from '@citydesk/i18n';
import { useTranslation } from 'react-i18next';
import type { ResidentApplicationDetailFragment } from '../../../gql/e-services-resident/graphql.ts';
import { useFormat } from '../../../lib/format.ts';
import { Card, Table } from '../../../ui/index.ts';

const brands: Record<string, string> = { stripe: 'Stripe' };

type Payment = ResidentApplicationDetailFragment['payments'][number];

/** The receipt after paying: each payment that went through, with its provider's reference. */
export function PaymentReceipts({ payments }: { payments: readonly Payment[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const paid = payments.filter((p) => p.status === 'SUCCEEDED');
  if (paid.length === 0) return null;
  // A real acquirer is named by its brand, which no language translates.
  const providerName = (id: string) => (id === 'demo' ? t('payments.demoProvider') : (brands[id] ?? id));
  return (
    <Card title={t('payments.receiptsTitle')} data-testid="payment-receipts">
      <Table
        caption={t('payments.receiptsTitle')}
        head={
          <tr>
            <th scope="col" className="numeric">
              {t('payments.amount')}
            </th>
            <th scope="col">{t('payments.paidAt')}</th>
            <th scope="col">{t('payments.provider')}</th>
            <th scope="col">{t('payments.reference')}</th>
          </tr>
        }
      >
        {paid.map((payment) => (
          <tr key={payment.id} data-testid="payment-receipt">
            <td className="numeric">
              <bdi>{formatMoney(payment.amount, payment.currency, format.locale)}</bdi>
            </td>
            <td>
              {payment.paidAt ? (
                <time dateTime={payment.paidAt} className="numeric">
                  {format.dateTime(payment.paidAt)}
                </time>
              ) : null}
            </td>
            <td>{providerName(payment.provider)}</td>
            <td>
              <bdi dir="ltr" className="payment-reference">
                {payment.reference}
              </bdi>
            </td>
          </tr>
        ))}
      </Table>
    </Card>
  );
}
