import { parseServiceSpec, type LocalizedText } from '@citydesk/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import {
  DeskRefuseDocument,
  DeskRequestPaymentDocument,
  type DeskApplicationDetailFragment,
} from '../../../gql/e-services-desk/graphql.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { ApplicationActions, type DeskAction, type PaymentPreset } from './ApplicationActions.tsx';

const text = (en: string): LocalizedText => ({
  en,
  ru: `${en} ru`,
  az: `${en} az`,
  fa: `${en} fa`,
  kk: `${en} kk`,
});

const spec = parseServiceSpec({
  summary: text('No-debt certificate'),
  whatHappensNext: text('We check it.'),
  subject: 'PREMISES',
  fee: { kind: 'ASSESSED' },
  signing: 'NONE',
  outcome: 'CERTIFICATE',
  refusalGrounds: [
    { code: 'accountNotFound', label: text('The subscriber account does not exist') },
    { code: 'notAccountHolder', label: text('The applicant does not hold the account') },
  ],
  taskKinds: ['METER_INSPECTION'],
  steps: [
    {
      id: 'account',
      title: text('Account'),
      fields: [{ name: 'subscriberCode', type: 'text', label: text('Subscriber code') }],
    },
  ],
  documents: [],
});

const none = {
  __typename: 'ApplicationViewerCan' as const,
  approve: false,
  createTask: false,
  invalidate: false,
  orderSealing: false,
  pay: false,
  refuse: false,
  removeFromList: false,
  requestPayment: false,
  sign: false,
  startReview: false,
};

const application = (viewerCan: Partial<typeof none>) =>
  ({
    __typename: 'Application',
    id: 'a1',
    number: 'APP-2026-000007',
    version: 3,
    currency: 'RUB',
    serviceName: 'No-debt certificate',
    viewerCan: { ...none, ...viewerCan },
  }) as unknown as DeskApplicationDetailFragment;

/** The panel keeps which form is open; the test does the same. */
function Harness({ can, preset = null }: { can: Partial<typeof none>; preset?: PaymentPreset | null }) {
  const [open, setOpen] = useState<DeskAction | null>(preset ? 'payment' : null);
  return (
    <ApplicationActions
      application={application(can)}
      spec={spec}
      open={open}
      preset={preset}
      onOpenChange={setOpen}
      onStale={() => {}}
    />
  );
}

const decided = { data: { applicationRefuse: null } };

describe('ApplicationActions', () => {
  it.each([
    [{ startReview: true, invalidate: true }, ['review', 'invalidate']],
    [
      { requestPayment: true, approve: true, refuse: true, invalidate: true },
      ['payment', 'approve', 'refuse', 'invalidate'],
    ],
    [{ orderSealing: true }, ['sealing']],
    [{ removeFromList: true }, ['remove']],
    [{ pay: true }, ['pay']],
  ])('shows only the steps viewerCan %j allows', (can, expected) => {
    renderWithProviders(<Harness can={can} />);
    const shown = screen
      .getAllByRole('button')
      .map((b) => b.getAttribute('data-testid')?.replace('application-action-', ''));
    expect(shown).toEqual(expected);
  });

  it('says so when nothing is allowed', () => {
    renderWithProviders(<Harness can={{}} />);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getByTestId('no-application-actions')).toHaveTextContent('nothing for you to do');
  });

  it("requires one of the service's grounds to refuse, then sends it with the version", async () => {
    const user = userEvent.setup();
    let sent = false;
    renderWithProviders(<Harness can={{ refuse: true }} />, {
      mocks: [
        {
          request: {
            query: DeskRefuseDocument,
            variables: {
              input: {
                applicationId: 'a1',
                version: 3,
                groundCode: 'notAccountHolder',
                comment: 'Not the holder',
              },
            },
          },
          result: () => {
            sent = true;
            return decided;
          },
        },
      ],
    });
    await user.click(screen.getByTestId('application-action-refuse'));
    const form = screen.getByTestId('refuse-form');
    const ground = within(form).getByRole('combobox', { name: 'Ground for refusal' });
    expect(
      within(ground)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Choose a ground…',
      'The subscriber account does not exist',
      'The applicant does not hold the account',
    ]);
    await user.click(within(form).getByRole('button', { name: 'Refuse the application' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('This field is required.');
    expect(ground).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toBe(false);

    await user.selectOptions(ground, 'notAccountHolder');
    await user.type(
      within(form).getByRole('textbox', { name: /Comment to the applicant/ }),
      ' Not the holder ',
    );
    await user.click(within(form).getByRole('button', { name: 'Refuse the application' }));
    await screen.findByText('Application \u2068APP-2026-000007\u2069 is refused.');
    expect(sent).toBe(true);
  });

  it('converts the amount typed in roubles to kopecks when requesting payment', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness can={{ requestPayment: true }} />, {
      mocks: [
        {
          request: {
            query: DeskRequestPaymentDocument,
            variables: { input: { applicationId: 'a1', version: 3, amount: 123450, comment: null } },
          },
          result: { data: { applicationRequestPayment: null } },
        },
      ],
    });
    await user.click(screen.getByTestId('application-action-payment'));
    const form = screen.getByTestId('payment-form');
    const amount = within(form).getByRole('textbox', { name: 'Amount (RUB)' });
    await user.type(amount, '12,3456');
    await user.click(within(form).getByRole('button', { name: 'Request payment' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Enter a positive amount');
    await user.clear(amount);
    await user.type(amount, '1 234,50');
    await user.click(within(form).getByRole('button', { name: 'Request payment' }));
    expect(await screen.findByText(/Payment of .*1,234\.50.* requested/)).toBeInTheDocument();
  });

  it("prefills the account's debt and sends the account it settles", async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <Harness can={{ requestPayment: true }} preset={{ amount: 456789, accountId: 'acc-1' }} />,
      {
        mocks: [
          {
            request: {
              query: DeskRequestPaymentDocument,
              variables: {
                input: { applicationId: 'a1', version: 3, amount: 456789, comment: null, accountId: 'acc-1' },
              },
            },
            result: { data: { applicationRequestPayment: null } },
          },
        ],
      },
    );
    const form = screen.getByTestId('payment-form');
    expect(within(form).getByRole('textbox', { name: 'Amount (RUB)' })).toHaveValue('4567.89');
    await user.click(within(form).getByRole('button', { name: 'Request payment' }));
    expect(await screen.findByText(/Payment of .*4,567\.89.* requested/)).toBeInTheDocument();
  });

  it('asks before approving', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness can={{ approve: true }} />);
    await user.click(screen.getByTestId('application-action-approve'));
    const dialog = screen.getByRole('dialog', { name: 'Approve application \u2068APP-2026-000007\u2069?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
