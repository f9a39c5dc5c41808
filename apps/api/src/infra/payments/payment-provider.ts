// Payment providers behind one interface: the platform opens a checkout at the provider, sends the
// payer to its page, and learns the result from the provider's callback (matched by `providerRef`).
// The built-in demo provider stands in for a bank; a real acquirer is another implementation.

export interface CheckoutRequest {
  paymentId: string;
  /** Minor units of `currency`. */
  amount: number;
  currency: string;
  /** What the payer sees on the provider's page (the application number). */
  description: string;
}

export interface Checkout {
  /** The provider's id of the checkout; callbacks carry it. */
  providerRef: string;
}

export interface PaymentProvider {
  readonly id: string;
  /** Opens a checkout at the provider. */
  createCheckout(request: CheckoutRequest): Promise<Checkout>;
  /** Where to send the payer to pay a checkout. */
  checkoutUrl(providerRef: string): string;
}
