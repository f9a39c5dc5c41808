import type { ComponentProps, ReactNode } from 'react';
import './Badge.css';

export type BadgeTone =
  | 'neutral'
  | 'accent'
  | 'danger'
  | 'warning'
  | 'success'
  | 'status-new'
  | 'status-routed'
  | 'status-assigned'
  | 'status-progress'
  | 'status-done'
  | 'status-verified'
  | 'status-closed'
  | 'status-unconfirmed'
  | 'status-returned';

export interface BadgeProps extends ComponentProps<'span'> {
  tone?: BadgeTone;
  icon?: ReactNode;
  /** Solid badges draw the eye (emergency); soft ones inform. */
  solid?: boolean;
}

export function Badge({ tone = 'neutral', icon, solid = false, className, children, ...rest }: BadgeProps) {
  const classes = ['badge', `badge--${tone}`, solid ? 'badge--solid' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <span className={classes} {...rest}>
      {icon}
      {children}
    </span>
  );
}
