import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { IconInbox, IconPlus } from '../../ui/index.ts';
import { MyRequestsPage } from './MyRequestsPage.tsx';
import { NewRequestPage } from './NewRequestPage.tsx';
import { RequestDetailPage } from './RequestDetailPage.tsx';
import { useResidentLiveUpdates } from './useResidentLiveUpdates.ts';

/** The resident's cabinet (its own chunk): my requests, a new request, a request's history. */
export default function ResidentShell() {
  const { t } = useTranslation();
  useResidentLiveUpdates();
  return (
    <div className="role-shell" data-testid="shell-resident">
      <nav className="subnav" aria-label={t('shell.mainNavigation')}>
        <ul className="subnav__list">
          <li>
            <NavLink end to="/resident" className="subnav__link">
              <IconInbox size={18} />
              {t('resident.nav.requests')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/resident/new" className="subnav__link">
              <IconPlus size={18} />
              {t('resident.nav.newRequest')}
            </NavLink>
          </li>
        </ul>
      </nav>
      <main id="main" className="page">
        <Routes>
          <Route index element={<MyRequestsPage />} />
          <Route path="new" element={<NewRequestPage />} />
          <Route path="requests/:id" element={<RequestDetailPage />} />
          <Route path="*" element={<Navigate to="/resident" replace />} />
        </Routes>
      </main>
    </div>
  );
}
