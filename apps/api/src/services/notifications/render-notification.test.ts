import { locales, partiesToNotify } from '@citydesk/domain';
import { describe, expect, it } from 'vitest';
import { RequestEventType } from '../../generated/prisma/enums.ts';
import type { RequestEventMessage } from '../../infra/events/event-bus.ts';
import { renderNotification } from './enqueue-notifications.ts';

const message = (type: string): RequestEventMessage => ({
  eventId: 'e',
  requestId: 'r',
  requestNumber: 'KZN-2026-000123',
  requestKind: 'REPAIR',
  type,
  createdAt: new Date().toISOString(),
  fromStatus: null,
  toStatus: null,
  comment: null,
  reasonCode: null,
  data: {},
  actorId: null,
  actorName: null,
  actorRole: null,
  cityId: 'c',
  residentId: null,
  organizationId: null,
  contractorOrganizationId: null,
  intakeOrganizationId: null,
});

describe('renderNotification', () => {
  const notified = Object.values(RequestEventType).filter((type) => partiesToNotify(type).length > 0);

  it.each(locales)('has a subject and body naming the request for every notified step in %s', (locale) => {
    for (const type of notified) {
      const { subject, body } = renderNotification(message(type), locale);
      expect(subject, `${locale} ${type}`).toContain('KZN-2026-000123');
      expect(body, `${locale} ${type}`).toContain('KZN-2026-000123');
      expect(`${subject} ${body}`).not.toMatch(/notifications\.|\{\{/);
    }
  });

  it('words an escalation of an application as such, and fills the deadline and the amount', () => {
    const escalated = renderNotification({ ...message('ESCALATED'), requestKind: 'E_SERVICE' }, 'ru');
    expect(escalated.subject).toContain('заявлению');
    expect(renderNotification(message('ESCALATED'), 'ru').subject).not.toContain('заявлению');
    const registered = renderNotification(
      {
        ...message('REGISTERED'),
        requestKind: 'E_SERVICE',
        data: { deadlineAt: '2026-11-09T15:00:00.000Z', timeZone: 'Europe/Moscow' },
      },
      'ru',
    );
    expect(registered.body).toMatch(/9 нояб/);
    const asked = renderNotification(
      {
        ...message('PAYMENT_REQUESTED'),
        requestKind: 'E_SERVICE',
        data: { amount: 184350, currency: 'RUB' },
      },
      'ru',
    );
    expect(asked.body).toMatch(/1\s?843,50/);
  });
});
