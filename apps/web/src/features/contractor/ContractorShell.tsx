import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { IconTrend, IconWrench } from '../../ui/index.ts';
import { StaffDashboardPage } from '../dashboards/staff/StaffDashboardPage.tsx';
import { ContractorRequestPage } from './ContractorRequestPage.tsx';
import { PrintWorkOrderPage } from './PrintWorkOrderPage.tsx';
import { useWorkOrderLiveUpdates } from './useWorkOrderLiveUpdates.ts';
import { WorkOrdersPage } from './WorkOrdersPage.tsx';

/** The contractor's board (its own chunk): work orders given to the organization, and each one's page. */
export default function ContractorShell() {
  const { t } = useTranslation();
  useWorkOrderLiveUpdates();
  return (
    <div className="role-shell" data-testid="shell-contractor">
      <nav className="subnav" aria-label={t('shell.mainNavigation')}>
        <ul className="subnav__list">
          <li>
            <NavLink to="/contractor" end className="subnav__link" data-testid="nav-contractor-work-orders">
              <IconWrench size={18} />
              {t('contractor.title')}
            </NavLink>
          </li>
          <li>
            <NavLink
              to="/contractor/dashboard"
              className="subnav__link"
              data-testid="nav-contractor-dashboard"
            >
              <IconTrend size={18} />
              {t('dashboards.nav')}
            </NavLink>
          </li>
        </ul>
      </nav>
      <main id="main" className="page">
        <Routes>
          <Route index element={<WorkOrdersPage />} />
          <Route path="dashboard" element={<StaffDashboardPage />} />
          <Route path="requests/:id" element={<ContractorRequestPage />} />
          <Route path="requests/:id/print" element={<PrintWorkOrderPage />} />
          <Route path="*" element={<Navigate to="/contractor" replace />} />
        </Routes>
      </main>
    </div>
  );
}
