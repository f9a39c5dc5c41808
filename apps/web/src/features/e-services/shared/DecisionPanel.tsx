import type { ReactNode } from 'react';
import { IconAlert, IconCheck } from '../../../ui/index.ts';
import './e-services.css';

/** A panel stating an application's result: success (approved), warning (refused), neutral (invalid). */
export function DecisionPanel({
  tone,
  title,
  children,
  ...rest
}: {
  tone: 'success' | 'warning' | 'neutral';
  title: string;
  children?: ReactNode;
  'data-testid'?: string;
}) {
  return (
    <section className={`decision-panel decision-panel--${tone}`} aria-label={title} {...rest}>
      <div className="decision-panel__icon" aria-hidden="true">
        {tone === 'success' ? <IconCheck size={20} /> : <IconAlert size={20} />}
      </div>
      <div className="decision-panel__body">
        <h2 className="decision-panel__title">{title}</h2>
        {children}
      </div>
    </section>
  );
}
