import { useSubscription } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { CityEventsDocument } from '../../gql/administrator/graphql.ts';
import {
  IconBuilding,
  IconCalendar,
  IconChart,
  IconClock,
  IconInbox,
  IconTrend,
  IconUpload,
} from '../../ui/index.ts';
import { announceLiveEvent } from '../account/liveSignal.ts';
import { AdminDashboardPage } from '../dashboards/admin/AdminDashboardPage.tsx';
import { EServicesPage } from '../e-services/admin/EServicesPage.tsx';
import { AuditLogPage } from './audit/AuditLogPage.tsx';
import { HolidayCalendarsPage } from './calendars/HolidayCalendarsPage.tsx';
import { CityOverviewPage } from './CityOverviewPage.tsx';
import { OutboxPage } from './OutboxPage.tsx';
import { ImportsPage } from './imports/ImportsPage.tsx';
import { AdminRequestPage } from './requests/AdminRequestPage.tsx';

/** The administrator's console (its own chunk): the whole city at a glance, the e-mail outbox, the e-service catalogue, the audit log. */
export default function AdministratorShell() {
  const { t } = useTranslation();
  // One city-wide subscription for the whole console: the overview refetches on it, the bell too.
  useSubscription(CityEventsDocument, { onData: () => announceLiveEvent() });

  return (
    <div className="role-shell" data-testid="shell-admin">
      <nav className="subnav" aria-label={t('shell.mainNavigation')}>
        <ul className="subnav__list">
          <li>
            <NavLink to="/admin" end className="subnav__link" data-testid="nav-admin-overview">
              <IconChart size={18} />
              {t('admin.nav.overview')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/dashboard" className="subnav__link" data-testid="nav-admin-dashboard">
              <IconTrend size={18} />
              {t('dashboards.nav')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/outbox" className="subnav__link" data-testid="nav-admin-outbox">
              <IconInbox size={18} />
              {t('admin.nav.outbox')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/services" className="subnav__link" data-testid="nav-admin-services">
              <IconBuilding size={18} />
              {t('eServiceDesk.nav.services')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/calendars" className="subnav__link" data-testid="nav-admin-calendars">
              <IconCalendar size={18} />
              {t('calendars.nav')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/imports" className="subnav__link" data-testid="nav-admin-imports">
              <IconUpload size={18} />
              {t('imports.nav')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/audit" className="subnav__link">
              <IconClock size={18} />
              {t('audit.nav')}
            </NavLink>
          </li>
        </ul>
      </nav>
      <main id="main" className="page">
        <Routes>
          <Route index element={<CityOverviewPage />} />
          <Route path="dashboard" element={<AdminDashboardPage />} />
          <Route path="outbox" element={<OutboxPage />} />
          <Route path="services" element={<EServicesPage />} />
          <Route path="calendars" element={<HolidayCalendarsPage />} />
          <Route path="audit" element={<AuditLogPage />} />
          <Route path="imports" element={<ImportsPage />} />
          <Route path="requests/:id" element={<AdminRequestPage />} />
          <Route path="*" element={<Navigate to="/admin" replace />} />
        </Routes>
      </main>
    </div>
  );
}
