import { ApolloClient } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createCache, type ApolloBundle, type ApolloOptions } from '../../app/apollo.ts';
import { AppRoutes } from '../../app/AppRoutes.tsx';
import { createI18n } from '../../app/i18n.ts';
import { MyRequestEventsDocument, MyRequestsDocument } from '../../gql/resident/graphql.ts';
import { LoginDocument, LogoutDocument, MeDocument } from '../../gql/session/graphql.ts';
import { residentViewer } from '../../test/render.tsx';
import { ToastProvider } from '../../ui/index.ts';
import { SessionProvider } from './SessionProvider.tsx';

function mocks() {
  return [
    { request: { query: MeDocument }, result: { data: { me: null } } },
    {
      request: {
        query: LoginDocument,
        variables: { login: 'resident@demo.citydesk', password: 'demo12345' },
      },
      result: { data: { login: { __typename: 'LoginPayload', user: { ...residentViewer, locale: 'ru' } } } },
    },
    { request: { query: MyRequestsDocument }, result: { data: { myRequests: [] } } },
    { request: { query: MyRequestEventsDocument }, result: { data: null }, delay: 1_000_000 },
    { request: { query: LogoutDocument }, result: { data: { logout: true } } },
  ];
}

describe('SessionProvider', () => {
  it('starts a fresh client on sign-in and on sign-out, and applies the language remembered for the user', async () => {
    const user = userEvent.setup();
    const bundles: ApolloBundle[] = [];
    const options: ApolloOptions[] = [];
    const createBundle = vi.fn((o: ApolloOptions) => {
      options.push(o);
      const bundle: ApolloBundle = {
        client: new ApolloClient({ link: new MockLink(mocks()), cache: createCache() }),
        dispose: vi.fn(),
        reconnect: vi.fn(),
      };
      bundles.push(bundle);
      return bundle;
    });
    const i18n = createI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <ToastProvider>
          <MemoryRouter initialEntries={['/']}>
            <SessionProvider createBundle={createBundle}>
              <AppRoutes />
            </SessionProvider>
          </MemoryRouter>
        </ToastProvider>
      </I18nextProvider>,
    );

    await screen.findByTestId('login-form');
    await user.type(screen.getByLabelText('Login'), 'resident@demo.citydesk');
    await user.type(screen.getByLabelText('Password'), 'demo12345');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByTestId('shell-resident')).toBeInTheDocument();
    expect(bundles).toHaveLength(2);
    expect(bundles[0]!.dispose).toHaveBeenCalled();
    // The user's remembered language (ru) replaces the one chosen on the login page.
    expect(await screen.findByRole('heading', { level: 1, name: 'Мои заявки' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'ru');
    // The locale header and the socket's connectionParams read the live language, not a snapshot.
    expect(options.map((o) => o.getLocale())).toEqual(['ru', 'ru']);

    await user.click(screen.getByRole('button', { name: 'Выйти' }));
    expect(await screen.findByTestId('login-form')).toBeInTheDocument();
    expect(bundles).toHaveLength(3);
    expect(bundles[1]!.dispose).toHaveBeenCalled();
  });
});
