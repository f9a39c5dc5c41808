import { GraphQLError } from 'graphql';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  ConfirmContactDocument,
  ConfirmedEmailsDocument,
  RequestContactConfirmationDocument,
} from '../../../gql/e-services-resident/graphql.ts';
import { renderWithProviders, residentViewer } from '../../../test/render.tsx';
import { ContactConfirmation } from './ContactConfirmation.tsx';

const email = 'alia.work@example.com';
const codeMock = (alreadyConfirmed = false) => ({
  request: { query: RequestContactConfirmationDocument, variables: { email } },
  result: {
    data: {
      requestContactConfirmation: {
        __typename: 'ContactCode',
        sentTo: email,
        expiresAt: '2026-11-25T09:10:00.000Z',
        alreadyConfirmed,
      },
    },
  },
});
const wrongCode = {
  request: { query: ConfirmContactDocument, variables: { email, code: '111111' } },
  result: {
    errors: [
      new GraphQLError('INVALID_INPUT', {
        extensions: { code: 'INVALID_INPUT', issues: [{ field: 'code', code: 'code_invalid' }] },
      }),
    ],
  },
};
const rightCode = {
  request: { query: ConfirmContactDocument, variables: { email, code: '123456' } },
  result: { data: { confirmContact: email } },
};
const confirmedList = {
  request: { query: ConfirmedEmailsDocument },
  result: { data: { confirmedEmails: [email] } },
  maxUsageCount: 5,
};

describe('ContactConfirmation', () => {
  it('e-mails a code, explains a wrong one, then confirms the address', async () => {
    const user = userEvent.setup();
    const onConfirmed = vi.fn();
    renderWithProviders(<ContactConfirmation email={email} onConfirmed={onConfirmed} />, {
      viewer: residentViewer,
      mocks: [codeMock(), wrongCode, rightCode, confirmedList],
    });
    expect(screen.getByText(/which is not your account’s address/)).toHaveTextContent(email);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(await screen.findByText(/We have sent a code to/)).toHaveTextContent(email);
    const input = screen.getByLabelText(/Code from the e-mail/);
    await user.type(input, '111111');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('The code is wrong. Check the e-mail and try again.')).toBeInTheDocument();
    expect(onConfirmed).not.toHaveBeenCalled();

    await user.clear(input);
    await user.type(input, '123456');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await vi.waitFor(() => expect(onConfirmed).toHaveBeenCalledOnce());
  });

  it('reads Persian digits as typed on a Persian keyboard', async () => {
    const user = userEvent.setup();
    const onConfirmed = vi.fn();
    renderWithProviders(<ContactConfirmation email={email} onConfirmed={onConfirmed} />, {
      viewer: residentViewer,
      mocks: [codeMock(), rightCode, confirmedList],
    });
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await user.type(await screen.findByLabelText(/Code from the e-mail/), '۱۲۳۴۵۶');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    await vi.waitFor(() => expect(onConfirmed).toHaveBeenCalledOnce());
  });

  it('is done at once for an address the server already knows', async () => {
    const user = userEvent.setup();
    const onConfirmed = vi.fn();
    renderWithProviders(<ContactConfirmation email={email} onConfirmed={onConfirmed} />, {
      viewer: residentViewer,
      mocks: [codeMock(true)],
    });
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await vi.waitFor(() => expect(onConfirmed).toHaveBeenCalledOnce());
  });
});
