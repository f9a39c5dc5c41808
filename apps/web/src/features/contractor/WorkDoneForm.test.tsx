import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CompleteWorkDocument } from '../../gql/contractor/graphql.ts';
import { installMockXhr } from '../../test/mock-xhr.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { WorkDoneForm } from './WorkDoneForm.tsx';

afterEach(() => vi.unstubAllGlobals());

const request = { id: 'r1', number: 'KZN-2026-000001', version: 4 };

describe('WorkDoneForm', () => {
  it('requires the signed work order and a comment', async () => {
    installMockXhr();
    const user = userEvent.setup();
    renderWithProviders(<WorkDoneForm request={request} onStale={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Work done' }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts).toHaveLength(2);
    expect(screen.getByLabelText(/^Signed work order/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'What was done' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses a comment without the scan, then sends scan, photos and comment', async () => {
    const xhrs = installMockXhr();
    const user = userEvent.setup();
    const done = { ...request, __typename: 'Request' };
    renderWithProviders(<WorkDoneForm request={request} onStale={() => {}} />, {
      mocks: [
        {
          request: {
            query: CompleteWorkDocument,
            variables: {
              input: {
                requestId: 'r1',
                version: 4,
                comment: 'Replaced the valve',
                signedScanId: 's1',
                photoIds: [],
              },
            },
          },
          // Only what the toast needs; the page reads the rest from the cache.
          result: { data: { completeWork: done } },
        },
      ],
    });
    await user.type(screen.getByRole('textbox', { name: 'What was done' }), 'Replaced the valve');
    await user.click(screen.getByRole('button', { name: 'Work done' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This field is required.');

    await user.upload(
      screen.getByLabelText(/^Signed work order/),
      new File(['%PDF'], 'order.pdf', { type: 'application/pdf' }),
    );
    expect(xhrs[0]!.url).toBe('/files?kind=SIGNED_WORK_ORDER');
    await act(async () =>
      xhrs[0]!.respond(201, {
        id: 's1',
        kind: 'SIGNED_WORK_ORDER',
        fileName: 'order.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 4,
      }),
    );
    // One file only: the drop zone is gone once the scan is there.
    expect(within(screen.getByTestId('scan-upload')).queryByTestId('upload-dropzone')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Work done' }));
    await waitFor(() => expect(screen.getByText(/is reported as done/)).toBeInTheDocument());
  });
});
