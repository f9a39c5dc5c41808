import { locales, partiesToNotify } from '@citydesk/domain';
import { formatDateTime } from '@citydesk/i18n';
import { describe, expect, it } from 'vitest';
import { RequestEventType } from '../../generated/prisma/enums.ts';
import type { RequestEventMessage } from '../../infra/events/event-bus.ts';
import { renderNotification } from './enqueue-notifications.ts';

const message = (type: string): RequestEventMessage => ({
  eventId: 'e',
  position: '1',
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

  it('tells the resident of an auto-close that it was closed without their confirmation, and until when to reopen', () => {
    const closed = {
      ...message('AUTO_CLOSED'),
      data: { reopenUntil: '2026-12-12T14:00:00.000Z', timeZone: 'Europe/Moscow' },
    };
    for (const locale of locales) {
      const resident = renderNotification(closed, locale, 'resident');
      const staff = renderNotification(closed, locale, 'staff');
      const until = formatDateTime('2026-12-12T14:00:00.000Z', locale, { timeZone: 'Europe/Moscow' });
      expect(resident.body, locale).toContain(until);
      expect(staff.body, locale).toContain(until);
      expect(resident.subject, locale).not.toEqual(staff.subject);
    }
    expect(renderNotification(closed, 'ru', 'resident').subject).toContain('без вашего подтверждения');
    expect(renderNotification(closed, 'ru', 'resident').body).toMatch(/до 12 дек.* 17:00/);
    expect(renderNotification(closed, 'ru').subject).toContain('без подтверждения жителя');
    // A step without words of its own for the resident reads the same to everyone.
    expect(renderNotification(message('CANCELLED'), 'en', 'resident')).toEqual(
      renderNotification(message('CANCELLED'), 'en', 'staff'),
    );
  });
});
