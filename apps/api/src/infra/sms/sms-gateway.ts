// Outgoing SMS through an HTTP gateway (SMS_GATEWAY_URL): one JSON POST `{ to, text }` per message,
// any 2xx is accepted. Without a gateway SMS stay undelivered in the notification outbox, where the
// administrator sees that they wait but never a one-time code (`pnpm sms:sink` is a stand-in phone).
import type { OutboxSender } from '../../services/notifications/deliver-outbox.ts';

export function createHttpSmsGateway(url: string, fetchImpl: typeof fetch = fetch): OutboxSender {
  return {
    channel: 'SMS',
    async send({ to, text }) {
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ to, text }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}
