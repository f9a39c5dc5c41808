// Stripe Checkout: a hosted checkout per payment and webhooks for its outcome. The checkout is opened
// through Stripe's maintained client (idempotent by our payment id, so a retried call opens no second
// session); webhooks are verified here with Stripe's documented scheme (signed-payload.ts) against our
// injected clock. Amounts are minor units both sides: true for the currencies our cities use (RUB, AZN,
// KZT, UAH); Stripe's zero-decimal and special currencies would need a conversion here.
import Stripe from 'stripe';
import type { CallbackHeaders, PaymentProvider, VerifiedCallback } from './payment-provider.ts';
import { headerValue, parseJsonObject, verifySignature } from './signed-payload.ts';

export const STRIPE_PROVIDER_ID = 'stripe';

export interface StripeOptions {
  secretKey: string;
  webhookSecret: string;
  /** Where API calls go (tests: a local server speaking Stripe's protocol). */
  apiBase?: URL | undefined;
  /** Absolute address of the web app: the payer comes back to `/applications/<id>`. */
  publicUrl: string;
}

/** The languages of our UI that Stripe's page speaks; the others let Stripe pick from the browser. */
const stripeLocales = new Set(['ru', 'en']);

export function createStripePaymentProvider(options: StripeOptions): PaymentProvider {
  const base = options.apiBase;
  const stripe = new Stripe(options.secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    ...(base
      ? {
          host: base.hostname,
          port: base.port || (base.protocol === 'http:' ? 80 : 443),
          protocol: base.protocol === 'http:' ? 'http' : 'https',
        }
      : {}),
  });
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  return {
    id: STRIPE_PROVIDER_ID,
    async createCheckout(request) {
      const back = `${publicUrl}/applications/${request.requestId}`;
      const session = await stripe.checkout.sessions.create(
        {
          mode: 'payment',
          line_items: request.lines.map((line) => ({
            quantity: 1,
            price_data: {
              currency: request.currency.toLowerCase(),
              unit_amount: line.amount,
              product_data: { name: line.name },
            },
          })),
          success_url: back,
          cancel_url: back,
          client_reference_id: request.paymentId,
          metadata: { applicationNumber: request.applicationNumber, paymentId: request.paymentId },
          locale: stripeLocales.has(request.locale) ? (request.locale as 'ru' | 'en') : 'auto',
        },
        { idempotencyKey: `citydesk-checkout-${request.paymentId}` },
      );
      if (!session.url) throw new Error(`Stripe checkout session ${session.id} has no url`);
      return { providerRef: session.id, checkoutUrl: session.url };
    },
    verifyCallback(rawBody: Buffer, headers: CallbackHeaders, now: Date): VerifiedCallback {
      const event = parseJsonObject(rawBody);
      const session = (event?.data as { object?: Record<string, unknown> } | undefined)?.object;
      const ref = typeof session?.id === 'string' ? session.id.slice(0, 255) : undefined;
      const signature = verifySignature(
        headerValue(headers, 'stripe-signature'),
        rawBody,
        options.webhookSecret,
        now,
      );
      if (!signature.ok) return { kind: 'refused', reason: signature.reason, ref };
      return readStripeEvent(event, session, ref);
    },
  };
}

/** What a checkout.session event means for the payment; null = not ours to act on. */
function outcomeOf(type: string, session: Record<string, unknown>): boolean | null {
  switch (type) {
    case 'checkout.session.completed':
      // Delayed methods (bank debits) complete unpaid; async_payment_succeeded/failed follows.
      return session.payment_status === 'paid' ? true : null;
    case 'checkout.session.async_payment_succeeded':
      return true;
    case 'checkout.session.expired':
    case 'checkout.session.async_payment_failed':
      return false;
    default:
      return null;
  }
}

function readStripeEvent(
  event: Record<string, unknown> | null,
  session: Record<string, unknown> | undefined,
  ref: string | undefined,
): VerifiedCallback {
  if (typeof event?.id !== 'string' || event.id.length > 255 || typeof event.type !== 'string')
    return { kind: 'refused', reason: 'MALFORMED', ref };
  if (!event.type.startsWith('checkout.session.'))
    return { kind: 'ignored', eventId: event.id, type: event.type };
  if (
    !session ||
    ref === undefined ||
    !Number.isSafeInteger(session.amount_total) ||
    typeof session.currency !== 'string'
  )
    return { kind: 'refused', reason: 'MALFORMED', ref };
  const succeeded = outcomeOf(event.type, session);
  if (succeeded === null) return { kind: 'ignored', eventId: event.id, type: event.type };
  return {
    kind: 'settle',
    eventId: event.id,
    providerRef: ref,
    succeeded,
    amount: session.amount_total as number,
    currency: session.currency.toUpperCase(),
  };
}
