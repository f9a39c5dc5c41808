import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  DeskMeterDocument,
  DeskMetersDocument,
  MeterDeskAvailableDocument,
  TakeMeterReadingDocument,
  type DeskMeterDetailFragment,
} from '../../gql/meter-desk/graphql.ts';
import type { Viewer } from '../session/session-context.ts';
import { renderWithProviders, type RenderOptions } from '../../test/render.tsx';
import DispatcherShell from '../dispatcher/DispatcherShell.tsx';
import { MeterDeskPage } from './MeterDeskPage.tsx';

const kcsViewer: Viewer = {
  __typename: 'Viewer',
  id: 'u-kcs',
  role: 'DISPATCHER',
  displayName: 'Gulnara Safina',
  email: 'dispatcher.kcs@demo.citydesk',
  phone: null,
  locale: 'en',
  organization: {
    __typename: 'Organization',
    id: 'o-kcs',
    name: 'Communal service centre',
    kind: 'MUNICIPALITY',
  },
} as Viewer;

const available = (value: boolean) => ({
  request: { query: MeterDeskAvailableDocument },
  result: { data: { meterDeskAvailable: value } },
});

const reading = (id: string, period: string, value: number, byPhone: boolean, name: string) => ({
  __typename: 'DeskMeterReading' as const,
  id,
  period,
  value,
  submittedAt: `${period.slice(0, 8)}18T09:00:00Z`,
  submittedByName: name,
  takenByCallCentre: byPhone,
});

const csv = '\uFEFFMonth,Reading\r\n2026-11,140\r\n';

const meter: DeskMeterDetailFragment = {
  __typename: 'DeskMeter',
  id: 'm-1',
  kind: 'COLD_WATER',
  status: 'ACTIVE',
  serialNumber: 'SV-15-778812',
  buildingAddress: 'Baumana St, 7',
  premisesNumber: '12',
  subscriberCodes: ['100000000001'],
  address: 'Baumana St, 7, 12',
  holderName: 'Alsu Khamitova',
  sealNumber: 'PL-0042',
  verifiedOn: '2026-03-15',
  initialReading: 100,
  readingWindow: {
    __typename: 'MeterReadingWindow',
    period: '2026-12-01',
    opensOn: '2026-12-15',
    closesOn: '2026-12-25',
    open: true,
    today: '2026-12-16',
  },
  readings: [
    reading('r-2', '2026-11-01', 140, true, 'Gulnara Safina'),
    reading('r-1', '2026-10-01', 130, false, 'Alsu Khamitova'),
  ],
  readingsCsv: csv,
} as DeskMeterDetailFragment;

const hotWater = {
  ...meter,
  id: 'm-2',
  kind: 'HOT_WATER',
  status: 'AWAITING_SEAL',
  serialNumber: 'HW-2',
  sealNumber: null,
} as DeskMeterDetailFragment;

const searchMock = (search: string, meters: DeskMeterDetailFragment[]) => ({
  request: { query: DeskMetersDocument, variables: { search } },
  result: { data: { deskMeters: meters } },
});
const meterMock = (value: DeskMeterDetailFragment) => ({
  request: { query: DeskMeterDocument, variables: { id: value.id } },
  result: { data: { deskMeter: value } },
});

function renderDesk(route: string, mocks: NonNullable<RenderOptions['mocks']>) {
  return renderWithProviders(
    <Routes>
      <Route path="/dispatcher/meters" element={<MeterDeskPage />} />
      <Route path="/dispatcher/meters/:id" element={<MeterDeskPage />} />
    </Routes>,
    { mocks: [available(true), ...mocks], viewer: kcsViewer, route },
  );
}

