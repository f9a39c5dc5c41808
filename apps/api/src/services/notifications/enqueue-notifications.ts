// Every published step also becomes notifications, in the same transaction: an in-app item for
// the badge and list, and an e-mail waiting in the outbox, each in the recipient's language.
import { partiesToNotify, type Locale, type NotificationParty } from '@citydesk/domain';
import { createTranslator, formatDate, formatDateTime, formatMoney, messages } from '@citydesk/i18n';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Tx } from '../../infra/db/database.ts';
import type { RequestEventMessage } from '../../infra/events/event-bus.ts';

type Recipient = { id: string; locale: Locale; email: string };

function recipientFilter(party: NotificationParty, m: RequestEventMessage): Prisma.UserWhereInput | null {
  switch (party) {
    case 'resident':
      return m.residentId ? { id: m.residentId } : null;
    case 'companyDispatchers':
      return m.organizationId
        ? { memberships: { some: { role: 'DISPATCHER', organizationId: m.organizationId } } }
        : null;
    case 'contractorStaff':
      return m.contractorOrganizationId
        ? { memberships: { some: { role: 'CONTRACTOR', organizationId: m.contractorOrganizationId } } }
        : null;
    case 'intakeOffice':
      return m.intakeOrganizationId
        ? { memberships: { some: { role: 'DISPATCHER', organizationId: m.intakeOrganizationId } } }
        : null;
    case 'administrators':
      return { memberships: { some: { role: 'ADMINISTRATOR', organization: { cityId: m.cityId } } } };
  }
}

async function recipientsOf(tx: Tx, m: RequestEventMessage, actorId: string | null): Promise<Recipient[]> {
  const filters = partiesToNotify(m.type)
    .map((party) => recipientFilter(party, m))
    .filter((f): f is Prisma.UserWhereInput => f !== null);
  if (filters.length === 0) return [];
  const users = await tx.user.findMany({
    where: { OR: filters, disabledAt: null, ...(actorId ? { id: { not: actorId } } : {}) },
    select: { id: true, locale: true, email: true },
  });
  return users.map((u) => ({ id: u.id, locale: u.locale as Locale, email: u.email }));
}

/**
 * The e-mail an application gives for its applicant (seed 000: the result goes to that address), for the
 * steps the applicant hears of; and the language to write in to a client without an account (a notary's
 * client): the city's official one.
 */
async function applicantContact(
  tx: Tx,
  m: RequestEventMessage,
): Promise<{ email: string; locale: Locale } | null> {
  if (m.requestKind !== 'E_SERVICE' || !partiesToNotify(m.type).includes('resident')) return null;
  const row = await tx.application.findUnique({
    where: { requestId: m.requestId },
    select: { applicantEmail: true, request: { select: { city: { select: { officialLocale: true } } } } },
  });
  return row?.applicantEmail ? { email: row.applicantEmail, locale: row.request.city.officialLocale } : null;
}

/** Who reads a notification: the request's resident (or applicant), or staff. */
export type NotificationAudience = 'resident' | 'staff';

/**
 * The subject and body of a step's notification in one language. A step may have words of its own for the
 * resident (`<TYPE>_RESIDENT`: the auto-close tells them until when they may reopen).
 */
export function renderNotification(
  m: RequestEventMessage,
  locale: Locale,
  audience: NotificationAudience = 'staff',
): { subject: string; body: string } {
  const { t } = createTranslator(locale);
  const { deadlineAt, amount, currency, timeZone, reopenUntil } = m.data;
  const zone = typeof timeZone === 'string' ? { timeZone } : {};
  const params = {
    number: m.requestNumber,
    comment: m.comment ?? '',
    deadline: typeof deadlineAt === 'string' ? formatDate(deadlineAt, locale, zone) : '',
    reopenUntil: typeof reopenUntil === 'string' ? formatDateTime(reopenUntil, locale, zone) : '',
    amount:
      typeof amount === 'number' && typeof currency === 'string' ? formatMoney(amount, currency, locale) : '',
  };
  // A step both kinds share (an escalation) has its own words for applications.
  const kindKey =
    m.requestKind === 'E_SERVICE' && `${m.type}_APPLICATION` in messages.en.notifications
      ? `${m.type}_APPLICATION`
      : m.type;
  const key =
    audience === 'resident' && `${kindKey}_RESIDENT` in messages.en.notifications
      ? `${kindKey}_RESIDENT`
      : kindKey;
  return {
    subject: t(`notifications.${key}.subject` as never, params),
    body: t(`notifications.${key}.body` as never, params),
  };
}

export async function enqueueNotifications(
  tx: Tx,
  messages: RequestEventMessage[],
  now: Date,
): Promise<void> {
  const rows: Prisma.NotificationCreateManyInput[] = [];
  for (const message of messages) {
    const contact = await applicantContact(tx, message);
    const row = (recipientId: string | null, locale: Locale) => ({
      recipientId,
      eventId: message.eventId,
      template: `request.${message.type}`,
      locale,
      // The applicant without an account (recipientId null) is the resident of the application.
      ...renderNotification(
        message,
        locale,
        recipientId === null || recipientId === message.residentId ? 'resident' : 'staff',
      ),
      payload: {
        requestId: message.requestId,
        requestNumber: message.requestNumber,
        requestKind: message.requestKind,
        type: message.type,
      },
      createdAt: now,
    });
    for (const recipient of await recipientsOf(tx, message, message.actorId)) {
      const common = row(recipient.id, recipient.locale);
      // The applicant's e-mail goes where the application says, when that is not the account's address.
      const address =
        recipient.id === message.residentId && contact && contact.email !== recipient.email
          ? contact.email
          : null;
      rows.push({ ...common, channel: 'IN_APP', status: 'SENT', sentAt: now });
      rows.push({ ...common, channel: 'EMAIL', status: 'PENDING', address });
    }
    // Filed for a client without an account: the client hears at the address given.
    if (!message.residentId && contact)
      rows.push({
        ...row(null, contact.locale),
        channel: 'EMAIL',
        status: 'PENDING',
        address: contact.email,
      });
  }
  if (rows.length > 0) await tx.notification.createMany({ data: rows });
}
