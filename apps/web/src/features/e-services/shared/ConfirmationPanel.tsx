import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconCheck } from '../../../ui/index.ts';
import './e-services.css';

/** GOV.UK confirmation panel: "Application sent" and the reference number, large, on green. */
export function ConfirmationPanel({ number, children }: { number: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="confirmation-panel" data-testid="confirmation-panel">
      <IconCheck size={32} />
      <h1 className="confirmation-panel__title">{t('eServices.confirmation.title')}</h1>
      <p className="confirmation-panel__body">
        {t('eServices.confirmation.referenceLabel')}
        <strong className="confirmation-panel__reference" dir="ltr" data-testid="reference-number">
          {number}
        </strong>
      </p>
      {children}
    </div>
  );
}