describe('the dispatcher shell', () => {
  const renderShell = (mocks: NonNullable<RenderOptions['mocks']>) =>
    renderWithProviders(
      <Routes>
        <Route path="/dispatcher/*" element={<DispatcherShell />} />
      </Routes>,
      { mocks, viewer: kcsViewer, route: '/dispatcher/tasks' },
    );

  it('offers the meter desk when the organization keeps meters', async () => {
    renderShell([available(true)]);
    const nav = await screen.findByTestId('nav-meters');
    expect(nav).toHaveAccessibleName('Meters');
    expect(nav).toHaveAttribute('href', '/dispatcher/meters');
  });

  it('has no meter desk for an organization that keeps none', async () => {
    renderShell([available(false)]);
    expect(await screen.findByTestId('nav-applications')).toBeInTheDocument();
    // Give the answer time to arrive: the entry must still not be there.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('nav-meters')).not.toBeInTheDocument();
  });
});

describe('MeterDeskPage: search', () => {
  it('asks for more text, then lists the matching meters with address, flat, account, kind, serial and status', async () => {
    const user = userEvent.setup();
    renderDesk('/dispatcher/meters', [searchMock('Baumana 7', [meter, hotWater])]);
    const box = await screen.findByRole('searchbox', { name: 'Subscriber code or address' });
    expect(screen.getByTestId('meter-search-status')).toHaveTextContent(
      'Type at least 2 characters to search.',
    );
    expect(screen.getByTestId('empty-state')).toHaveTextContent('Choose a meter');

    await user.type(box, 'Baumana 7');
    const results = await screen.findAllByTestId('meter-result');
    expect(screen.getByTestId('meter-search-status')).toHaveTextContent('Meters found: 2');
    expect(within(screen.getByRole('list', { name: 'Meters found' })).getAllByRole('link')).toHaveLength(2);
    const [cold, hot] = results as [HTMLElement, HTMLElement];
    // The address and the flat are isolated (Unicode FSI … PDI), so a Russian address reads right in Persian.
    expect(cold.textContent?.replace(/[\u2068\u2069]/g, '')).toContain('Baumana St, 7, flat 12');
    expect(cold).toHaveTextContent('Account 100000000001');
    expect(cold).toHaveTextContent('Cold water');
    expect(cold).toHaveTextContent('SV-15-778812');
    expect(within(cold).getByTestId('meter-result-status')).toHaveTextContent('In use');
    expect(within(hot).getByTestId('meter-result-status')).toHaveTextContent('Awaiting sealing');
    // The link keeps the search, so "back" finds the same list.
    expect(cold).toHaveAttribute('href', '/dispatcher/meters/m-1?q=Baumana+7');

    // The keyboard moves from the box into the list and back.
    await user.keyboard('{ArrowDown}');
    expect(cold).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(hot).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(box).toHaveFocus();
  });

  it('says when nothing matches, and offers a retry when the search fails', async () => {
    const user = userEvent.setup();
    renderDesk('/dispatcher/meters', [
      searchMock('Nowhere', []),
      { request: { query: DeskMetersDocument, variables: { search: '9999' } }, error: new Error('offline') },
    ]);
    const box = await screen.findByRole('searchbox', { name: 'Subscriber code or address' });
    await user.type(box, 'Nowhere');
    expect(await screen.findByText('No meters found')).toBeInTheDocument();
    expect(screen.getByText(/Nothing matches “Nowhere”/)).toBeInTheDocument();

    await user.clear(box);
    await user.type(box, '9999');
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('No connection to the server.');
  });
});

