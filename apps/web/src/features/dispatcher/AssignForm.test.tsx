import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { AssignRequestDocument, ContractorsDocument } from '../../gql/dispatcher/graphql.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { AssignForm } from './AssignForm.tsx';

const contractors = {
  request: { query: ContractorsDocument },
  result: {
    data: {
      contractors: [{ __typename: 'Organization', id: 'o1', name: 'ООО «Аквасервис»', kind: 'CONTRACTOR' }],
    },
  },
};

describe('AssignForm', () => {
  it('requires a contractor', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <AssignForm request={{ id: 'r1', number: 'KZN-1', version: 3 }} onStale={() => {}} />,
      {
        mocks: [contractors],
      },
    );
    await screen.findByRole('option', { name: 'ООО «Аквасервис»' });
    await user.click(screen.getByRole('button', { name: 'Assign' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This field is required.');
  });

  it('sends the version it was shown and, when it is stale, shows the translated error and reloads', async () => {
    const user = userEvent.setup();
    const onStale = vi.fn();
    renderWithProviders(
      <AssignForm request={{ id: 'r1', number: 'KZN-1', version: 3 }} onStale={onStale} />,
      {
        locale: 'kk',
        mocks: [
          contractors,
          {
            request: {
              query: AssignRequestDocument,
              variables: {
                input: { requestId: 'r1', version: 3, contractorOrganizationId: 'o1', comment: null },
              },
            },
            result: {
              errors: [
                new GraphQLError(
                  'Осы аралықта жазбаны басқа біреу өзгертті. Оны қайта жүктеп, әрекетті қайталаңыз.',
                  {
                    extensions: { code: 'STALE_VERSION' },
                  },
                ),
              ],
            },
          },
        ],
      },
    );
    await screen.findByRole('option', { name: 'ООО «Аквасервис»' });
    await user.selectOptions(screen.getByLabelText('Мердігер'), 'o1');
    await user.click(screen.getByRole('button', { name: 'Тағайындау' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Осы аралықта жазбаны басқа біреу өзгертті');
    await waitFor(() => expect(onStale).toHaveBeenCalledTimes(1));
  });
});
