import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  FileRequestByPhoneDocument,
  IntakeOptionsDocument,
  SearchResidentsDocument,
} from '../../gql/dispatcher/graphql.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { PhoneIntakePage } from './PhoneIntakePage.tsx';

const options = {
  request: { query: IntakeOptionsDocument },
  result: {
    data: {
      serviceCategories: [{ __typename: 'ServiceCategory', id: 'c1', name: 'Heating', isEmergency: false }],
      companyBuildings: [
        { __typename: 'Building', id: 'b1', address: 'ул. Баумана, 12' },
        { __typename: 'Building', id: 'b2', address: 'ул. Пушкина, 3' },
      ],
    },
  },
};

const search = {
  request: { query: SearchResidentsDocument, variables: { query: 'Alsu' } },
  result: {
    data: {
      searchResidents: [
        {
          __typename: 'ResidentMatch',
          id: 'u1',
          displayName: 'Alsu Khamitova',
          phone: '+7 900 111-22-33',
          email: 'alsu@example.org',
          homes: [
            { __typename: 'ResidentHome', buildingId: 'b2', address: 'ул. Пушкина, 3', premisesNumber: '17' },
          ],
        },
      ],
    },
  },
};

describe('PhoneIntakePage', () => {
  it('finds the caller as the dispatcher types and prefills name, phone, building and apartment', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PhoneIntakePage />, { mocks: [options, search] });
    await user.type(await screen.findByRole('searchbox', { name: /Find the caller/ }), 'Alsu');
    const match = await screen.findByTestId('resident-match');
    expect(match).toHaveTextContent('Alsu Khamitova');
    await user.click(within(match).getByRole('button', { name: /ул\. Пушкина, 3.*17/ }));

    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Alsu Khamitova');
    expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveValue('+7 900 111-22-33');
    expect(screen.getByRole('combobox', { name: 'Building' })).toHaveValue('b2');
    expect(screen.getByRole('textbox', { name: 'Apartment number' })).toHaveValue('17');
    expect(screen.getByTestId('chosen-resident')).toHaveTextContent('Alsu Khamitova');
  });

  it('files the request for the chosen resident', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PhoneIntakePage />, {
      route: '/dispatcher/intake',
      mocks: [
        options,
        search,
        {
          request: {
            query: FileRequestByPhoneDocument,
            variables: {
              input: {
                categoryId: 'c1',
                residentId: 'u1',
                contactName: 'Alsu Khamitova',
                contactPhone: '+7 900 111-22-33',
                buildingId: 'b2',
                premisesNumber: '17',
                description: 'No heating in the flat since morning.',
                preferredVisit: null,
              },
            },
          },
          result: {
            data: { fileRequestByPhone: { __typename: 'Request', id: 'r9', number: 'KZN-2026-000009' } },
          },
        },
      ],
    });
    await user.type(await screen.findByRole('searchbox', { name: /Find the caller/ }), 'Alsu');
    await user.click(await screen.findByRole('button', { name: /ул\. Пушкина, 3.*17/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'What needs repair?' }), 'c1');
    await user.type(
      screen.getByRole('textbox', { name: 'Description of the problem' }),
      'No heating in the flat since morning.',
    );
    await user.click(screen.getByRole('button', { name: 'File the request' }));
    expect(await screen.findByText(/KZN-2026-000009.*has been filed/)).toBeInTheDocument();
  });

  it('needs a name, a phone, a building and an apartment when nobody was found', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PhoneIntakePage />, { mocks: [options] });
    await user.click(await screen.findByRole('button', { name: 'File the request' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('combobox', { name: 'Building' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Apartment number' })).toHaveAttribute('aria-invalid', 'true');
  });
});
