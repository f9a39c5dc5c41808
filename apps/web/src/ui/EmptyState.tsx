import type { ReactNode } from 'react';
import { IconInbox } from './icons.tsx';
import './States.css';

export interface EmptyStateProps {
  title: string;
  text?: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
  compact?: boolean;
}

export function EmptyState({ title, text, icon, action, compact = false }: EmptyStateProps) {
  return (
    <div className={['state', compact ? 'state--compact' : ''].join(' ')} data-testid="empty-state">
      <div className="state__icon">{icon ?? <IconInbox size={28} />}</div>
      <p className="state__title">{title}</p>
      {text ? <p className="state__text">{text}</p> : null}
      {action ? <div className="state__action">{action}</div> : null}
    </div>
  );
}
