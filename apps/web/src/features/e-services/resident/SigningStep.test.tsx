import { GraphQLError } from 'graphql';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  MyApplicationsDocument,
  RequestSigningCodeDocument,
  SignApplicationDocument,
} from '../../../gql/e-services-resident/graphql.ts';
import { renderWithProviders, residentViewer } from '../../../test/render.tsx';
import { application } from './fixtures.test-data.ts';
import { SigningStep } from './SigningStep.tsx';

const codeMock = {
  request: { query: RequestSigningCodeDocument, variables: { applicationId: 'a1' } },
  result: {
    data: {
      requestSigningCode: {
        __typename: 'SigningCode',
        sentTo: '+7 *** *** 12 34',
        expiresAt: '2026-11-25T09:10:00.000Z',
      },
    },
  },
};

const wrongCode = {
  request: { query: SignApplicationDocument, variables: { applicationId: 'a1', code: '111111' } },
  result: {
    errors: [
      new GraphQLError('INVALID_INPUT', {
        extensions: { code: 'INVALID_INPUT', issues: [{ field: 'code', code: 'code_invalid' }] },
      }),
    ],
  },
};

const rightCode = {
  request: { query: SignApplicationDocument, variables: { applicationId: 'a1', code: '123456' } },
  result: { data: { signApplication: application({ status: 'REGISTERED' }) } },
};

const listMock = {
  request: { query: MyApplicationsDocument },
  result: { data: { myApplications: [] } },
  maxUsageCount: 5,
};

describe('SigningStep', () => {
  it('sends a code, explains a wrong one, then signs', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SigningStep applicationId="a1" number="KZN-2026-000042" />, {
      viewer: residentViewer,
      mocks: [codeMock, wrongCode, rightCode, listMock],
    });
    await user.click(screen.getByRole('button', { name: 'Send code by SMS' }));
    expect(await screen.findByText(/We have sent a code to/)).toHaveTextContent('+7 *** *** 12 34');
    const input = screen.getByLabelText(/Code from the SMS/);
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    expect(input).toHaveAttribute('inputmode', 'numeric');

    await user.type(input, '111111');
    await user.click(screen.getByRole('button', { name: 'Sign' }));
    expect(await screen.findByText('The code is wrong. Check the SMS and try again.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');

    await user.clear(input);
    await user.type(input, '123456');
    await user.click(screen.getByRole('button', { name: 'Sign' }));
    expect(
      await screen.findByText('Application ⁨KZN-2026-000042⁩ has been signed.', { exact: false }),
    ).toBeInTheDocument();
  });

  it('asks for six digits before sending', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SigningStep applicationId="a1" number="KZN-2026-000042" />, {
      viewer: residentViewer,
      mocks: [codeMock],
    });
    await user.click(screen.getByRole('button', { name: 'Send code by SMS' }));
    await user.type(await screen.findByLabelText(/Code from the SMS/), '12a3');
    await user.click(screen.getByRole('button', { name: 'Sign' }));
    expect(screen.getByText('Enter the 6 digits of the code.')).toBeInTheDocument();
  });
});
