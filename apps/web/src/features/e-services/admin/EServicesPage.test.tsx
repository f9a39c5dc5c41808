import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  AdminEServicesDocument,
  ServiceDistrictsDocument,
  SetServiceDistrictDocument,
} from '../../../gql/e-services-admin/graphql.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { EServicesPage } from './EServicesPage.tsx';

const district = (districtId: string, name: string, enabled: boolean, issued: number) => ({
  __typename: 'ServiceDistrict' as const,
  districtId,
  name,
  enabled,
  enabledAt: enabled ? '2026-09-01T00:00:00Z' : null,
  issued,
});

const districts = [district('d-1', 'Vakhitovsky', true, 42), district('d-2', 'Sovetsky', false, 0)];

const service = {
  __typename: 'EService' as const,
  id: 's-1',
  code: 'inquiry_response',
  name: 'Inquiry response',
  providerName: 'KZIO',
  slaAmount: 5,
  slaUnit: 'WORKING_DAYS',
  definition: { fee: { kind: 'FREE' }, districtRollout: true },
};

describe('EServicesPage', () => {
  it('lists the catalogue, the documents issued per district, and toggles a district', async () => {
    const user = userEvent.setup();
    let toggled = false;
    renderWithProviders(<EServicesPage />, {
      mocks: [
        { request: { query: AdminEServicesDocument }, result: { data: { eServices: [service] } } },
        {
          request: { query: ServiceDistrictsDocument, variables: { serviceCode: 'inquiry_response' } },
          result: { data: { serviceDistricts: districts } },
        },
        {
          request: {
            query: SetServiceDistrictDocument,
            variables: { serviceCode: 'inquiry_response', districtId: 'd-2', enabled: true },
          },
          result: () => {
            toggled = true;
            return { data: { setServiceDistrict: [districts[0], district('d-2', 'Sovetsky', true, 0)] } };
          },
        },
        {
          request: { query: ServiceDistrictsDocument, variables: { serviceCode: 'inquiry_response' } },
          result: { data: { serviceDistricts: [districts[0], district('d-2', 'Sovetsky', true, 0)] } },
        },
      ],
    });

    const row = await screen.findByTestId('e-service-row');
    expect(row).toHaveTextContent('Inquiry response');
    expect(row).toHaveTextContent('KZIO');
    expect(row).toHaveTextContent('5 working days');
    expect(row).toHaveTextContent('Free');

    const rows = await screen.findAllByTestId('district-row');
    expect(within(rows[0]!).getByTestId('district-issued')).toHaveTextContent('42');
    expect(screen.getByRole('img', { name: 'Vakhitovsky: 42; Sovetsky: 0' })).toBeInTheDocument();
    expect(screen.getByText('Documents issued per district (total 42)')).toBeInTheDocument();

    const toggle = screen.getByRole('switch', { name: 'Offer “Inquiry response” in Sovetsky' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(await screen.findByText(/is now offered in/)).toBeInTheDocument();
    expect(toggled).toBe(true);
    expect(screen.getByRole('switch', { name: 'Offer “Inquiry response” in Sovetsky' })).toBeChecked();
  });
});
