// The demo provider works like a bank: its checkout page is part of the web app (`/pay/demo/<ref>`),
// where the payer chooses to pay or decline; the bank then builds a signed callback event with its own
// secret and delivers it through the same verification and settling path as a real provider's webhook.
import { randomBytes } from 'node:crypto';
import type { CallbackHeaders, PaymentProvider, VerifiedCallback } from './payment-provider.ts';
import { headerValue, parseJsonObject, signPayload, verifySignature } from './signed-payload.ts';

export const DEMO_PROVIDER_ID = 'demo';
export const DEMO_SIGNATURE_HEADER = 'citydesk-demo-signature';
export const demoRefPattern = /^demo_[0-9a-f]{32}$/;

/** The demo bank's callback event (what its webhook body says). */
export interface DemoEvent {
  id: string;
  type: 'payment.succeeded' | 'payment.failed';
  data: { ref: string; amount: number; currency: string };
}

export interface DemoPaymentProvider extends PaymentProvider {
  /** The signed callback the bank sends when the payer paid or declined `ref`. */
  signedCallback(
    payment: { providerRef: string; amount: number; currency: string },
    succeeded: boolean,
    at: Date,
  ): { rawBody: Buffer; headers: CallbackHeaders };
}

export function createDemoPaymentProvider(
  options: { publicUrl?: string | undefined; secret?: string | undefined } = {},
): DemoPaymentProvider {
  const base = (options.publicUrl ?? '').replace(/\/+$/, '');
  // Random per process when unset: the bank signs and verifies in the same process.
  const secret = options.secret ?? randomBytes(32).toString('hex');
  return {
    id: DEMO_PROVIDER_ID,
    async createCheckout() {
      const providerRef = `demo_${randomBytes(16).toString('hex')}`;
      return { providerRef, checkoutUrl: `${base}/pay/demo/${providerRef}` };
    },
    signedCallback(payment, succeeded, at) {
      const event: DemoEvent = {
        id: `evt_demo_${randomBytes(16).toString('hex')}`,
        type: succeeded ? 'payment.succeeded' : 'payment.failed',
        data: { ref: payment.providerRef, amount: payment.amount, currency: payment.currency },
      };
      const rawBody = Buffer.from(JSON.stringify(event));
      return {
        rawBody,
        headers: {
          'content-type': 'application/json',
          [DEMO_SIGNATURE_HEADER]: signPayload(secret, rawBody, at),
        },
      };
    },
    verifyCallback(rawBody, headers, now) {
      const body = parseJsonObject(rawBody);
      const claimed = body?.data as Partial<DemoEvent['data']> | undefined;
      const ref = typeof claimed?.ref === 'string' ? claimed.ref.slice(0, 64) : undefined;
      const signature = verifySignature(headerValue(headers, DEMO_SIGNATURE_HEADER), rawBody, secret, now);
      if (!signature.ok) return { kind: 'refused', reason: signature.reason, ref };
      return readDemoEvent(body, ref);
    },
  };
}

function readDemoEvent(body: Record<string, unknown> | null, ref: string | undefined): VerifiedCallback {
  const data = body?.data as Partial<DemoEvent['data']> | undefined;
  if (
    typeof body?.id !== 'string' ||
    !/^evt_demo_[0-9a-f]{32}$/.test(body.id) ||
    (body.type !== 'payment.succeeded' && body.type !== 'payment.failed') ||
    typeof data?.ref !== 'string' ||
    !demoRefPattern.test(data.ref) ||
    !Number.isSafeInteger(data.amount) ||
    typeof data.currency !== 'string'
  )
    return { kind: 'refused', reason: 'MALFORMED', ref };
  return {
    kind: 'settle',
    eventId: body.id,
    providerRef: data.ref,
    succeeded: body.type === 'payment.succeeded',
    amount: data.amount!,
    currency: data.currency.toUpperCase(),
  };
}