describe('MeterDeskPage: a meter', () => {
  it('shows the register data, the history with how and by whom each reading came, the chart and the CSV', async () => {
    renderDesk('/dispatcher/meters/m-1?q=Baumana+7', [searchMock('Baumana 7', [meter]), meterMock(meter)]);
    const detail = await screen.findByTestId('desk-meter');
    expect(within(detail).getByRole('heading', { level: 2 })).toHaveTextContent('Cold waterSV-15-778812');
    expect(within(detail).getByTestId('fact-address')).toHaveTextContent('Baumana St, 7, 12');
    expect(within(detail).getByTestId('fact-accounts')).toHaveTextContent('100000000001');
    expect(within(detail).getByTestId('fact-holder')).toHaveTextContent('Alsu Khamitova');
    expect(within(detail).getByTestId('fact-serial')).toHaveTextContent('SV-15-778812');
    expect(within(detail).getByTestId('fact-seal')).toHaveTextContent('PL-0042');
    expect(within(detail).getByTestId('fact-status')).toHaveTextContent('In use');
    expect(within(detail).getByTestId('fact-verified-on')).toHaveTextContent('15 Mar 2026');
    expect(within(detail).getByTestId('fact-initial-reading')).toHaveTextContent('100');

    const rows = within(detail).getAllByTestId('reading-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByTestId('reading-source')).toHaveTextContent(
      'Taken by the call centre · Gulnara Safina',
    );
    expect(within(rows[1]!).getByTestId('reading-source')).toHaveTextContent(
      'In the personal cabinet · Alsu Khamitova',
    );
    expect(
      within(detail).getByRole('img', { name: /Monthly consumption of meter SV-15-778812/ }),
    ).toBeInTheDocument();

    const download = within(detail).getByRole('link', { name: 'Download the readings (CSV)' });
    expect(download).toHaveAttribute('download', 'meter-SV-15-778812-readings-2026-12-16.csv');
    const href = download.getAttribute('href')!;
    expect(href.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).toBe(csv);

    expect(screen.getByRole('link', { name: 'Back to the search results' })).toHaveAttribute(
      'href',
      '/dispatcher/meters?q=Baumana+7',
    );
  });

  it('takes no reading for a meter awaiting its seal', async () => {
    renderDesk('/dispatcher/meters/m-2', [meterMock(hotWater)]);
    expect(await screen.findByTestId('take-reading-unavailable')).toHaveTextContent(
      'Readings can be submitted once the meter is sealed.',
    );
    expect(screen.getByTestId('fact-seal')).toHaveTextContent('Not sealed yet');
    expect(screen.queryByTestId('take-reading-form')).not.toBeInTheDocument();
  });

  it('says when the window is closed and when it opens, without a form', async () => {
    const closed = {
      ...meter,
      readingWindow: { ...meter.readingWindow, open: false, today: '2026-12-02' },
    } as DeskMeterDetailFragment;
    renderDesk('/dispatcher/meters/m-1', [meterMock(closed)]);
    expect(await screen.findByTestId('take-reading-window')).toHaveTextContent(
      'Readings are not accepted now. The next window opens on 15 Dec 2026.',
    );
    expect(screen.queryByTestId('take-reading-form')).not.toBeInTheDocument();
  });
});

