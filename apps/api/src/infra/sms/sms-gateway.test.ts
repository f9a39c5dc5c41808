import { describe, expect, it } from 'vitest';
import { ChannelUnavailableError } from '../../services/notifications/outbox-sender.ts';
import { createHttpSmsGateway } from './sms-gateway.ts';

function gatewayAnswering(status: number) {
  const calls: { headers: Headers; body: unknown }[] = [];
  const fetchImpl = (async (_url: string, init: RequestInit) => {
    calls.push({ headers: new Headers(init.headers), body: JSON.parse(String(init.body)) });
    return new Response(null, { status });
  }) as typeof fetch;
  return { calls, sms: createHttpSmsGateway('http://gateway.test/', fetchImpl) };
}

const message = {
  id: '7f0e6a52-0000-4000-8000-000000000001',
  to: '+79170000001',
  subject: '',
  text: 'Code 123456',
};

describe('createHttpSmsGateway', () => {
  it('posts { to, text } with the notification id as the Idempotency-Key', async () => {
    const { calls, sms } = gatewayAnswering(204);
    await sms.send(message);
    await sms.send(message);
    expect(calls.map((c) => c.headers.get('idempotency-key'))).toEqual([message.id, message.id]);
    expect(calls[0]!.body).toEqual({ to: message.to, text: message.text });
  });

  it('tells a gateway that is down (5xx, 429, unreachable) from one that refuses the message (4xx)', async () => {
    await expect(gatewayAnswering(503).sms.send(message)).rejects.toBeInstanceOf(ChannelUnavailableError);
    await expect(gatewayAnswering(429).sms.send(message)).rejects.toBeInstanceOf(ChannelUnavailableError);
    const refused = gatewayAnswering(400).sms.send(message);
    await expect(refused).rejects.toThrow('SMS gateway answered 400');
    await expect(refused).rejects.not.toBeInstanceOf(ChannelUnavailableError);
    const unreachable = createHttpSmsGateway('http://127.0.0.1:1/');
    await expect(unreachable.send(message)).rejects.toBeInstanceOf(ChannelUnavailableError);
  });
});
