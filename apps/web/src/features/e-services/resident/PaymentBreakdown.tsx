import { formatMoney } from '@citydesk/i18n';
import { useTranslation } from 'react-i18next';
import type { ResidentApplicationDetailFragment } from '../../../gql/e-services-resident/graphql.ts';
import { useFormat } from '../../../lib/format.ts';
import { Table } from '../../../ui/index.ts';

export type PaymentLine = ResidentApplicationDetailFragment['paymentBreakdown'][number];

/** What the payment is for, line by line (as the server derives it): purpose, account, period, amount. */
export function PaymentBreakdown({ lines }: { lines: readonly PaymentLine[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (lines.length === 0) return null;
  return (
    <Table
      caption={t('payments.breakdownTitle')}
      showCaption
      className="payment-breakdown"
      data-testid="payment-breakdown"
      head={
        <tr>
          <th scope="col">{t('payments.purpose')}</th>
          <th scope="col">{t('payments.accountLabel')}</th>
          <th scope="col">{t('payments.period')}</th>
          <th scope="col" className="numeric">
            {t('payments.amount')}
          </th>
        </tr>
      }
    >
      {lines.map((line, index) => (
        <tr key={index} data-testid="payment-line">
          <td>{line.purpose}</td>
          <td>{line.account ? <bdi dir="ltr">{line.account}</bdi> : '—'}</td>
          <td>
            {line.asOf ? (
              <time dateTime={line.asOf}>{t('payments.asOf', { date: format.date(line.asOf) })}</time>
            ) : (
              '—'
            )}
          </td>
          <td className="numeric">
            <bdi>{formatMoney(line.amount, line.currency, format.locale)}</bdi>
          </td>
        </tr>
      ))}
    </Table>
  );
}
