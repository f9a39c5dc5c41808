import { useQuery } from '@apollo/client/react';
import { DashboardOrganizationsDocument } from '../../../gql/dashboards-admin/graphql.ts';
import { DashboardPage } from '../shared/DashboardPage.tsx';
import { Rankings } from './Rankings.tsx';

/** The administrator's dashboard: the whole city, any organization, and the organizations compared. */
export function AdminDashboardPage() {
  const organizations = useQuery(DashboardOrganizationsDocument).data?.dashboardOptions.organizations;
  return (
    <DashboardPage
      organizations={organizations ?? []}
      drilldownName={(id) => organizations?.find((o) => o.id === id)?.name}
      rankings={(filter, period, drillDown) => (
        <Rankings filter={filter} period={period} onDrillDown={drillDown} />
      )}
    />
  );
}
