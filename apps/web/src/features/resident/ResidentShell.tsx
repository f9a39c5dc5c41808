import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { IconBuilding, IconChart, IconClock, IconInbox, IconPlus } from '../../ui/index.ts';
import { MetersPage } from '../meters/MetersPage.tsx';
import { ApplicationDetailPage } from '../e-services/resident/ApplicationDetailPage.tsx';
import { ApplicationSentPage } from '../e-services/resident/ApplicationSentPage.tsx';
import { ApplyPage } from '../e-services/resident/ApplyPage.tsx';
import { MyApplicationsPage } from '../e-services/resident/MyApplicationsPage.tsx';
import { ServiceCataloguePage } from '../e-services/resident/ServiceCataloguePage.tsx';
import { MyRequestsPage } from './MyRequestsPage.tsx';
import { NewRequestPage } from './NewRequestPage.tsx';
import { RequestDetailPage } from './RequestDetailPage.tsx';
import { useResidentLiveUpdates } from './useResidentLiveUpdates.ts';

/**
 * The resident's cabinet (its own chunk): my requests, a new request, a request's history; the e-service
 * catalogue, applying, my applications and an application's page.
 */
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
          <li>
            <NavLink to="/resident/services" className="subnav__link">
              <IconBuilding size={18} />
              {t('eServices.nav.catalogue')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/resident/applications" className="subnav__link">
              <IconClock size={18} />
              {t('eServices.nav.applications')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/resident/meters" className="subnav__link">
              <IconChart size={18} />
              {t('meters.nav')}
            </NavLink>
          </li>
        </ul>
      </nav>
      <main id="main" className="page">
        <Routes>
          <Route index element={<MyRequestsPage />} />
          <Route path="new" element={<NewRequestPage />} />
          <Route path="requests/:id" element={<RequestDetailPage />} />
          <Route path="services" element={<ServiceCataloguePage />} />
          <Route path="services/:code" element={<ApplyPage />} />
          <Route path="applications" element={<MyApplicationsPage />} />
          <Route path="applications/:id" element={<ApplicationDetailPage />} />
          <Route path="applications/:id/sent" element={<ApplicationSentPage />} />
          <Route path="meters" element={<MetersPage />} />
          <Route path="*" element={<Navigate to="/resident" replace />} />
        </Routes>
      </main>
    </div>
  );
}
