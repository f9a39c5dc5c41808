import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './PageHeader.css';

export interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** Small line above the title, e.g. a back link. */
  eyebrow?: ReactNode;
  meta?: ReactNode;
}

/** The page's one h1; also names the browser tab. */
export function PageHeader({ title, description, actions, eyebrow, meta }: PageHeaderProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [t, title]);
  return (
    <header className="page-header">
      <div className="page-header__text">
        {eyebrow ? <div className="page-header__eyebrow">{eyebrow}</div> : null}
        <h1 className="page-header__title">{title}</h1>
        {meta ? <div className="page-header__meta">{meta}</div> : null}
        {description ? <p className="page-header__description">{description}</p> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </header>
  );
}
