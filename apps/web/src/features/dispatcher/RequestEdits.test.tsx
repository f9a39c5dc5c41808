import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  SetRequestPriorityDocument,
  type DispatcherRequestDetailFragment,
} from '../../gql/dispatcher/graphql.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { RequestEdits } from './RequestEdits.tsx';

const request = {
  id: 'r1',
  number: 'KZN-2026-000001',
  version: 4,
  priority: 'NORMAL',
  category: { id: 'c1', name: 'Roof leak', isEmergency: false },
} as unknown as DispatcherRequestDetailFragment;

const setPriority = (result: object) => ({
  request: {
    query: SetRequestPriorityDocument,
    variables: { input: { requestId: 'r1', version: 4, priority: 'HIGH' } },
  },
  result,
});

describe('RequestEdits', () => {
  it('sends the new priority with the version it was shown', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RequestEdits request={request} />, {
      mocks: [
        setPriority({
          data: { setRequestPriority: { __typename: 'Request', id: 'r1', version: 5, priority: 'HIGH' } },
        }),
      ],
    });
    await user.click(screen.getByTestId('edit-priority'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'HIGH');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Priority of request .*KZN-2026-000001.* changed\./)).toBeInTheDocument();
    expect(screen.queryByTestId('edit-priority-form')).toBeNull();
  });

  it('says the request changed meanwhile when the version is stale, and keeps the form open', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RequestEdits request={request} />, {
      mocks: [
        setPriority({ errors: [new GraphQLError('stale', { extensions: { code: 'STALE_VERSION' } })] }),
      ],
    });
    await user.click(screen.getByTestId('edit-priority'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priority' }), 'HIGH');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/changed/i);
    expect(screen.getByTestId('edit-priority-form')).toBeInTheDocument();
  });

  it('requires the note text', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RequestEdits request={request} />, { mocks: [] });
    await user.click(screen.getByTestId('edit-note'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This field is required.');
  });
});
