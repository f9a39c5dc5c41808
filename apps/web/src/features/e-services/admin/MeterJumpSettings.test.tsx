import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SetMeterReadingJumpMultipleDocument } from '../../../gql/e-services-admin/graphql.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { MeterJumpSettings } from './MeterJumpSettings.tsx';

describe('MeterJumpSettings', () => {
  it('checks the multiple before sending, then saves it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MeterJumpSettings multiple={3} />, {
      mocks: [
        {
          request: { query: SetMeterReadingJumpMultipleDocument, variables: { multiple: 5 } },
          result: {
            data: {
              setMeterReadingJumpMultiple: { __typename: 'City', code: 'KZN', meterReadingJumpMultiple: 5 },
            },
          },
        },
      ],
    });
    const input = screen.getByLabelText('Multiple of the average monthly consumption');
    expect(input).toHaveValue('3');
    await user.clear(input);
    await user.type(input, '1');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The value is too small.')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '5');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Saved: readings more than 5× the average need confirming.'),
    ).toBeInTheDocument();
  });
});
