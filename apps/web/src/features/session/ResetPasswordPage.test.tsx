import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ResetPasswordDocument } from '../../gql/session/graphql.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { ResetPasswordPage } from './ResetPasswordPage.tsx';

const reset = (newPassword: string) => ({
  query: ResetPasswordDocument,
  variables: { token: 'tok-1', newPassword },
});

describe('ResetPasswordPage', () => {
  it('sets the new password from the link’s token and offers to sign in', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ResetPasswordPage />, {
      route: '/reset-password?token=tok-1',
      mocks: [{ request: reset('a-fresh-secret'), result: { data: { resetPassword: true } } }],
    });
    await user.type(screen.getByLabelText('New password'), 'a-fresh-secret');
    await user.type(screen.getByLabelText('Repeat the new password'), 'a-fresh-secre');
    await user.click(screen.getByRole('button', { name: 'Set the password' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The two passwords are not the same.');
    await user.type(screen.getByLabelText('Repeat the new password'), 't');
    await user.click(screen.getByRole('button', { name: 'Set the password' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Your password is changed.');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
  });

  it('says a used or expired link no longer works, translated, and offers a new one', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ResetPasswordPage />, {
      route: '/reset-password?token=tok-1',
      locale: 'fa',
      mocks: [
        {
          request: reset('a-fresh-secret'),
          result: {
            errors: [new GraphQLError('RESET_LINK_INVALID', { extensions: { code: 'RESET_LINK_INVALID' } })],
          },
        },
      ],
    });
    await user.type(screen.getByLabelText('گذرواژهٔ تازه'), 'a-fresh-secret');
    await user.type(screen.getByLabelText('تکرار گذرواژهٔ تازه'), 'a-fresh-secret');
    await user.click(screen.getByRole('button', { name: 'ذخیرهٔ گذرواژه' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'این پیوند تعیین گذرواژهٔ جدید دیگر کار نمی‌کند',
    );
    expect(screen.getByRole('link', { name: 'درخواست پیوند تازه' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });

  it('without a token, explains where the page comes from', () => {
    renderWithProviders(<ResetPasswordPage />, { route: '/reset-password' });
    expect(screen.getByRole('status')).toHaveTextContent('This page opens from the link in the e-mail');
    expect(screen.queryByLabelText('New password')).toBeNull();
  });
});
