import type { LocalizedText, ServiceSpecInput } from '@citydesk/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  CityBuildingsDocument,
  FileApplicationOnBehalfDocument,
  NotaryServicesDocument,
} from '../../../gql/e-services-desk/graphql.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { FileForClientPage } from './FileForClientPage.tsx';

const text = (en: string): LocalizedText => ({
  en,
  ru: `${en} ru`,
  az: `${en} az`,
  fa: `${en} fa`,
  kk: `${en} kk`,
});

const definition = (overrides: Partial<ServiceSpecInput> = {}): ServiceSpecInput => ({
  summary: text('Inquiry response for a bank'),
  whatHappensNext: text('We answer within 3 working days.'),
  subject: 'PREMISES',
  fee: { kind: 'FREE' },
  signing: 'NONE',
  outcome: 'CERTIFICATE',
  refusalGrounds: [{ code: 'unpaidPropertyFees', label: text('Unpaid property fees') }],
  steps: [
    {
      id: 'request',
      title: text('The inquiry'),
      fields: [
        { name: 'ownerFullName', type: 'text', label: text('Owner'), required: true, prefill: 'displayName' },
        { name: 'recipientName', type: 'text', label: text('Bank or notary'), required: true },
      ],
    },
  ],
  documents: [],
  ...overrides,
});

const service = (code: string, name: string, spec: ServiceSpecInput) => ({
  __typename: 'EService' as const,
  id: code,
  code,
  name,
  providerName: 'KZIO',
  definition: spec,
});

const mocks = (onFiled: () => void) => [
  {
    request: { query: NotaryServicesDocument },
    result: {
      data: {
        eServices: [
          service('inquiry_response', 'Inquiry response', definition()),
          service(
            'waiting_list',
            'Service housing',
            definition({ signing: 'ONE_TIME_CODE', subject: 'NONE' }),
          ),
        ],
      },
    },
  },
  {
    request: { query: CityBuildingsDocument, variables: { search: 'Bau' } },
    result: {
      data: { cityBuildings: [{ __typename: 'CityBuilding', id: 'b-12', address: 'Baumana St, 12' }] },
    },
  },
  {
    request: {
      query: FileApplicationOnBehalfDocument,
      variables: {
        input: {
          serviceCode: 'inquiry_response',
          applicantName: 'Rustam Galiev',
          applicantPhone: '+7 917 555-12-34',
          applicantEmail: 'rustam@example.com',
          buildingId: 'b-12',
          premisesNumber: '45',
          answers: { ownerFullName: 'Rustam Galiev', recipientName: 'Ak Bars Bank' },
          documents: [],
        },
      },
    },
    result: () => {
      onFiled();
      return {
        data: {
          fileApplicationOnBehalf: {
            __typename: 'Application',
            id: 'app-9',
            number: 'KZN-E-2026-000009',
            serviceName: 'Inquiry response',
            status: 'REGISTERED',
          },
        },
      };
    },
  },
];

describe('FileForClientPage', () => {
  it("offers only unsigned property services and files the application with the client's details", async () => {
    const user = userEvent.setup();
    let filed = false;
    renderWithProviders(<FileForClientPage />, { mocks: mocks(() => (filed = true)) });

    const select = await screen.findByRole('combobox', { name: 'Service' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose a service…', 'Inquiry response · KZIO']);

    // Nothing chosen yet: every required field says so.
    await user.click(screen.getByRole('button', { name: 'Continue to the application' }));
    expect(await screen.findByText('Some fields need your attention.')).toBeInTheDocument();
    expect(screen.getByTestId('building-error')).toHaveTextContent('Find and choose the building.');

    await user.selectOptions(select, 'inquiry_response');
    await user.type(screen.getByRole('textbox', { name: 'Full name' }), 'Rustam Galiev');
    const phone = screen.getByRole('textbox', { name: 'Phone' });
    await user.type(phone, '555');
    await user.type(screen.getByRole('textbox', { name: /E-mail/ }), 'rustam@example.com');
    await user.type(screen.getByRole('searchbox', { name: /Find the building/ }), 'Bau');
    await user.click(await screen.findByRole('radio', { name: 'Baumana St, 12' }));
    await user.type(screen.getByRole('textbox', { name: 'Apartment number' }), '45');
    await user.click(screen.getByRole('button', { name: 'Continue to the application' }));
    expect(await screen.findByText(/Enter a phone number with the country code/)).toBeInTheDocument();
    await user.clear(phone);
    await user.type(phone, '+7 917 555-12-34');
    await user.click(screen.getByRole('button', { name: 'Continue to the application' }));

    // The service's own form, the client's name already filled in.
    const summary = await screen.findByTestId('client-summary');
    expect(summary).toHaveTextContent('Rustam Galiev');
    expect(summary).toHaveTextContent('Baumana St, 12');
    expect(screen.getByRole('textbox', { name: 'Owner' })).toHaveValue('Rustam Galiev');
    await user.type(screen.getByRole('textbox', { name: 'Bank or notary' }), 'Ak Bars Bank');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Send application' }));

    expect(await screen.findByTestId('filed-number')).toHaveTextContent('KZN-E-2026-000009');
    expect(filed).toBe(true);
    expect(screen.getByTestId('filed-confirmation')).toHaveTextContent('Rustam Galiev');
  });
});

describe('FileForClientPage for a call centre', () => {
  it('offers only the services that take callers, under its own title', async () => {
    renderWithProviders(<FileForClientPage mode="callCentre" />, {
      mocks: [
        {
          request: { query: NotaryServicesDocument },
          result: {
            data: {
              eServices: [
                service('inquiry_response', 'Inquiry response', definition()),
                service('household_size_change', 'Household size', definition({ callCentreIntake: true })),
              ],
            },
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'File for a caller' })).toBeInTheDocument();
    const select = await screen.findByRole('combobox', { name: /Service/ });
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options.some((o) => o?.includes('Household size'))).toBe(true);
    expect(options.some((o) => o?.includes('Inquiry response'))).toBe(false);
  });
});
