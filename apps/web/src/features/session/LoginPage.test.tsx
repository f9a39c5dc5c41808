import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { LoginDocument } from '../../gql/session/graphql.ts';
import { renderWithProviders, residentViewer } from '../../test/render.tsx';
import { LoginPage } from './LoginPage.tsx';

function renderLogin(mocks: Parameters<typeof renderWithProviders>[1] = {}) {
  return renderWithProviders(
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/resident" element={<h1>resident home</h1>} />
    </Routes>,
    { route: '/login', ...mocks },
  );
}

describe('LoginPage', () => {
  it('has a heading, labelled inputs and the login-form hook', () => {
    renderLogin();
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to citydesk' })).toBeInTheDocument();
    expect(screen.getByTestId('login-form')).toBeInTheDocument();
    expect(screen.getByLabelText('Login')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
  });

  it('announces missing fields and marks them invalid, without calling the API', async () => {
    const user = userEvent.setup();
    renderLogin();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual(['This field is required.', 'This field is required.']);
    const login = screen.getByLabelText('Login');
    expect(login).toHaveAttribute('aria-invalid', 'true');
    expect(login.getAttribute('aria-describedby')).toContain(alerts[0]!.id);
    expect(login).toHaveFocus();
  });

  it('shows the translated server error in an alert when the credentials are wrong', async () => {
    const user = userEvent.setup();
    renderLogin({
      locale: 'ru',
      mocks: [
        {
          request: { query: LoginDocument, variables: { login: 'resident@demo.citydesk', password: 'nope' } },
          result: {
            errors: [
              new GraphQLError('Неверный логин или пароль.', { extensions: { code: 'INVALID_CREDENTIALS' } }),
            ],
          },
        },
      ],
    });
    await user.type(screen.getByLabelText('Логин'), 'resident@demo.citydesk');
    await user.type(screen.getByLabelText('Пароль'), 'nope');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Неверный логин или пароль.');
  });

  it('falls back to the catalogue when the server sends only a code', async () => {
    const user = userEvent.setup();
    renderLogin({
      mocks: [
        {
          request: { query: LoginDocument, variables: { login: 'a@b.c', password: 'x' } },
          result: { errors: [new GraphQLError('RATE_LIMITED', { extensions: { code: 'RATE_LIMITED' } })] },
        },
      ],
    });
    await user.type(screen.getByLabelText('Login'), 'a@b.c');
    await user.type(screen.getByLabelText('Password'), 'x');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Too many attempts/);
  });

  it('signs in and goes to the home of the role', async () => {
    const user = userEvent.setup();
    const { session } = renderLogin({
      mocks: [
        {
          request: {
            query: LoginDocument,
            variables: { login: 'resident@demo.citydesk', password: 'demo12345' },
          },
          result: { data: { login: { __typename: 'LoginPayload', user: residentViewer } } },
        },
      ],
    });
    await user.type(screen.getByLabelText('Login'), '  resident@demo.citydesk ');
    await user.type(screen.getByLabelText('Password'), 'demo12345');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'resident home' })).toBeInTheDocument();
    expect(session.signIn).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'u-resident', role: 'RESIDENT' }),
    );
  });
});
