import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LOCALE_STORAGE_KEY } from '../../app/i18n.ts';
import { SetMyLocaleDocument } from '../../gql/account/graphql.ts';
import { renderWithProviders, residentViewer } from '../../test/render.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

describe('LanguageSwitcher', () => {
  it('lists the five languages by their own names under an accessible label', () => {
    renderWithProviders(<LanguageSwitcher />);
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(select).toHaveAttribute('data-testid', 'language-switcher');
    expect([...(select as HTMLSelectElement).options].map((o) => [o.value, o.textContent])).toEqual([
      ['az', 'Azərbaycanca'],
      ['fa', 'فارسی'],
      ['ru', 'Русский'],
      ['kk', 'Қазақша'],
      ['en', 'English'],
    ]);
  });

  it('switches to Persian at once: html lang=fa, dir=rtl, translated label, remembered in the browser', async () => {
    const user = userEvent.setup();
    renderWithProviders(<LanguageSwitcher />);
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    await user.selectOptions(screen.getByTestId('language-switcher'), 'fa');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'fa');
    expect(screen.getByRole('combobox', { name: 'زبان' })).toHaveValue('fa');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('fa');

    await user.selectOptions(screen.getByTestId('language-switcher'), 'kk');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(document.documentElement).toHaveAttribute('lang', 'kk');
  });

  it('remembers the choice on the server when signed in and reconnects the socket', async () => {
    const user = userEvent.setup();
    let called = false;
    const { session } = renderWithProviders(<LanguageSwitcher />, {
      viewer: residentViewer,
      mocks: [
        {
          request: { query: SetMyLocaleDocument, variables: { locale: 'ru' } },
          result: () => {
            called = true;
            return { data: { setMyLocale: { __typename: 'Viewer', id: 'u-resident', locale: 'ru' } } };
          },
        },
      ],
    });
    await user.selectOptions(screen.getByTestId('language-switcher'), 'ru');
    expect(document.documentElement).toHaveAttribute('lang', 'ru');
    await waitFor(() => expect(session.reconnect).toHaveBeenCalled());
    expect(called).toBe(true);
  });
});
