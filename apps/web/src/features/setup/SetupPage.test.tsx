import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { SetUpCityDocument, SetupRequiredDocument } from '../../gql/session/graphql.ts';
import { renderWithProviders, type RenderOptions } from '../../test/render.tsx';
import { SetupGate } from './SetupGate.tsx';
import { SetupPage } from './SetupPage.tsx';

const administrator = {
  __typename: 'Viewer' as const,
  id: 'u-admin',
  role: 'ADMINISTRATOR' as const,
  displayName: 'Aigerim Seitova',
  email: 'admin@almaty.kz',
  phone: null,
  locale: 'en' as const,
  organization: {
    __typename: 'Organization' as const,
    id: 'o-1',
    name: 'Almaty',
    kind: 'CITY_ADMINISTRATION' as const,
  },
};

const expectedInput = {
  token: 'printed-token',
  code: 'ALM',
  names: { az: '', fa: '', ru: 'Алматы', kk: 'Алматы', en: 'Almaty' },
  countryCode: 'KZ',
  timeZone: 'Asia/Qostanay',
  currency: 'KZT',
  officialLocale: 'kk',
  standardCategories: true,
  administrator: {
    email: 'admin@almaty.kz',
    displayName: 'Aigerim Seitova',
    password: 'first-run-pass',
    locale: 'en',
  },
};

function renderSetup(mocks: RenderOptions['mocks'] = []) {
  return renderWithProviders(
    <Routes>
      <Route path="/setup" element={<SetupPage />} />
      <Route path="/admin" element={<h1>admin home</h1>} />
    </Routes>,
    { route: '/setup', mocks },
  );
}

async function fillValidForm(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(screen.getByLabelText('Country'), 'KZ');
  await user.type(screen.getByLabelText('City name in Kazakh'), 'Алматы');
  await user.type(screen.getByLabelText(/City name in Russian/), 'Алматы');
  await user.type(screen.getByLabelText(/City name in English/), 'Almaty');
  await user.selectOptions(screen.getByLabelText('Time zone'), 'Asia/Qostanay');
  await user.type(screen.getByLabelText('Full name'), 'Aigerim Seitova');
  await user.type(screen.getByLabelText('E-mail (the login)'), 'admin@almaty.kz');
  await user.type(screen.getByLabelText('Password'), 'first-run-pass');
}

beforeEach(() => {
  window.history.replaceState(null, '', '/setup#token=printed-token');
});

describe('SetupPage', () => {
  it('takes the token from the link, then removes it from the address bar', () => {
    renderSetup();
    expect(screen.getByRole('heading', { level: 1, name: 'Set up the city' })).toBeInTheDocument();
    expect(screen.getByLabelText('Setup token')).toHaveValue('printed-token');
    expect(window.location.hash).toBe('');
  });

  it('fills in the country’s time zone, currency and official language, and suggests the code', async () => {
    const user = userEvent.setup();
    renderSetup();
    await user.selectOptions(screen.getByLabelText('Country'), 'AZ');
    expect(screen.getByLabelText('Time zone')).toHaveValue('Asia/Baku');
    expect(screen.getByLabelText('Currency')).toHaveValue('AZN');
    expect(screen.getByLabelText('Official language of documents')).toHaveValue('az');
    await user.type(screen.getByLabelText('City name in Azerbaijani'), 'Bakı');
    expect(screen.getByLabelText('City code')).toHaveValue('BAK');
    // A code typed by hand is kept when the name changes.
    await user.clear(screen.getByLabelText('City code'));
    await user.type(screen.getByLabelText('City code'), 'BKU');
    await user.type(screen.getByLabelText('City name in Azerbaijani'), ' şəhəri');
    expect(screen.getByLabelText('City code')).toHaveValue('BKU');
  });

  it('names every field at fault without calling the API', async () => {
    const user = userEvent.setup();
    renderSetup();
    await user.selectOptions(screen.getByLabelText('Country'), 'KZ');
    await user.type(screen.getByLabelText('E-mail (the login)'), 'not-an-address');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create the city' }));
    expect(await screen.findByLabelText('City name in Kazakh')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('City name in Kazakh')).toHaveFocus();
    expect(screen.getByLabelText('E-mail (the login)')).toHaveAccessibleDescription(
      /Enter an e-mail address like name@example.com/,
    );
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/This text is too short/);
    expect(screen.getByLabelText('Full name')).toHaveAccessibleDescription(/This field is required/);
  });

  it('creates the city, signs the administrator in and opens the administrator’s home', async () => {
    const user = userEvent.setup();
    const { session } = renderSetup([
      {
        request: { query: SetUpCityDocument, variables: { input: expectedInput } },
        result: { data: { setUpCity: { __typename: 'LoginPayload', user: administrator } } },
      },
      { request: { query: SetupRequiredDocument }, result: { data: { setupRequired: false } } },
    ]);
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Create the city' }));
    expect(await screen.findByRole('heading', { name: 'admin home' })).toBeInTheDocument();
    expect(session.signIn).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'u-admin', role: 'ADMINISTRATOR' }),
    );
  });

  it('marks the token when the server refuses it', async () => {
    const user = userEvent.setup();
    renderSetup([
      {
        request: { query: SetUpCityDocument, variables: { input: expectedInput } },
        result: {
          errors: [new GraphQLError('SETUP_TOKEN_INVALID', { extensions: { code: 'SETUP_TOKEN_INVALID' } })],
        },
      },
    ]);
    await fillValidForm(user);
    await user.click(screen.getByRole('button', { name: 'Create the city' }));
    await waitFor(() => expect(screen.getByLabelText('Setup token')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText('Setup token')).toHaveAccessibleDescription(/This setup token is not valid/);
  });
});

describe('SetupGate', () => {
  const renderGate = (setupRequired: boolean, route: string) =>
    renderWithProviders(
      <SetupGate>
        <Routes>
          <Route path="/setup" element={<h1>setup page</h1>} />
          <Route path="/login" element={<h1>login page</h1>} />
        </Routes>
      </SetupGate>,
      { route, mocks: [{ request: { query: SetupRequiredDocument }, result: { data: { setupRequired } } }] },
    );

  it('sends every address to the setup page while the installation has no city', async () => {
    renderGate(true, '/login');
    expect(await screen.findByRole('heading', { name: 'setup page' })).toBeInTheDocument();
  });

  it('leaves a set-up installation alone', async () => {
    renderGate(false, '/login');
    expect(await screen.findByRole('heading', { name: 'login page' })).toBeInTheDocument();
  });
});
