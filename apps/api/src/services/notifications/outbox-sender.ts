// What the outbox asks of a channel's sender (the SMTP mailer, the SMS gateway).
import type { NotificationChannel } from '../../generated/prisma/client.ts';

/** One outgoing message: its notification id (the Message-ID / idempotency key), address, subject, text. */
export interface OutgoingMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
}

export interface OutboxSender {
  channel: Exclude<NotificationChannel, 'IN_APP'>;
  send(message: OutgoingMessage): Promise<void>;
}

/**
 * Thrown by a sender when the channel itself is unreachable (SMTP server down, gateway answering 5xx):
 * the message counts a failed try, and the rest of the batch is handed back untried.
 */
export class ChannelUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ChannelUnavailableError';
  }
}
