import { describe, expect, it } from 'vitest';
import { ChannelUnavailableError } from '../../services/notifications/outbox-sender.ts';
import { createSmtpMailer, messageIdFor } from './mailer.ts';

describe('messageIdFor', () => {
  it('names the message after its notification, at the host of MAIL_FROM', () => {
    expect(messageIdFor('0b6c…', 'citydesk <no-reply@city.example>')).toBe('<0b6c…@city.example>');
    expect(messageIdFor('n1', 'no-reply@mail.city.example')).toBe('<n1@mail.city.example>');
    expect(messageIdFor('n1', 'citydesk')).toBe('<n1@citydesk.local>');
  });
});

describe('createSmtpMailer', () => {
  it('reports a server that refuses connections as the channel being down', async () => {
    const mailer = createSmtpMailer('smtp://127.0.0.1:1', 'citydesk <no-reply@citydesk.test>');
    try {
      await expect(
        mailer.send({ id: 'n1', to: 'a@example.test', subject: 's', text: 't' }),
      ).rejects.toBeInstanceOf(ChannelUnavailableError);
    } finally {
      mailer.close();
    }
  });
});
