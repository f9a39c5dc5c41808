import type { ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';
import type { ButtonVariant } from './Button.tsx';
import './Button.css';

/** A router link that looks like a Button (navigation stays a link for assistive technology). */
export function ButtonLink({
  variant = 'primary',
  size = 'md',
  icon,
  className,
  children,
  ...rest
}: LinkProps & { variant?: ButtonVariant; size?: 'sm' | 'md' | 'lg'; icon?: ReactNode }) {
  return (
    <Link
      className={['button', `button--${variant}`, `button--${size}`, className ?? ''].join(' ')}
      {...rest}
    >
      {icon}
      <span className="button__label">{children}</span>
    </Link>
  );
}
