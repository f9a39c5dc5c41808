import { useTranslation } from 'react-i18next';
import { Spinner } from './Spinner.tsx';
import './States.css';

export interface LoadingStateProps {
  /** Skeleton lines to draw instead of the spinner (for tables and lists). */
  rows?: number;
  label?: string;
}

/** Announced politely; draws either skeleton rows or a centred spinner. */
export function LoadingState({ rows, label }: LoadingStateProps) {
  const { t } = useTranslation();
  const text = label ?? t('common.loading');
  if (rows) {
    return (
      <div className="skeleton" role="status" aria-live="polite">
        <span className="visually-hidden">{text}</span>
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="skeleton__row" aria-hidden="true">
            <span className="skeleton__block" style={{ inlineSize: '18%' }} />
            <span className="skeleton__block" style={{ inlineSize: `${34 + ((i * 13) % 24)}%` }} />
            <span className="skeleton__block" style={{ inlineSize: '14%' }} />
          </div>
        ))}
      </div>
    );
  }
  return (
    <div className="state state--compact" role="status" aria-live="polite">
      <Spinner size={28} />
      <p className="state__text">{text}</p>
    </div>
  );
}
