import { useTranslation } from 'react-i18next';
import { Button } from './Button.tsx';
import { IconAlert, IconRefresh } from './icons.tsx';
import './States.css';

export interface ErrorStateProps {
  title?: string;
  message?: string;
  onRetry?: () => void;
  retrying?: boolean;
}

export function ErrorState({ title, message, onRetry, retrying = false }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <div className="state state--error" role="alert">
      <div className="state__icon">
        <IconAlert size={28} />
      </div>
      <p className="state__title">{title ?? t('errors.loadFailed')}</p>
      {message ? <p className="state__text">{message}</p> : null}
      {onRetry ? (
        <div className="state__action">
          <Button variant="secondary" icon={<IconRefresh size={16} />} loading={retrying} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
