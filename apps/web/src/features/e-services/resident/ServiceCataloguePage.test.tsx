import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EServiceCatalogueDocument } from '../../../gql/e-services-resident/graphql.ts';
import { renderWithProviders, residentViewer } from '../../../test/render.tsx';
import { definition } from './fixtures.test-data.ts';
import { ServiceCataloguePage } from './ServiceCataloguePage.tsx';

const service = (over: Record<string, unknown>) => ({
  __typename: 'EService',
  id: 's1',
  code: 'no_debt',
  name: 'No-debt certificate',
  providerName: 'Water utility',
  slaAmount: 3,
  slaUnit: 'WORKING_DAYS',
  definition: definition(),
  ...over,
});

const mocks = [
  {
    request: { query: EServiceCatalogueDocument },
    result: {
      data: {
        eServices: [
          service({}),
          service({
            id: 's2',
            code: 'household_size',
            name: 'Change the number of residents',
            slaAmount: 10,
            slaUnit: 'DAY_OF_NEXT_MONTH',
            definition: definition({ fee: { kind: 'ASSESSED' } }),
          }),
          service({
            id: 's3',
            code: 'waiting_list',
            name: 'Waiting list for housing',
            slaAmount: 30,
            slaUnit: 'CALENDAR_DAYS',
            definition: definition({ signing: 'ONE_TIME_CODE' }),
          }),
        ],
      },
    },
  },
];

describe('ServiceCataloguePage', () => {
  it('shows a card per service with its terms and an Apply link', async () => {
    renderWithProviders(<ServiceCataloguePage />, { viewer: residentViewer, mocks });
    expect(screen.getByRole('heading', { level: 1, name: 'E-services' })).toBeInTheDocument();
    const cards = await screen.findAllByTestId('service-card');
    expect(cards).toHaveLength(3);
    const noDebt = cards.find((c) => c.dataset['code'] === 'no_debt')!;
    expect(within(noDebt).getByText('A certificate that you owe nothing for water.')).toBeInTheDocument();
    expect(within(noDebt).getByText('Water utility')).toBeInTheDocument();
    expect(within(noDebt).getByTestId('service-sla')).toHaveTextContent('within 3 working days');
    expect(within(noDebt).getByTestId('service-fee')).toHaveTextContent('Free');
    expect(within(noDebt).getByTestId('service-signing')).toHaveTextContent('Not needed');
    expect(within(noDebt).getByRole('link', { name: 'Apply: No-debt certificate' })).toHaveAttribute(
      'href',
      '/resident/services/no_debt',
    );
    const household = cards.find((c) => c.dataset['code'] === 'household_size')!;
    expect(within(household).getByTestId('service-sla')).toHaveTextContent('by the 10th of next month');
    expect(within(household).getByTestId('service-fee')).toHaveTextContent('Set during review');
    const waiting = cards.find((c) => c.dataset['code'] === 'waiting_list')!;
    expect(within(waiting).getByTestId('service-sla')).toHaveTextContent('within 30 calendar days');
    expect(within(waiting).getByTestId('service-signing')).toHaveTextContent('one-time SMS code');
  });

  it('speaks Persian with Persian digits in fa', async () => {
    renderWithProviders(<ServiceCataloguePage />, { viewer: residentViewer, mocks, locale: 'fa' });
    const cards = await screen.findAllByTestId('service-card');
    const noDebt = cards.find((c) => c.dataset['code'] === 'no_debt')!;
    expect(within(noDebt).getByTestId('service-sla')).toHaveTextContent('ظرف ۳ روز کاری');
  });

  it('has an empty state', async () => {
    renderWithProviders(<ServiceCataloguePage />, {
      viewer: residentViewer,
      mocks: [{ request: { query: EServiceCatalogueDocument }, result: { data: { eServices: [] } } }],
    });
    expect(await screen.findByText('No e-services are available yet')).toBeInTheDocument();
  });
});
