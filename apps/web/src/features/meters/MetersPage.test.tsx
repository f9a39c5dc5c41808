import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  MyMetersDocument,
  OrderMeterSealWorkDocument,
  SubmitMeterReadingDocument,
  type MeterCardFieldsFragment,
  type MyMetersQuery,
} from '../../gql/meters/graphql.ts';
import { renderWithProviders, residentViewer, type RenderOptions } from '../../test/render.tsx';
import { MetersPage } from './MetersPage.tsx';

const openWindow: MyMetersQuery['meterReadingWindow'] = {
  __typename: 'MeterReadingWindow',
  period: '2026-11-01',
  opensOn: '2026-11-15',
  closesOn: '2026-11-25',
  open: true,
  daysLeft: 3,
  today: '2026-11-23',
} as MyMetersQuery['meterReadingWindow'];

const reading = (id: string, period: string, value: number, takenByCallCentre = false) => ({
  __typename: 'MeterReading' as const,
  id,
  period,
  value,
  submittedAt: `${period.slice(0, 8)}20T09:00:00Z`,
  takenByCallCentre,
});

const coldWater: MeterCardFieldsFragment = {
  __typename: 'Meter',
  id: 'm-1',
  kind: 'COLD_WATER',
  status: 'ACTIVE',
  serialNumber: 'SN-778899',
  sealNumber: 'PL-0042',
  verifiedOn: '2025-03-14',
  address: 'Pushkin St, 12, 34',
  readingMissingSoon: true,
  verification: { __typename: 'MeterVerification', dueOn: '2031-03-14', state: 'VALID' },
  openWorkOrder: null,
  viewerCan: { __typename: 'MeterViewerCan', orderSealing: false, orderUnsealing: true },
  readings: [reading('r-2', '2026-10-01', 130.5), reading('r-1', '2026-09-01', 120)],
} as MeterCardFieldsFragment;

const awaitingSeal: MeterCardFieldsFragment = {
  ...coldWater,
  id: 'm-2',
  kind: 'ELECTRICITY',
  status: 'AWAITING_SEAL',
  serialNumber: 'EL-1',
  sealNumber: null,
  readingMissingSoon: false,
  verification: { __typename: 'MeterVerification', dueOn: '2026-12-06', state: 'DUE_SOON' },
  viewerCan: { __typename: 'MeterViewerCan', orderSealing: true, orderUnsealing: false },
  readings: [],
} as MeterCardFieldsFragment;

const metersMock = (myMeters: MeterCardFieldsFragment[], window = openWindow) => ({
  request: { query: MyMetersDocument },
  result: { data: { meterReadingWindow: window, myMeters } },
});

function renderMeters(mocks: NonNullable<RenderOptions['mocks']>) {
  return renderWithProviders(<MetersPage />, { mocks, viewer: residentViewer, route: '/resident/meters' });
}

