// The demo provider: its checkout page is part of the web app (`/pay/demo/<ref>`), where the payer
// chooses to succeed or fail; that page then calls the provider's callback endpoint like a bank would.
import { randomBytes } from 'node:crypto';
import type { PaymentProvider } from './payment-provider.ts';

export const DEMO_PROVIDER_ID = 'demo';

export function createDemoPaymentProvider(publicUrl = ''): PaymentProvider {
  const base = publicUrl.replace(/\/+$/, '');
  return {
    id: DEMO_PROVIDER_ID,
    async createCheckout() {
      return { providerRef: `demo_${randomBytes(16).toString('hex')}` };
    },
    checkoutUrl: (providerRef) => `${base}/pay/demo/${providerRef}`,
  };
}
