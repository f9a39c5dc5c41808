import type { ReactNode } from 'react';
import { LanguageSwitcher } from '../account/LanguageSwitcher.tsx';
import { Brand } from '../shell/Brand.tsx';
import './PublicLayout.css';

/** A page anyone may open without signing in: the brand, the language switcher and one column of content. */
export function PublicLayout({
  children,
  variant = 'city',
}: {
  children: ReactNode;
  variant?: 'city' | 'bank';
}) {
  return (
    <div className={`public-page public-page--${variant}`}>
      {variant === 'city' ? (
        <header className="public-page__top">
          <Brand />
          <LanguageSwitcher />
        </header>
      ) : (
        <header className="public-page__top public-page__top--plain">
          <LanguageSwitcher />
        </header>
      )}
      <main className="public-page__main" id="main">
        {children}
      </main>
    </div>
  );
}