describe('MetersPage', () => {
  it('shows the open window, each meter and the missing-reading warning', async () => {
    renderMeters([metersMock([coldWater, awaitingSeal])]);
    const window = await screen.findByTestId('meters-window');
    expect(window).toHaveTextContent('Readings for November 2026 are accepted 15 November – 25 November.');
    expect(window).toHaveTextContent('Days left: 3.');

    const cards = screen.getAllByTestId('meter-card');
    expect(cards).toHaveLength(2);
    const [cold, electric] = cards as [HTMLElement, HTMLElement];
    expect(within(cold).getByRole('heading', { level: 2 })).toHaveTextContent('Cold water');
    expect(cold).toHaveTextContent('PL-0042');
    expect(cold).toHaveTextContent('Pushkin St, 12, 34');
    expect(within(cold).getByTestId('meter-missing-soon')).toHaveTextContent(
      'The reading for November 2026 has not been submitted yet, and the window closes on 25 November.',
    );
    expect(within(cold).getAllByTestId('reading-row')).toHaveLength(2);
    expect(
      within(cold).getByRole('img', { name: /Monthly consumption of meter SN-778899/ }),
    ).toBeInTheDocument();

    expect(within(electric).getByTestId('meter-status')).toHaveTextContent('Awaiting sealing');
    expect(within(electric).queryByTestId('reading-form')).not.toBeInTheDocument();
    expect(within(electric).queryByTestId('meter-missing-soon')).not.toBeInTheDocument();
    expect(electric).toHaveTextContent('Readings can be submitted once the meter is sealed.');

    // When each is due for verification, and a badge for the one due soon.
    expect(within(cold).getByTestId('meter-verification-due')).toHaveTextContent('14 Mar 2031');
    expect(within(electric).getByTestId('meter-verification-due')).toHaveTextContent(
      '6 Dec 2026 Verification due soon',
    );
    // The server says what may be ordered: unsealing the one in use, sealing the one waiting for it.
    expect(within(cold).getByRole('button', { name: 'Order unsealing' })).toBeInTheDocument();
    expect(within(cold).queryByRole('button', { name: 'Order sealing' })).not.toBeInTheDocument();
    expect(within(electric).getByRole('button', { name: 'Order sealing' })).toBeInTheDocument();
  });

  it('orders unsealing and then shows the open work order instead of the buttons', async () => {
    const user = userEvent.setup();
    const ordered = {
      ...coldWater,
      openWorkOrder: { __typename: 'MeterWorkOrder', id: 'w-1', number: 'KZN-2026-000123', work: 'UNSEAL' },
      viewerCan: { __typename: 'MeterViewerCan', orderSealing: false, orderUnsealing: false },
    } as MeterCardFieldsFragment;
    renderMeters([
      metersMock([coldWater]),
      {
        request: { query: OrderMeterSealWorkDocument, variables: { meterId: 'm-1', work: 'UNSEAL' } },
        result: { data: { orderMeterSealWork: ordered } },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Order unsealing' }));
    expect(await screen.findByTestId('meter-work-open')).toHaveTextContent(
      'Work order KZN-2026-000123 is open for this meter.',
    );
    expect(screen.queryByRole('button', { name: 'Order unsealing' })).not.toBeInTheDocument();
    expect(await screen.findByTestId('toast')).toHaveTextContent(
      'Work order KZN-2026-000123 has been created',
    );
  });

  it('marks in the history the readings the call centre took by phone', async () => {
    const byPhone = {
      ...coldWater,
      readings: [reading('r-3', '2026-11-01', 140, true), ...coldWater.readings],
    };
    renderMeters([metersMock([byPhone])]);
    const rows = await screen.findAllByTestId('reading-row');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByTestId('reading-source')).toHaveTextContent('Taken by the call centre');
    // Readings the resident submitted carry no mark.
    expect(within(rows[1]!).queryByTestId('reading-source')).not.toBeInTheDocument();
  });

  it('submits a reading and shows the saved value', async () => {
    const user = userEvent.setup();
    const saved = {
      ...coldWater,
      readingMissingSoon: false,
      readings: [reading('r-3', '2026-11-01', 141.25), ...coldWater.readings],
    };
    renderMeters([
      metersMock([coldWater]),
      {
        request: {
          query: SubmitMeterReadingDocument,
          variables: { meterId: 'm-1', value: '141,25', confirm: false },
        },
        result: { data: { submitMeterReading: saved } },
      },
    ]);
    const input = await screen.findByLabelText('Reading for November 2026');
    expect(input).toHaveAttribute('inputmode', 'decimal');
    await user.type(input, '141,25');
    await user.click(screen.getByRole('button', { name: 'Submit reading' }));
    expect(await screen.findByTestId('reading-current')).toHaveTextContent(
      'Submitted for November 2026: 141.25.',
    );
    expect(screen.queryByTestId('meter-missing-soon')).not.toBeInTheDocument();
    // The saved value shows as soon as the cache has it; the form leaves its submitting state a moment later.
    expect(await screen.findByRole('button', { name: 'Correct reading' })).toBeInTheDocument();
  });

  it('translates the server’s issue codes and checks the format before sending', async () => {
    const user = userEvent.setup();
    renderMeters([
      metersMock([coldWater]),
      {
        request: {
          query: SubmitMeterReadingDocument,
          variables: { meterId: 'm-1', value: '1000000000', confirm: false },
        },
        result: {
          errors: [
            new GraphQLError('Invalid input', {
              extensions: { code: 'INVALID_INPUT', issues: [{ field: 'value', code: 'too_large' }] },
            }),
          ],
        },
      },
    ]);
    const input = await screen.findByLabelText('Reading for November 2026');
    await user.type(input, '12a');
    await user.click(screen.getByRole('button', { name: 'Submit reading' }));
    expect((await screen.findByText('Enter a number.')).closest('[role=alert]')).not.toBeNull();
    expect(input).toHaveAttribute('aria-invalid', 'true');

    await user.clear(input);
    await user.type(input, '100');
    await user.click(screen.getByRole('button', { name: 'Submit reading' }));
    expect(await screen.findByText('The value is too small.')).toBeInTheDocument();

    await user.clear(input);
    await user.type(input, '1000000000');
    await user.click(screen.getByRole('button', { name: 'Submit reading' }));
    expect(await screen.findByText('The value is too large.')).toBeInTheDocument();
  });

  it('shows the server’s question about an unusual jump and confirms the same value on the second click', async () => {
    const user = userEvent.setup();
    const saved = { ...coldWater, readings: [reading('r-3', '2026-11-01', 900), ...coldWater.readings] };
    const message = 'This reading is 769.5 above the last one, more than usual (on average 10.5 a month).';
    renderMeters([
      metersMock([coldWater]),
      {
        request: {
          query: SubmitMeterReadingDocument,
          variables: { meterId: 'm-1', value: '900', confirm: false },
        },
        result: {
          errors: [new GraphQLError(message, { extensions: { code: 'READING_NEEDS_CONFIRMATION' } })],
        },
      },
      {
        request: {
          query: SubmitMeterReadingDocument,
          variables: { meterId: 'm-1', value: '900', confirm: true },
        },
        result: { data: { submitMeterReading: saved } },
      },
    ]);
    await user.type(await screen.findByLabelText('Reading for November 2026'), '900');
    await user.click(screen.getByRole('button', { name: 'Submit reading' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, the reading is right: submit it' }));
    expect(await screen.findByTestId('reading-current')).toHaveTextContent(
      'Submitted for November 2026: 900.',
    );
  });

  it('says when the next window opens while it is closed, and has no reading form', async () => {
    renderMeters([
      metersMock([{ ...coldWater, readingMissingSoon: false }], {
        ...openWindow,
        open: false,
        daysLeft: 0,
        today: '2026-11-27',
      }),
    ]);
    const window = await screen.findByTestId('meters-window');
    expect(window).toHaveTextContent('Readings are not accepted now.');
    expect(window).toHaveTextContent('The next window opens on 15 Dec 2026.');
    expect(screen.queryByTestId('reading-form')).not.toBeInTheDocument();
  });

  it('explains there are no meters and links to the e-services', async () => {
    renderMeters([metersMock([])]);
    const empty = await screen.findByTestId('empty-state');
    expect(empty).toHaveTextContent('No meters registered');
    expect(within(empty).getByRole('link', { name: 'Go to E-services' })).toHaveAttribute(
      'href',
      '/resident/services',
    );
  });
});
