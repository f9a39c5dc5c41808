import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DispatcherRequestDetailFragment } from '../../gql/dispatcher/graphql.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { DispatcherActions } from './DispatcherActions.tsx';

const none = {
  __typename: 'RequestViewerCan' as const,
  assign: false,
  reassign: false,
  verify: false,
  returnForRework: false,
  cancel: false,
};

const request = (viewerCan: Partial<typeof none>) =>
  ({
    id: 'r1',
    number: 'KZN-2026-000001',
    version: 2,
    contractor: null,
    viewerCan: { ...none, ...viewerCan },
  }) as unknown as DispatcherRequestDetailFragment;

describe('DispatcherActions', () => {
  it.each([
    [{ assign: true, cancel: true }, ['action-assign', 'action-cancel']],
    [{ reassign: true, cancel: true }, ['action-assign', 'action-cancel']],
    [{ verify: true, returnForRework: true }, ['action-verify', 'action-return']],
    [{}, []],
  ])('shows the buttons viewerCan %j allows', (viewerCan, expected) => {
    renderWithProviders(<DispatcherActions request={request(viewerCan)} onStale={() => {}} />);
    const shown = screen.queryAllByRole('button').map((b) => b.getAttribute('data-testid'));
    expect(shown.filter((id) => id?.startsWith('action-'))).toEqual(expected);
    if (expected.length === 0) expect(screen.getByTestId('no-actions')).toBeInTheDocument();
  });

  it('requires a comment to return for rework, and a reason and a comment to cancel', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <DispatcherActions request={request({ returnForRework: true, cancel: true })} onStale={() => {}} />,
    );
    await user.click(screen.getByTestId('action-return'));
    const back = screen.getByTestId('return-form');
    await user.click(within(back).getByRole('button', { name: 'Return for rework' }));
    expect(await within(back).findByRole('alert')).toHaveTextContent('This field is required.');

    await user.click(screen.getByTestId('action-cancel'));
    const cancel = screen.getByTestId('dispatcher-cancel-form');
    expect(within(cancel).getByRole('combobox', { name: 'Reason for cancellation' })).toBeInTheDocument();
    expect(within(cancel).getByRole('option', { name: 'Duplicate request' })).toBeInTheDocument();
    await user.click(within(cancel).getByRole('button', { name: 'Cancel the request' }));
    expect(await within(cancel).findAllByRole('alert')).toHaveLength(2);
  });
});
