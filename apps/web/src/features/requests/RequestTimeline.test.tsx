import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { RequestTimeline } from './RequestTimeline.tsx';
import type { AttachmentFields, TimelineEventFields } from './types.ts';

const event = (over: Partial<TimelineEventFields>): TimelineEventFields => ({
  id: 'e1',
  type: 'FILED',
  createdAt: '2026-11-25T09:00:00.000Z',
  fromStatus: null,
  toStatus: 'NEW',
  comment: null,
  reasonCode: null,
  actorName: 'Alsu',
  actorRole: 'RESIDENT',
  ...over,
});

const file = (over: Partial<AttachmentFields>): AttachmentFields => ({
  id: 'a1',
  kind: 'PHOTO',
  fileName: 'leak.jpg',
  mimeType: 'image/jpeg',
  sizeBytes: 204800,
  eventId: 'e1',
  url: '/files/a1',
  ...over,
});

describe('RequestTimeline', () => {
  it("shows each step's files, translated reasons and the automatic closing", () => {
    renderWithProviders(
      <RequestTimeline
        events={[
          event({}),
          event({
            id: 'e2',
            type: 'REOPENED',
            createdAt: '2026-11-26T09:00:00.000Z',
            toStatus: 'REOPENED',
            reasonCode: 'POOR_QUALITY',
          }),
          event({
            id: 'e3',
            type: 'AUTO_CLOSED',
            createdAt: '2026-11-29T09:00:00.000Z',
            toStatus: 'CLOSED_UNCONFIRMED',
            reopenUntil: '2026-12-13T09:00:00.000Z',
            actorName: null,
            actorRole: null,
          }),
        ]}
        attachments={[
          file({}),
          file({
            id: 'a2',
            kind: 'SIGNED_WORK_ORDER',
            fileName: 'order.pdf',
            url: '/files/a2',
            mimeType: 'application/pdf',
            eventId: 'e2',
          }),
        ]}
      />,
      { locale: 'ru' },
    );
    const [filed, reopened, closed] = screen.getAllByTestId('timeline-event');
    const image = within(filed!).getByTestId('attachment-image');
    expect(image).toHaveAttribute('href', '/files/a1');
    expect(image).toHaveAttribute('target', '_blank');
    expect(within(image).getByRole('img')).toHaveAttribute('alt', 'leak.jpg');
    expect(within(reopened!).getByTestId('timeline-reason')).toHaveTextContent(
      'Причина: Низкое качество работы',
    );
    expect(within(reopened!).getByRole('link', { name: 'order.pdf' })).toHaveAttribute('href', '/files/a2');
    // Closed by the platform: said so in words and by its own status, with the resident's reopen deadline.
    expect(within(closed!).getByText('Закрыта без подтверждения жителя')).toBeInTheDocument();
    const note = within(closed!).getByTestId('auto-closed-note');
    expect(note).toHaveTextContent('заявка закрыта без подтверждения жителя');
    expect(note).toHaveTextContent(/Житель может возобновить её до .*2026/);
    expect(within(closed!).getByTestId('status-badge')).toHaveAttribute('data-status', 'CLOSED_UNCONFIRMED');
  });
});
