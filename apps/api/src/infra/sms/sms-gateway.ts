// Outgoing SMS through an HTTP gateway (SMS_GATEWAY_URL): one JSON POST `{ to, text }` per message,
// any 2xx is accepted. Each POST carries `Idempotency-Key: <notification id>`, so a message sent again
// after a crash is the same request to the gateway. Without a gateway SMS stay undelivered in the
// notification outbox, where the administrator sees that they wait but never a one-time code
// (`pnpm sms:sink` is a stand-in phone).
import { ChannelUnavailableError, type OutboxSender } from '../../services/notifications/outbox-sender.ts';

export function createHttpSmsGateway(url: string, fetchImpl: typeof fetch = fetch): OutboxSender {
  return {
    channel: 'SMS',
    async send({ id, to, text }) {
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': id },
          body: JSON.stringify({ to, text }),
          signal: AbortSignal.timeout(10_000),
        });
      } catch (error) {
        throw new ChannelUnavailableError(`SMS gateway unreachable: ${(error as Error).message}`, {
          cause: error,
        });
      }
      if (response.status >= 500 || response.status === 429)
        throw new ChannelUnavailableError(`SMS gateway answered ${response.status}`);
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}
