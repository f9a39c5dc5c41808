import type { ComponentProps, ReactNode } from 'react';
import './Card.css';

export interface CardProps extends Omit<ComponentProps<'section'>, 'title'> {
  title?: ReactNode;
  /** Heading level of the title; cards sit under the page's h1. */
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  flush?: boolean;
}

export function Card({
  title,
  headingLevel = 2,
  actions,
  flush = false,
  className,
  children,
  ...rest
}: CardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      className={['card', flush ? 'card--flush' : '', className ?? ''].filter(Boolean).join(' ')}
      {...rest}
    >
      {title || actions ? (
        <header className="card__header">
          {title ? <Heading className="card__title">{title}</Heading> : null}
          {actions ? <div className="card__actions">{actions}</div> : null}
        </header>
      ) : null}
      <div className="card__body">{children}</div>
    </section>
  );
}