describe('MeterDeskPage: taking a reading by phone', () => {
  const taken = (value: number) =>
    ({
      ...meter,
      readings: [reading('r-3', '2026-12-01', value, true, 'Gulnara Safina'), ...meter.readings],
    }) as DeskMeterDetailFragment;
  const takeMock = (value: string, confirm: boolean, result: object) => ({
    request: { query: TakeMeterReadingDocument, variables: { meterId: 'm-1', value, confirm } },
    result,
  });
  const refused = (code: string, extensions: Record<string, unknown>) => ({
    errors: [new GraphQLError(code, { extensions: { code, ...extensions } })],
  });

  it('refuses a figure below the last reading before sending, and shows the API’s refusals in words', async () => {
    const user = userEvent.setup();
    renderDesk('/dispatcher/meters/m-1', [
      meterMock(meter),
      takeMock('150', false, refused('READING_WINDOW_CLOSED', { params: { from: 15, to: 25 } })),
      takeMock('151', false, refused('INVALID_INPUT', { issues: [{ field: 'value', code: 'too_small' }] })),
    ]);
    const input = await screen.findByLabelText('Reading for December 2026');
    expect(screen.getByTestId('take-reading-window')).toHaveTextContent(
      'Readings for December 2026 are accepted 15 December – 25 December.',
    );
    expect(screen.getByText('Up to 3 decimals, e.g. 1234.567. The last reading: 140.')).toBeInTheDocument();

    await user.type(input, '120');
    await user.click(screen.getByRole('button', { name: 'Record the reading' }));
    expect(
      await screen.findByText('Lower than the last reading (140): a meter only counts up.'),
    ).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');

    // The window closed while the caller was on the line.
    await user.clear(input);
    await user.type(input, '150');
    await user.click(screen.getByRole('button', { name: 'Record the reading' }));
    expect(
      await screen.findByText('Readings are accepted only from day 15 to day 25 of each month.'),
    ).toBeInTheDocument();

    // The API's own check of the figure, translated as the form's.
    await user.clear(input);
    await user.type(input, '151');
    await user.click(screen.getByRole('button', { name: 'Record the reading' }));
    expect(
      await screen.findByText('Lower than the last reading (140): a meter only counts up.'),
    ).toBeInTheDocument();
  });

  it('asks the caller to confirm an unusual jump and records it once confirmed', async () => {
    const user = userEvent.setup();
    renderDesk('/dispatcher/meters/m-1', [
      meterMock(meter),
      takeMock('900', false, refused('READING_NEEDS_CONFIRMATION', { params: { average: 10, jump: 760 } })),
      takeMock('900', true, { data: { takeMeterReading: taken(900) } }),
    ]);
    const input = await screen.findByLabelText('Reading for December 2026');
    await user.type(input, '900');
    await user.click(screen.getByRole('button', { name: 'Record the reading' }));
    expect(await screen.findByTestId('take-reading-jump')).toHaveTextContent(
      'This reading is 760 above the last one, while the meter usually uses 10 a month.',
    );
    const confirm = screen.getByRole('checkbox', { name: 'The caller has confirmed the figure 900' });

    // Sending again without the tick is refused here.
    await user.click(screen.getByRole('button', { name: 'Record the reading' }));
    expect(
      await screen.findByText('Tick the box once the caller has confirmed the figure.'),
    ).toBeInTheDocument();

    await user.click(confirm);
    await user.click(screen.getByRole('button', { name: 'Record the reading' }));
    expect(await screen.findByText('Reading 900 recorded for December 2026.')).toBeInTheDocument();
    expect(await screen.findByTestId('take-reading-current')).toHaveTextContent(
      'This month’s reading is already 900; a new one corrects it.',
    );
    expect(screen.queryByTestId('take-reading-jump')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Correct this month’s reading' })).toBeInTheDocument();
  });

  it('drops the confirmation when the figure changes', async () => {
    const user = userEvent.setup();
    renderDesk('/dispatcher/meters/m-1', [
      meterMock(meter),
      takeMock('900', false, refused('READING_NEEDS_CONFIRMATION', { params: { average: 10, jump: 760 } })),
    ]);
    const input = await screen.findByLabelText('Reading for December 2026');
    await user.type(input, '900');
    await user.click(screen.getByRole('button', { name: 'Record the reading' }));
    expect(await screen.findByTestId('take-reading-jump')).toBeInTheDocument();
    await user.type(input, '{Backspace}');
    expect(screen.queryByTestId('take-reading-jump')).not.toBeInTheDocument();
  });

  it('reads in Persian: Persian digits, the dates of the Persian calendar, right to left', async () => {
    renderWithProviders(
      <Routes>
        <Route path="/dispatcher/meters/:id" element={<MeterDeskPage />} />
      </Routes>,
      {
        mocks: [available(true), meterMock(meter)],
        viewer: kcsViewer,
        route: '/dispatcher/meters/m-1',
        locale: 'fa',
      },
    );
    const detail = await screen.findByTestId('desk-meter');
    expect(within(detail).getByTestId('fact-initial-reading')).toHaveTextContent('۱۰۰');
    expect(within(detail).getByTestId('fact-verified-on')).toHaveTextContent(/۱۴۰۴/);
    expect(within(detail).getByTestId('fact-verified-on')).not.toHaveTextContent(/[0-9]/);
    expect(within(detail).getAllByTestId('reading-source')[0]).toHaveTextContent('مرکز تماس');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });
});
