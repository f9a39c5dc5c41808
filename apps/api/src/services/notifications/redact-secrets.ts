// What staff see of a message that carries a one-time secret: the same text with the secret blotted
// out, rendered again from the template's key and parameters (never by searching the text for digits,
// which would also hit the application number).
import type { Locale } from '@citydesk/domain';
import { createTranslator } from '@citydesk/i18n';
import type { Notification } from '../../generated/prisma/client.ts';

const BLOTTED = '••••••';

type Redaction = (message: Notification) => string;

/** Templates whose body holds a secret meant only for its recipient, and how to show them to others. */
const redactions: Record<string, Redaction> = {
  'signing.code': (message) => {
    const { requestNumber } = (message.payload ?? {}) as { requestNumber?: string };
    return createTranslator(message.locale as Locale).t('signing.smsText', {
      code: BLOTTED,
      number: requestNumber ?? '',
    });
  },
  'contact.code': (message) =>
    createTranslator(message.locale as Locale).t('contacts.codeText', { code: BLOTTED }),
  'registration.code': (message) => {
    const { name } = (message.payload ?? {}) as { name?: string };
    return createTranslator(message.locale as Locale).t('selfService.mail.registrationCodeText', {
      code: BLOTTED,
      name: name ?? '',
    });
  },
  'password-reset.link': (message) => {
    const { minutes } = (message.payload ?? {}) as { minutes?: number };
    return createTranslator(message.locale as Locale).t('selfService.mail.resetText', {
      link: BLOTTED,
      minutes: minutes ?? 60,
    });
  },
  'application.access': (message) => {
    const { requestNumber } = (message.payload ?? {}) as { requestNumber?: string };
    return createTranslator(message.locale as Locale).t('contacts.accessText', {
      code: BLOTTED,
      number: requestNumber ?? '',
    });
  },
};

/** `message` as anyone but its recipient's phone may see it. */
export function withoutSecrets<T extends Notification>(message: T): T {
  const redact = redactions[message.template];
  return redact ? { ...message, body: redact(message) } : message;
}
