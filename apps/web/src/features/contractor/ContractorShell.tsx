import { Navigate, Route, Routes } from 'react-router';
import { ContractorRequestPage } from './ContractorRequestPage.tsx';
import { PrintWorkOrderPage } from './PrintWorkOrderPage.tsx';
import { useWorkOrderLiveUpdates } from './useWorkOrderLiveUpdates.ts';
import { WorkOrdersPage } from './WorkOrdersPage.tsx';

/** The contractor's board (its own chunk): work orders given to the organization, and each one's page. */
export default function ContractorShell() {
  useWorkOrderLiveUpdates();
  return (
    <div className="role-shell" data-testid="shell-contractor">
      <main id="main" className="page">
        <Routes>
          <Route index element={<WorkOrdersPage />} />
          <Route path="requests/:id" element={<ContractorRequestPage />} />
          <Route path="requests/:id/print" element={<PrintWorkOrderPage />} />
          <Route path="*" element={<Navigate to="/contractor" replace />} />
        </Routes>
      </main>
    </div>
  );
}
