import { Navigate, Route, Routes } from 'react-router';
import { WorkOrdersPage } from './WorkOrdersPage.tsx';

/** The contractor's board (its own chunk): work orders given to the organization. */
export default function ContractorShell() {
  return (
    <div className="role-shell" data-testid="shell-contractor">
      <main id="main" className="page">
        <Routes>
          <Route index element={<WorkOrdersPage />} />
          <Route path="*" element={<Navigate to="/contractor" replace />} />
        </Routes>
      </main>
    </div>
  );
}
