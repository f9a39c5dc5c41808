import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import {
  IconBuilding,
  IconChart,
  IconCheck,
  IconInbox,
  IconPlus,
  IconTrend,
  IconWrench,
} from '../../ui/index.ts';
import { StaffDashboardPage } from '../dashboards/staff/StaffDashboardPage.tsx';
import { ApplicationsDeskPage } from '../e-services/desk/ApplicationsDeskPage.tsx';
import { FileForClientPage } from '../e-services/desk/FileForClientPage.tsx';
import { MyTasksPage } from '../e-services/desk/MyTasksPage.tsx';
import { MeterDeskPage, useMeterDeskAvailable } from '../meter-desk/MeterDeskPage.tsx';
import { meterDeskPath } from '../meter-desk/meter-desk.ts';
import { useSession } from '../session/session-context.ts';
import { DispatcherDeskPage } from './DispatcherDeskPage.tsx';
import { PhoneIntakePage } from './PhoneIntakePage.tsx';
import { useQueueLiveUpdates } from './useQueueLiveUpdates.ts';

/** Organizations that decide e-service applications (and send field workers to check them). */
const eServiceDesks = new Set(['UTILITY', 'MUNICIPALITY', 'AGENCY', 'CITY_ADMINISTRATION']);

/**
 * The dispatcher's desk (its own chunk): the repair queue and phone intake; for e-service desks the
 * applications and the field tasks; for notary offices filing for clients and what they filed; for the
 * organization that keeps the city's meters (the API says which), the meter desk.
 */
export default function DispatcherShell() {
  const { t } = useTranslation();
  useQueueLiveUpdates();
  const kind = useSession().viewer?.organization?.kind;
  const notary = kind === 'NOTARY_OFFICE';
  // Without a known organization, offer the applications desk too: the API still decides what it lists.
  const reviews = !notary && (kind === undefined || eServiceDesks.has(kind));
  const meters = useMeterDeskAvailable();
  return (
    <div className="role-shell" data-testid="shell-dispatcher">
      <nav className="subnav" aria-label={t('shell.mainNavigation')}>
        <ul className="subnav__list">
          {notary ? (
            <>
              <li>
                <NavLink to="/dispatcher/filed" className="subnav__link" data-testid="nav-filed">
                  <IconInbox size={18} />
                  {t('eServiceDesk.nav.filed')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/dispatcher/file" className="subnav__link" data-testid="nav-file">
                  <IconPlus size={18} />
                  {t('eServiceDesk.nav.file')}
                </NavLink>
              </li>
            </>
          ) : (
            <li>
              <NavLink to="/dispatcher" end className="subnav__link" data-testid="nav-requests">
                <IconWrench size={18} />
                {t('dispatcher.nav.desk')}
              </NavLink>
            </li>
          )}
          {reviews ? (
            <>
              <li>
                <NavLink
                  to="/dispatcher/applications"
                  className="subnav__link"
                  data-testid="nav-applications"
                >
                  <IconBuilding size={18} />
                  {t('eServiceDesk.nav.applications')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/dispatcher/tasks" className="subnav__link" data-testid="nav-tasks">
                  <IconCheck size={18} />
                  {t('eServiceDesk.nav.tasks')}
                </NavLink>
              </li>
            </>
          ) : null}
          {meters ? (
            <>
              <li>
                <NavLink to={meterDeskPath} className="subnav__link" data-testid="nav-meters">
                  <IconChart size={18} />
                  {t('meterDesk.nav')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/dispatcher/file" className="subnav__link" data-testid="nav-file">
                  <IconPlus size={18} />
                  {t('contacts.callCentre.nav')}
                </NavLink>
              </li>
            </>
          ) : null}
          <li>
            <NavLink
              to="/dispatcher/dashboard"
              className="subnav__link"
              data-testid="nav-dispatcher-dashboard"
            >
              <IconTrend size={18} />
              {t('dashboards.nav')}
            </NavLink>
          </li>
        </ul>
      </nav>
      <main id="main" className="page">
        <Routes>
          <Route
            index
            element={notary ? <Navigate to="/dispatcher/filed" replace /> : <DispatcherDeskPage />}
          />
          <Route path="requests/:id" element={<DispatcherDeskPage />} />
          <Route path="dashboard" element={<StaffDashboardPage />} />
          <Route path="intake" element={<PhoneIntakePage />} />
          <Route path="applications" element={<ApplicationsDeskPage mode="review" />} />
          <Route path="applications/:id" element={<ApplicationsDeskPage mode="review" />} />
          <Route path="tasks" element={<MyTasksPage />} />
          <Route path="file" element={<FileForClientPage mode={notary ? 'notary' : 'callCentre'} />} />
          <Route path="filed" element={<ApplicationsDeskPage mode="filed" />} />
          <Route path="filed/:id" element={<ApplicationsDeskPage mode="filed" />} />
          <Route path="meters" element={<MeterDeskPage />} />
          <Route path="meters/:id" element={<MeterDeskPage />} />
          <Route path="*" element={<Navigate to="/dispatcher" replace />} />
        </Routes>
      </main>
    </div>
  );
}
