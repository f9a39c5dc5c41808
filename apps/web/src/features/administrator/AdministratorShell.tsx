import { Navigate, Route, Routes } from 'react-router';
import { CityOverviewPage } from './CityOverviewPage.tsx';

/** The administrator's console (its own chunk): the whole city at a glance. */
export default function AdministratorShell() {
  return (
    <div className="role-shell" data-testid="shell-admin">
      <main id="main" className="page">
        <Routes>
          <Route index element={<CityOverviewPage />} />
          <Route path="*" element={<Navigate to="/admin" replace />} />
        </Routes>
      </main>
    </div>
  );
}
