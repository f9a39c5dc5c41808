import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconCheck } from '../../ui/index.ts';
import { LanguageSwitcher } from '../account/LanguageSwitcher.tsx';
import { Brand } from '../shell/Brand.tsx';
import './LoginPage.css';

export interface AuthLayoutProps {
  /** The hero's headline and its points (already translated). */
  heroTitle: string;
  heroPoints: readonly string[];
  title: string;
  intro: string;
  /** A wider card for long forms (the setup page). */
  wide?: boolean;
  children: ReactNode;
}

/** The signed-out pages' frame: the hero beside (on a phone: above nothing) one card with a form. */
export function AuthLayout({ heroTitle, heroPoints, title, intro, wide, children }: AuthLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="login-page">
      <aside className="login-hero">
        <Brand size="lg" />
        <div className="login-hero__body">
          <p className="login-hero__tagline">{t('app.tagline')}</p>
          <p className="login-hero__title">{heroTitle}</p>
          <ul className="login-hero__points">
            {heroPoints.map((point) => (
              <li key={point}>
                <IconCheck size={18} />
                <span>{point}</span>
              </li>
            ))}
          </ul>
        </div>
      </aside>
      <main className="login-main" id="main">
        <div className="login-main__top">
          <LanguageSwitcher />
        </div>
        <div className={['login-card', wide ? 'login-card--wide' : ''].filter(Boolean).join(' ')}>
          <div className="login-card__brand">
            <Brand />
          </div>
          <h1 className="login-card__title">{title}</h1>
          <p className="login-card__intro">{intro}</p>
          {children}
        </div>
      </main>
    </div>
  );
}
