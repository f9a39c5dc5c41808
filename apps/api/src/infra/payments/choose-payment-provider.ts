// Which provider takes payments, decided at start-up once the database is seeded: PAYMENT_PROVIDER
// when set, else the demo provider in DEMO MODE (the database holds the seeded demo city), else none,
// and starting a payment is refused with PAYMENTS_UNAVAILABLE. The demo bank settles whatever its page
// is told, so a production server refuses to start with it over a real city's database.
import type { Config } from '../../config.ts';
import type { Db } from '../db/database.ts';
import { createDemoPaymentProvider, type DemoPaymentProvider } from './demo-payment-provider.ts';
import type { PaymentProvider } from './payment-provider.ts';
import { createStripePaymentProvider } from './stripe-payment-provider.ts';

export interface ChosenPayments {
  provider: PaymentProvider | null;
  /** Set when the demo provider is the active one: its bank's routes are mounted. */
  demo: DemoPaymentProvider | null;
}

export async function isDemoMode(db: Db): Promise<boolean> {
  return (await db.city.count({ where: { demo: true } })) > 0;
}

export function choosePaymentProvider(
  config: Pick<Config, 'env' | 'publicUrl' | 'payments'>,
  demoMode: boolean,
): ChosenPayments {
  const payments = config.payments;
  if (payments.provider === 'stripe') return { provider: createStripePaymentProvider(payments), demo: null };
  if (payments.provider === 'demo' && !demoMode && config.env === 'production')
    throw new Error(
      'Invalid configuration: PAYMENT_PROVIDER=demo settles payments without money; it is refused in production outside the demo city',
    );
  if (payments.provider === undefined && !demoMode) return { provider: null, demo: null };
  const demo = createDemoPaymentProvider({ publicUrl: config.publicUrl, secret: payments.demoSecret });
  return { provider: demo, demo };
}
