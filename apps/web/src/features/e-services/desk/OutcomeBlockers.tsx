import { formatMoney } from '@citydesk/i18n';
import { useTranslation } from 'react-i18next';
import type { DeskApplicationDetailFragment } from '../../../gql/e-services-desk/graphql.ts';
import { isolate } from '../../../lib/bidi.ts';
import { useFormat } from '../../../lib/format.ts';
import { Button } from '../../../ui/index.ts';
import type { PaymentPreset } from './ApplicationActions.tsx';

/**
 * Why "Approve" is not offered, as the service would refuse it (an outstanding debt, an unknown account),
 * with the way forward: ask for the debt to be paid.
 */
export function OutcomeBlockers({
  application,
  onRequestDebt,
}: {
  application: DeskApplicationDetailFragment;
  onRequestDebt: (preset: PaymentPreset) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (application.outcomeBlockers.length === 0 || !application.viewerCan.refuse) return null;
  return (
    <div className="desk-blockers" role="note" data-testid="outcome-blockers">
      {application.outcomeBlockers.map((b) => (
        <p key={`${b.code}:${b.account}`} className="desk-blockers__item">
          {b.code === 'DEBT_OUTSTANDING'
            ? t('documentLifecycle.blocked.DEBT_OUTSTANDING', {
                account: isolate(b.account),
                amount: formatMoney(b.debt ?? 0, application.currency, format.locale),
              })
            : t('documentLifecycle.blocked.ACCOUNT_NOT_FOUND', { account: isolate(b.account) })}
          {b.code === 'DEBT_OUTSTANDING' && b.accountId && application.viewerCan.requestPayment ? (
            <Button
              size="sm"
              data-testid="blocker-request-payment"
              onClick={() => onRequestDebt({ amount: b.debt ?? 0, accountId: b.accountId! })}
            >
              {t('eServiceDesk.actions.requestPayment')}
            </Button>
          ) : null}
        </p>
      ))}
    </div>
  );
}
