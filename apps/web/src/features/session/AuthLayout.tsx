import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconCheck } from '../../ui/index.ts';
import { LanguageSwitcher } from '../account/LanguageSwitcher.tsx';
import { Brand } from '../shell/Brand.tsx';
import './LoginPage.css';

/**
 * The frame of the pages around signing in (sign-in, sign-up, forgotten password, new password): the
 * city's promise beside a card with the page's heading, intro and form.
 */
export function AuthLayout({
  heading,
  intro,
  children,
}: {
  heading: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="login-page">
      <aside className="login-hero">
        <Brand size="lg" />
        <div className="login-hero__body">
          <p className="login-hero__tagline">{t('app.tagline')}</p>
          <p className="login-hero__title">{t('login.heroTitle')}</p>
          <ul className="login-hero__points">
            {(['file', 'route', 'watch'] as const).map((point) => (
              <li key={point}>
                <IconCheck size={18} />
                <span>{t(`login.heroPoints.${point}`)}</span>
              </li>
            ))}
          </ul>
        </div>
      </aside>
      <main className="login-main" id="main">
        <div className="login-main__top">
          <LanguageSwitcher />
        </div>
        <div className="login-card">
          <div className="login-card__brand">
            <Brand />
          </div>
          <h1 className="login-card__title">{heading}</h1>
          {intro ? <p className="login-card__intro">{intro}</p> : null}
          {children}
        </div>
      </main>
    </div>
  );
}
