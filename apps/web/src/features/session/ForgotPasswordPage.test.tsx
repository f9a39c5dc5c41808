import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RequestPasswordResetDocument } from '../../gql/session/graphql.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { ForgotPasswordPage } from './ForgotPasswordPage.tsx';

describe('ForgotPasswordPage', () => {
  it('sends the address and answers neutrally: “if an account uses it”', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ForgotPasswordPage />, {
      locale: 'ru',
      mocks: [
        {
          request: { query: RequestPasswordResetDocument, variables: { login: 'someone@example.com' } },
          result: { data: { requestPasswordReset: true } },
        },
      ],
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Новый пароль' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Отправить ссылку' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Обязательное поле.');
    await user.type(screen.getByLabelText('Электронная почта'), ' someone@example.com ');
    await user.click(screen.getByRole('button', { name: 'Отправить ссылку' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Проверьте почту' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      /Если .*someone@example\.com.* принадлежит учётной записи/,
    );
    expect(screen.getByRole('link', { name: 'Вернуться ко входу' })).toHaveAttribute('href', '/login');
  });
});
