import { CombinedGraphQLErrors } from '@apollo/client';
import { parseServiceSpec, type LocalizedText, type ServiceSpec } from '@citydesk/domain';
import { formatDate } from '@citydesk/i18n';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installMockXhr } from '../../../test/mock-xhr.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { ServiceForm, type ServiceFormProps } from './ServiceForm.tsx';

const text = (en: string, fa = `${en} (fa)`): LocalizedText => ({
  en,
  fa,
  ru: `${en} (ru)`,
  az: `${en} (az)`,
  kk: `${en} (kk)`,
});

function makeSpec({ documents = true } = {}): ServiceSpec {
  return parseServiceSpec({
    summary: text('Register the number of residents'),
    whatHappensNext: text('We check the application within 5 working days.'),
    subject: 'PREMISES',
    fee: { kind: 'FREE' },
    signing: 'NONE',
    outcome: 'HOUSEHOLD_SIZE',
    refusalGrounds: [{ code: 'incomplete', label: text('The application is incomplete') }],
    steps: [
      {
        id: 'applicant',
        title: text('About you', 'دربارهٔ شما'),
        fields: [
          {
            name: 'fullName',
            type: 'text',
            label: text('Full name'),
            required: true,
            prefill: 'displayName',
          },
          {
            name: 'email',
            type: 'email',
            label: text('E-mail', 'ایمیل'),
            help: text('We send updates here.'),
            required: true,
            prefill: 'email',
          },
          { name: 'phone', type: 'phone', label: text('Phone', 'تلفن'), required: true },
        ],
      },
      {
        id: 'household',
        title: text('Your household'),
        fields: [
          { name: 'residents', type: 'integer', label: text('Residents'), required: true, min: 1, max: 20 },
          { name: 'area', type: 'decimal', label: text('Floor area, m²'), min: 1 },
          { name: 'since', type: 'date', label: text('Living here since'), required: true },
          {
            name: 'tenure',
            type: 'select',
            label: text('You are the'),
            required: true,
            options: [
              { value: 'owner', label: text('Owner') },
              { value: 'tenant', label: text('Tenant') },
            ],
          },
          { name: 'account', type: 'text', label: text('Account number'), pattern: '\\d{6}' },
          { name: 'notes', type: 'textarea', label: text('Anything else') },
        ],
      },
      {
        id: 'consent',
        title: text('Declaration'),
        fields: [
          { name: 'agree', type: 'checkbox', label: text('The details are true'), required: true },
          { name: 'paper', type: 'checkbox', label: text('Send me a paper copy') },
        ],
      },
    ],
    documents: documents
      ? [
          {
            kind: 'deed',
            label: text('Title deed'),
            required: true,
            accept: ['application/pdf'],
            maxBytes: 2 * 1024 * 1024,
            maxFiles: 2,
          },
          {
            kind: 'other',
            label: text('Other papers'),
            required: false,
            accept: ['image/jpeg', 'image/png'],
            maxBytes: 1024 * 1024,
            maxFiles: 1,
          },
        ]
      : [],
  });
}

const prefill = { email: 'Alsu@Example.com', displayName: 'Alsu Khamitova' };

function renderForm(props: Partial<ServiceFormProps> = {}, locale: ServiceFormProps['locale'] = 'en') {
  const onSubmit = vi.fn<ServiceFormProps['onSubmit']>(async () => {});
  const view = renderWithProviders(
    <ServiceForm
      spec={makeSpec()}
      serviceName="Household size"
      locale={locale}
      prefill={prefill}
      onSubmit={onSubmit}
      {...props}
    />,
    { locale },
  );
  return { ...view, onSubmit: (props.onSubmit as typeof onSubmit | undefined) ?? onSubmit };
}

const pdf = (name: string, size = 1000, type = 'application/pdf') => {
  const file = new File(['%PDF'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
};

type User = ReturnType<typeof userEvent.setup>;
const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 2, name });
const next = (user: User) => user.click(screen.getByRole('button', { name: 'Continue' }));

