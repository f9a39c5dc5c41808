import { DashboardPage } from '../shared/DashboardPage.tsx';

/** A dispatcher's or contractor's dashboard: their own organization's figures (the server scopes them). */
export function StaffDashboardPage() {
  return <DashboardPage />;
}
