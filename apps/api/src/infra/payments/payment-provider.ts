// Payment providers behind one port: the platform opens a checkout at the provider, sends the payer to
// its page, and learns the result from the provider's signed callback, which the provider's own adapter
// verifies (signature, timestamp) and reads into one shape. Settling then follows the same rules for
// every provider (services/payments). The built-in demo provider stands in for a bank; Stripe is a real one.

/** One line of what is paid, as the payer sees it on the provider's page. */
export interface CheckoutLine {
  /** Already in the payer's language: what for, account, period. */
  name: string;
  /** Minor units of the checkout's currency. */
  amount: number;
}

export interface CheckoutRequest {
  /** Our payment's id (the row is written after the provider answers, with this id). */
  paymentId: string;
  /** The application paid for: the provider sends the payer back to it. */
  requestId: string;
  applicationNumber: string;
  /** Minor units of `currency`; the sum of `lines`. */
  amount: number;
  /** ISO 4217, upper case. */
  currency: string;
  lines: CheckoutLine[];
  locale: string;
}

export interface Checkout {
  /** The provider's id of the checkout; callbacks carry it. */
  providerRef: string;
  /** Where to send the payer to pay it. */
  checkoutUrl: string;
}

/** Why a callback was refused before it reached a payment. */
export type CallbackRefusal = 'SIGNATURE_MISSING' | 'SIGNATURE_INVALID' | 'TIMESTAMP_STALE' | 'MALFORMED';

/** A provider's callback, verified and read by its adapter. */
export type VerifiedCallback =
  | {
      kind: 'settle';
      eventId: string;
      providerRef: string;
      succeeded: boolean;
      /** What the provider says was charged: minor units, ISO 4217 upper case. */
      amount: number;
      currency: string;
    }
  /** An event the platform does not act on (acknowledged so the provider stops sending it). */
  | { kind: 'ignored'; eventId: string; type: string }
  /** `ref`: the reference the body claims, unverified, for the log only. */
  | { kind: 'refused'; reason: CallbackRefusal; ref?: string | undefined };

export type CallbackHeaders = Record<string, string | string[] | undefined>;

export interface PaymentProvider {
  readonly id: string;
  /** Opens a checkout at the provider. */
  createCheckout(request: CheckoutRequest): Promise<Checkout>;
  /** Verifies a callback's signature over its raw body and reads it. */
  verifyCallback(rawBody: Buffer, headers: CallbackHeaders, now: Date): VerifiedCallback;
}