async function fillApplicant(user: User, phone = '8 900 123-45-67') {
  await user.type(screen.getByRole('textbox', { name: 'Phone' }), phone);
  await next(user);
}

async function fillHousehold(user: User) {
  await heading('Your household');
  await user.type(screen.getByRole('textbox', { name: 'Residents' }), '3');
  await user.type(screen.getByRole('textbox', { name: /Floor area/ }), '54,5');
  await user.type(screen.getByLabelText('Living here since'), '2024-03-12');
  await user.selectOptions(screen.getByRole('combobox', { name: 'You are the' }), 'owner');
  await next(user);
}

async function fillConsent(user: User) {
  await heading('Declaration');
  await user.click(screen.getByRole('checkbox', { name: 'The details are true' }));
  await next(user);
}

afterEach(() => vi.unstubAllGlobals());

describe('ServiceForm', () => {
  it('shows one step per page and blocks Continue until the step is valid, with translated errors', async () => {
    const user = userEvent.setup();
    renderForm();
    expect(await heading('About you')).toBeInTheDocument();
    expect(screen.getByTestId('step-indicator')).toHaveTextContent('Step 1 of 4');
    expect(screen.getByText('Household size')).toBeInTheDocument();
    // Prefilled from the profile.
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('Alsu Khamitova');
    const email = screen.getByRole('textbox', { name: 'E-mail' });
    expect(email).toHaveValue('Alsu@Example.com');
    expect(email).toHaveAttribute('type', 'email');
    expect(email).toHaveAttribute('dir', 'ltr');
    expect(email).toHaveAccessibleDescription('We send updates here.');
    const phone = screen.getByRole('textbox', { name: 'Phone' });
    expect(phone).toHaveAttribute('type', 'tel');
    expect(phone).toHaveAttribute('inputmode', 'tel');

    await user.clear(email);
    await user.type(email, 'not-an-email');
    await next(user);
    expect(screen.getByTestId('step-indicator')).toHaveTextContent('Step 1 of 4');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(
      'We send updates here. Enter an e-mail address like name@example.com.',
    );
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveAccessibleDescription('This field is required.');
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toEqual(['Enter an e-mail address like name@example.com.', 'This field is required.']);
    // The first field at fault gets the focus.
    expect(email).toHaveFocus();

    await user.clear(email);
    await user.type(email, 'alsu@example.com');
    await user.type(phone, '12345');
    await next(user);
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a phone number with the country code');
    await user.clear(phone);
    await user.type(phone, '+7 900 123 45 67');
    await next(user);

    expect(await heading('Your household')).toHaveFocus();
    expect(screen.getByTestId('step-indicator')).toHaveTextContent('Step 2 of 4');
    const residents = screen.getByRole('textbox', { name: 'Residents' });
    expect(residents).toHaveAttribute('inputmode', 'numeric');
    expect(screen.getByRole('textbox', { name: /Floor area/ })).toHaveAttribute('inputmode', 'decimal');
    expect(screen.getByLabelText('Living here since')).toHaveAttribute('type', 'date');
    expect(screen.getByRole('textbox', { name: /Account number/ })).toHaveAttribute('dir', 'ltr');
    await user.type(residents, '0');
    await next(user);
    expect(screen.getByText('The value is too small.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'You are the' })).toHaveAccessibleDescription(
      'This field is required.',
    );

    // Back keeps what was typed.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await heading('About you')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveValue('+7 900 123 45 67');
    await next(user);
    expect(screen.getByRole('textbox', { name: 'Residents' })).toHaveValue('0');
  });

  it('uploads the documents, checks the answers, changes one and sends normalised answers', async () => {
    const xhrs = installMockXhr();
    const user = userEvent.setup();
    let finish: () => void = () => {};
    const onSubmit = vi.fn<ServiceFormProps['onSubmit']>(
      () => new Promise<void>((resolve) => (finish = resolve)),
    );
    renderForm({ onSubmit });
    await fillApplicant(user);
    await fillHousehold(user);
    await fillConsent(user);

    expect(await heading('Documents')).toBeInTheDocument();
    expect(screen.getByTestId('step-indicator')).toHaveTextContent('Step 4 of 4');
    await next(user);
    const deed = screen.getByTestId('document-deed');
    expect(within(deed).getByRole('alert')).toHaveTextContent('Attach this document.');
    expect(await heading('Documents')).toBeInTheDocument();

    const input = screen.getByLabelText(/^Title deed/);
    expect(input).toHaveAccessibleDescription(/Accepted: PDF, up to 2 MB per file\./);
    await user.upload(input, [pdf('huge.pdf', 3 * 1024 * 1024), pdf('deed.pdf')]);
    // The too-large file never leaves the browser.
    expect(xhrs).toHaveLength(1);
    expect(within(deed).getByRole('alert')).toHaveTextContent('is larger than 2 MB');
    act(() => xhrs[0]!.progress(30, 100));
    expect(within(deed).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '30');
    await next(user);
    // Still uploading: it waits.
    expect(screen.getByText('Wait until the files have finished uploading.')).toBeInTheDocument();
    expect(await heading('Documents')).toBeInTheDocument();
    await act(async () =>
      xhrs[0]!.respond(201, {
        id: 'f1',
        kind: 'DOCUMENT',
        fileName: 'deed.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 1000,
      }),
    );
    expect(xhrs[0]!.url).toBe('/files?kind=DOCUMENT');
    await next(user);

    expect(await heading('Check your answers before sending your application')).toBeInTheDocument();
    expect(screen.queryByTestId('step-indicator')).toBeNull();
    const answer = (name: string) => screen.getByTestId(`answer-${name}`);
    expect(answer('fullName')).toHaveTextContent('Alsu Khamitova');
    expect(answer('email')).toHaveTextContent('alsu@example.com');
    expect(answer('phone')).toHaveTextContent('+79001234567');
    expect(answer('residents')).toHaveTextContent('3');
    expect(answer('area')).toHaveTextContent('54.5');
    expect(answer('since')).toHaveTextContent(formatDate('2024-03-12T00:00:00Z', 'en', { timeZone: 'UTC' }));
    expect(answer('tenure')).toHaveTextContent('Owner');
    expect(answer('account')).toHaveTextContent('Not answered');
    expect(answer('agree')).toHaveTextContent('Yes');
    expect(answer('paper')).toHaveTextContent('No');
    expect(screen.getByTestId('document-answer-deed')).toHaveTextContent('deed.pdf');
    expect(screen.getByTestId('document-answer-other')).toHaveTextContent('No files attached');

    // Change returns to the right step, and Continue comes back here.
    await user.click(screen.getByRole('button', { name: 'Change: You are the' }));
    expect(await heading('Your household')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'You are the' })).toHaveValue('owner');
    await user.selectOptions(screen.getByRole('combobox', { name: 'You are the' }), 'tenant');
    await next(user);
    expect(await heading(/Check your answers/)).toBeInTheDocument();
    expect(answer('tenure')).toHaveTextContent('Tenant');

    await user.click(screen.getByRole('button', { name: 'Change: Phone' }));
    expect(await heading('About you')).toBeInTheDocument();
    expect(screen.getByTestId('step-indicator')).toHaveTextContent('Step 1 of 4');
    await next(user);
    await user.click(screen.getByRole('button', { name: 'Change: Title deed' }));
    expect(await heading('Documents')).toBeInTheDocument();
    expect(screen.getAllByTestId('upload-item')).toHaveLength(1);
    await next(user);

    await user.click(screen.getByRole('button', { name: 'Send application' }));
    const sending = screen.getByRole('button', { name: 'Sending…' });
    expect(sending).toBeDisabled();
    expect(sending).toHaveAttribute('aria-busy', 'true');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith(
      {
        fullName: 'Alsu Khamitova',
        email: 'alsu@example.com',
        phone: '+79001234567',
        residents: 3,
        area: 54.5,
        since: '2024-03-12',
        tenure: 'tenant',
        agree: true,
        paper: false,
      },
      [{ kind: 'deed', attachmentIds: ['f1'] }],
    );
    await act(async () => finish());
    expect(screen.getByRole('button', { name: 'Send application' })).toBeEnabled();
  });

  it('refuses, before uploading, a file of a type the requirement does not accept', async () => {
    const xhrs = installMockXhr();
    const user = userEvent.setup({ applyAccept: false });
    renderForm({
      initialAnswers: {
        phone: '+79001234567',
        residents: 2,
        since: '2020-01-31',
        tenure: 'owner',
        agree: true,
      },
    });
    await next(user);
    await next(user);
    await next(user);
    await heading('Documents');
    const input = screen.getByLabelText(/^Title deed/);
    expect(input).toHaveAttribute('accept', 'application/pdf,.pdf');
    await user.upload(input, [pdf('photo.png', 1000, 'image/png')]);
    expect(xhrs).toHaveLength(0);
    expect(within(screen.getByTestId('document-deed')).getByRole('alert')).toHaveTextContent(
      'is not an accepted type of file (PDF)',
    );
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('puts the server’s field issues back on their step and returns to the check page', async () => {
    const user = userEvent.setup();
    const onSubmit = vi
      .fn<ServiceFormProps['onSubmit']>()
      .mockRejectedValueOnce(
        new CombinedGraphQLErrors({
          errors: [
            {
              message: 'Some fields are filled in incorrectly.',
              extensions: {
                code: 'INVALID_INPUT',
                issues: [
                  { field: 'input.answers.residents', code: 'too_large' },
                  { field: 'input.answers.email', code: 'invalid_email' },
                ],
              },
            },
          ],
        }),
      )
      .mockResolvedValueOnce(undefined);
    renderForm({ onSubmit, spec: makeSpec({ documents: false }) }, 'ru');
    await user.type(screen.getByRole('textbox', { name: 'Phone (ru)' }), '+7 900 123 45 67');
    await user.click(screen.getByRole('button', { name: 'Продолжить' }));
    await user.type(await screen.findByRole('textbox', { name: 'Residents (ru)' }), '12');
    await user.type(screen.getByLabelText('Living here since (ru)'), '2024-03-12');
    await user.selectOptions(screen.getByRole('combobox', { name: 'You are the (ru)' }), 'owner');
    await user.click(screen.getByRole('button', { name: 'Продолжить' }));
    await user.click(await screen.findByRole('checkbox', { name: 'The details are true (ru)' }));
    expect(screen.getByTestId('step-indicator')).toHaveTextContent('Шаг 3 из 3');
    await user.click(screen.getByRole('button', { name: 'Продолжить' }));

    await heading('Проверьте ответы перед отправкой заявления');
    await user.click(screen.getByRole('button', { name: 'Отправить заявление' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);

    // The first step at fault opens, then the next one, then the check page again.
    expect(await heading('About you (ru)')).toBeInTheDocument();
    const email = screen.getByRole('textbox', { name: 'E-mail (ru)' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    await user.clear(email);
    await user.type(email, 'alsu@example.org');
    await user.click(screen.getByRole('button', { name: 'Продолжить' }));
    expect(await heading('Your household (ru)')).toBeInTheDocument();
    const residents = screen.getByRole('textbox', { name: 'Residents (ru)' });
    expect(residents).toHaveAttribute('aria-invalid', 'true');
    expect(residents).toHaveAccessibleDescription('Слишком большое значение.');
    await user.clear(residents);
    await user.type(residents, '4');
    await user.click(screen.getByRole('button', { name: 'Продолжить' }));
    expect(await heading(/Проверьте ответы/)).toBeInTheDocument();
    expect(screen.getByTestId('answer-residents')).toHaveTextContent('4');
    await user.click(screen.getByRole('button', { name: 'Отправить заявление' }));
    expect(onSubmit).toHaveBeenLastCalledWith(
      expect.objectContaining({ residents: 4, email: 'alsu@example.org' }),
      [],
    );
  });

  it('shows an error it cannot place above the check page', async () => {
    const user = userEvent.setup();
    const onSubmit = vi
      .fn<ServiceFormProps['onSubmit']>()
      .mockRejectedValue(new TypeError('Failed to fetch'));
    renderForm({
      onSubmit,
      spec: makeSpec({ documents: false }),
      initialAnswers: {
        phone: '+79001234567',
        residents: 2,
        since: '2020-01-31',
        tenure: 'owner',
        agree: true,
      },
    });
    await next(user);
    await next(user);
    await next(user);
    await heading(/Check your answers/);
    expect(screen.getByTestId('answer-residents')).toHaveTextContent('2');
    await user.click(screen.getByRole('button', { name: 'Send application' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No connection to the server');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/Check your answers/);
  });

  it('holds sending while something must be done first, and sends once it is done', async () => {
    const user = userEvent.setup();
    let done = false;
    const beforeSend = vi.fn((answers: Record<string, unknown>) =>
      done
        ? null
        : {
            content: <p data-testid="gate">Confirm {String(answers.email)}</p>,
            blockedMessage: 'Confirm first.',
          },
    );
    const { onSubmit } = renderForm({
      spec: makeSpec({ documents: false }),
      beforeSend,
      initialAnswers: {
        phone: '+79001234567',
        residents: 2,
        since: '2020-01-31',
        tenure: 'owner',
        agree: true,
      },
    });
    await next(user);
    await next(user);
    await next(user);
    await heading(/Check your answers/);
    expect(screen.getByTestId('gate')).toHaveTextContent('Confirm alsu@example.com');
    await user.click(screen.getByRole('button', { name: 'Send application' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Confirm first.');
    expect(onSubmit).not.toHaveBeenCalled();

    done = true;
    await user.click(screen.getByRole('button', { name: 'Send application' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
  });

  it('speaks Persian: Persian digits and calendar, left-to-right codes', async () => {
    const user = userEvent.setup();
    renderForm(
      {
        spec: makeSpec({ documents: false }),
        initialAnswers: {
          phone: '+989123456789',
          residents: 12,
          since: '2024-03-12',
          tenure: 'owner',
          agree: true,
        },
      },
      'fa',
    );
    expect(await heading('دربارهٔ شما')).toBeInTheDocument();
    expect(screen.getByTestId('step-indicator')).toHaveTextContent('مرحلهٔ ۱ از ۳');
    expect(screen.getByRole('textbox', { name: 'تلفن' })).toHaveAttribute('dir', 'ltr');
    await user.click(screen.getByRole('button', { name: 'ادامه' }));
    // Persian digits typed into a number field count.
    const residents = await screen.findByRole('textbox', { name: 'Residents (fa)' });
    await user.clear(residents);
    await user.type(residents, '۵');
    await user.click(screen.getByRole('button', { name: 'ادامه' }));
    await user.click(await screen.findByRole('button', { name: 'ادامه' }));
    await heading('پیش از فرستادن درخواست، پاسخ‌های خود را بررسی کنید');
    expect(screen.getByTestId('answer-residents')).toHaveTextContent('۵');
    const since = screen.getByTestId('answer-since');
    expect(since).toHaveTextContent(formatDate('2024-03-12T00:00:00Z', 'fa', { timeZone: 'UTC' }));
    expect(since).toHaveTextContent('۱۴۰۲');
    expect(screen.getByTestId('answer-agree')).toHaveTextContent('بله');
  });
});
