import type { ReactNode } from 'react';
import { IconAlert, IconInbox } from './icons.tsx';
import './FormAlert.css';

/** A message about a whole form: errors are announced at once (role=alert), notices politely. */
export function FormAlert({ tone = 'danger', children }: { tone?: 'danger' | 'info'; children: ReactNode }) {
  return (
    <div className={`form-alert form-alert--${tone}`} role={tone === 'danger' ? 'alert' : 'status'}>
      {tone === 'danger' ? <IconAlert size={18} /> : <IconInbox size={18} />}
      <span>{children}</span>
    </div>
  );
}
