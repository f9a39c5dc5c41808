import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { Button, IconLogout, LoadingState } from '../../ui/index.ts';
import { LanguageSwitcher } from '../account/LanguageSwitcher.tsx';
import { NotificationBell } from '../account/NotificationBell.tsx';
import { homePath } from '../session/roles.ts';
import { useSession, useViewer } from '../session/session-context.ts';
import { RequestNumberSearch } from '../staff/RequestNumberSearch.tsx';
import { Brand } from './Brand.tsx';
import './AppShell.css';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

/** The frame around every signed-in page: top bar with the person, language and sign-out; the role's shell below. */
export function AppShell() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { signOut } = useSession();
  const [signingOut, setSigningOut] = useState(false);

  return (
    <div className="app-shell">
      <a href="#main" className="skip-link">
        {t('common.skipToContent')}
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <Link to={homePath[viewer.role]} className="topbar__brand">
            <Brand />
          </Link>
          {viewer.role === 'RESIDENT' ? null : <RequestNumberSearch />}
          <div className="topbar__end">
            <div className="topbar__user" data-testid="current-user">
              <span className="topbar__avatar" aria-hidden="true">
                {initials(viewer.displayName)}
              </span>
              <span className="topbar__who">
                <span className="visually-hidden">{t('shell.account', { name: viewer.displayName })}</span>
                <bdi className="topbar__name" aria-hidden="true">
                  {viewer.displayName}
                </bdi>
                <span className="topbar__role" data-testid="current-role">
                  {t(`role.${viewer.role}`)}
                  {viewer.organization ? (
                    <>
                      {' · '}
                      <bdi>{viewer.organization.name}</bdi>
                    </>
                  ) : null}
                </span>
              </span>
            </div>
            <NotificationBell />
            <LanguageSwitcher tone="chrome" />
            <Button
              variant="chrome"
              size="sm"
              icon={<IconLogout size={16} />}
              loading={signingOut}
              onClick={() => {
                setSigningOut(true);
                void signOut();
              }}
            >
              {t('shell.signOut')}
            </Button>
          </div>
        </div>
      </header>
      <Suspense
        fallback={
          <main id="main" className="page">
            <LoadingState />
          </main>
        }
      >
        <Outlet />
      </Suspense>
    </div>
  );
}
