import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ConfirmRegistrationDocument, RegisterResidentDocument } from '../../gql/session/graphql.ts';
import { renderWithProviders, residentViewer, type RenderOptions } from '../../test/render.tsx';
import { RegisterPage } from './RegisterPage.tsx';

const input = {
  displayName: 'Alsu Khamitova',
  email: 'alsu@example.com',
  password: 'a-long-secret',
  locale: 'en',
};
const registered = {
  request: { query: RegisterResidentDocument, variables: { input } },
  result: {
    data: {
      registerResident: {
        __typename: 'Registration',
        handle: 'h-1',
        sentTo: 'alsu@example.com',
        expiresAt: '2026-11-03T07:15:00Z',
      },
    },
  },
};

function renderRegister(mocks: RenderOptions['mocks'] = []) {
  return renderWithProviders(
    <Routes>
      <Route path="/register" element={<RegisterPage />} />
      <Route path="/resident" element={<h1>resident home</h1>} />
    </Routes>,
    { route: '/register', mocks },
  );
}

async function fillIn(user: ReturnType<typeof userEvent.setup>, repeat = input.password) {
  await user.type(screen.getByLabelText('Your name'), input.displayName);
  await user.type(screen.getByLabelText('E-mail'), input.email);
  await user.type(screen.getByLabelText('Password'), input.password);
  await user.type(screen.getByLabelText('Repeat the password'), repeat);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

describe('RegisterPage', () => {
  it('checks the fields in the reader’s language before calling the API', async () => {
    const user = userEvent.setup();
    renderRegister();
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.type(screen.getByLabelText('Repeat the password'), 'other');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual([
      'This field is required.',
      'This field is required.',
      'Use at least 8 characters.',
      'The two passwords are not the same.',
    ]);
    expect(screen.getByLabelText('Your name')).toHaveFocus();
  });

  it('asks for the e-mailed code, shows a wrong one’s message, and signs the new resident in', async () => {
    const user = userEvent.setup();
    const { session } = renderRegister([
      registered,
      {
        request: { query: ConfirmRegistrationDocument, variables: { handle: 'h-1', code: '000000' } },
        result: {
          errors: [
            new GraphQLError('INVALID_INPUT', {
              extensions: { code: 'INVALID_INPUT', issues: [{ field: 'code', code: 'code_invalid' }] },
            }),
          ],
        },
      },
      {
        request: { query: ConfirmRegistrationDocument, variables: { handle: 'h-1', code: '123456' } },
        result: { data: { confirmRegistration: { __typename: 'LoginPayload', user: residentViewer } } },
      },
    ]);
    await fillIn(user);
    expect(await screen.findByRole('heading', { level: 1, name: 'Enter the code' })).toBeInTheDocument();
    expect(screen.getByText(/We have sent a 6-digit code to/)).toHaveTextContent('alsu@example.com');
    const code = screen.getByLabelText('Code from the e-mail');
    await user.type(code, '000000');
    await user.click(screen.getByRole('button', { name: 'Create the account' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The code is wrong.');
    await user.clear(code);
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Create the account' }));
    expect(await screen.findByRole('heading', { name: 'resident home' })).toBeInTheDocument();
    expect(session.signIn).toHaveBeenCalledWith(expect.objectContaining({ role: 'RESIDENT' }));
  });

  it('puts the server’s verdict on a field next to it, and a throttle in an alert', async () => {
    const user = userEvent.setup();
    renderRegister([
      {
        request: registered.request,
        result: {
          errors: [
            new GraphQLError('INVALID_INPUT', {
              extensions: { code: 'INVALID_INPUT', issues: [{ field: 'email', code: 'invalid_email' }] },
            }),
          ],
        },
      },
      {
        request: registered.request,
        result: { errors: [new GraphQLError('RATE_LIMITED', { extensions: { code: 'RATE_LIMITED' } })] },
      },
    ]);
    await fillIn(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Enter an e-mail address like name@example.com.',
    );
    expect(screen.getByLabelText('E-mail')).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(/^Too many attempts/)).toBeInTheDocument();
  });
});
