import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ContractorRequestDocument, type ContractorRequestQuery } from '../../gql/contractor/graphql.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { PrintWorkOrderPage } from './PrintWorkOrderPage.tsx';

const request: NonNullable<ContractorRequestQuery['request']> = {
  __typename: 'Request',
  id: 'r1',
  number: 'KZN-2026-000001',
  status: 'ASSIGNED',
  priority: 'NORMAL',
  overdue: false,
  deadlineAt: '2026-11-26T12:00:00Z',
  createdAt: '2026-11-25T08:00:00Z',
  address: 'Baumana St, 12',
  premisesNumber: '34',
  commonArea: null,
  channel: 'WEB',
  description: 'The kitchen tap is leaking.',
  contactName: 'Alsu Khamitova',
  contactPhone: '+7 900 000-00-00',
  version: 3,
  category: { __typename: 'Category', id: 'c1', name: 'Plumbing', isEmergency: false },
  organization: { __typename: 'Organization', id: 'o1', name: 'UK Vakhitovsky', kind: 'MANAGEMENT_COMPANY' },
  contractor: { __typename: 'Organization', id: 'o2', name: 'Aqua Service', kind: 'CONTRACTOR' },
  viewerCan: { __typename: 'RequestPermissions', start: true, completeWork: false },
  workOrder: {
    __typename: 'WorkOrder',
    id: 'w1',
    number: 'WO-2026-000007',
    issuedAt: '2026-11-25T09:00:00Z',
    startedAt: null,
    doneAt: null,
    signedScanId: null,
    pdfUrl: '/documents/work-orders/w1.pdf',
  },
  attachments: [],
  timeline: [],
} as NonNullable<ContractorRequestQuery['request']>;

describe('PrintWorkOrderPage', () => {
  it('shows the work order facts and two signature boxes, and prints on demand', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderWithProviders(
      <Routes>
        <Route path="/contractor/requests/:id/print" element={<PrintWorkOrderPage />} />
      </Routes>,
      {
        route: '/contractor/requests/r1/print',
        mocks: [
          {
            request: { query: ContractorRequestDocument, variables: { id: 'r1' } },
            result: { data: { request } },
          },
        ],
      },
    );
    expect(await screen.findByTestId('print-request-number')).toHaveTextContent('KZN-2026-000001');
    expect(screen.getByTestId('print-work-order-number')).toHaveTextContent('WO-2026-000007');
    expect(screen.getByTestId('print-address')).toHaveTextContent('Baumana St, 12');
    expect(screen.getByTestId('print-contact')).toHaveTextContent('Alsu Khamitova');
    expect(screen.getByTestId('print-contact')).toHaveTextContent('+7 900 000-00-00');
    expect(screen.getByText('The kitchen tap is leaking.')).toBeInTheDocument();
    expect(screen.getByTestId('signature-resident')).toHaveTextContent('Resident');
    expect(screen.getByTestId('signature-worker')).toHaveTextContent('Worker');
    await user.click(screen.getByTestId('print-now'));
    expect(print).toHaveBeenCalled();
    print.mockRestore();
  });
});
