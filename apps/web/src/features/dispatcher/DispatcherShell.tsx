import { Navigate, Route, Routes } from 'react-router';
import { DispatcherDeskPage } from './DispatcherDeskPage.tsx';
import { PhoneIntakePage } from './PhoneIntakePage.tsx';
import { useQueueLiveUpdates } from './useQueueLiveUpdates.ts';

/** The dispatcher's desk (its own chunk): the queue, the selected request and its steps, phone intake. */
export default function DispatcherShell() {
  useQueueLiveUpdates();
  return (
    <div className="role-shell" data-testid="shell-dispatcher">
      <main id="main" className="page">
        <Routes>
          <Route index element={<DispatcherDeskPage />} />
          <Route path="requests/:id" element={<DispatcherDeskPage />} />
          <Route path="intake" element={<PhoneIntakePage />} />
          <Route path="*" element={<Navigate to="/dispatcher" replace />} />
        </Routes>
      </main>
    </div>
  );
}
