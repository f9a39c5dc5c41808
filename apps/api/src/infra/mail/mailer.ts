// Outgoing e-mail through SMTP (nodemailer). Without SMTP_URL there is no mailer: e-mails stay in
// the notification outbox, where the administrator can read them. Every e-mail carries a Message-ID
// made of its notification id, so a copy sent again after a crash is recognisably the same message.
import nodemailer from 'nodemailer';
import {
  ChannelUnavailableError,
  type OutboxSender,
  type OutgoingMessage,
} from '../../services/notifications/outbox-sender.ts';

export interface Mailer extends OutboxSender {
  channel: 'EMAIL';
  close(): void;
}

/** Errors of the connection rather than of one message: the server is down or refuses us. */
const connectionErrors = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'EAUTH', 'ETLS', 'EPROXY']);

/** `<id@host>` with the host of the sender's address (`citydesk <no-reply@city.example>` → city.example). */
export function messageIdFor(notificationId: string, from: string): string {
  const host = /@([^\s<>@]+)>?\s*$/.exec(from)?.[1] ?? 'citydesk.local';
  return `<${notificationId}@${host}>`;
}

export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  // Short timeouts (nodemailer waits up to 2 minutes to connect and 10 minutes on a silent socket):
  // a send must end well within the outbox lease.
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    channel: 'EMAIL',
    async send({ id, to, subject, text }: OutgoingMessage) {
      try {
        await transport.sendMail({ from, to, subject, text, messageId: messageIdFor(id, from) });
      } catch (error) {
        const { code, responseCode } = error as { code?: string; responseCode?: number };
        if ((code && connectionErrors.has(code)) || responseCode === 421)
          throw new ChannelUnavailableError((error as Error).message, { cause: error });
        throw error;
      }
    },
    close: () => transport.close(),
  };
}
