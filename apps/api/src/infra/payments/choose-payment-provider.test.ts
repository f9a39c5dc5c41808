import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { choosePaymentProvider } from './choose-payment-provider.ts';

const stripeEnv = {
  PAYMENT_PROVIDER: 'stripe',
  STRIPE_SECRET_KEY: 'sk_test_x',
  STRIPE_WEBHOOK_SECRET: 'whsec_x',
  PUBLIC_URL: 'https://city.example',
};
const choose = (env: Record<string, string>, demoMode: boolean) =>
  choosePaymentProvider(loadConfig(env), demoMode);

describe('choosePaymentProvider', () => {
  it('unset: the demo provider in DEMO MODE, none otherwise', () => {
    for (const env of ['production', 'development', 'test']) {
      const demo = choose({ NODE_ENV: env }, true);
      expect(demo.provider?.id).toBe('demo');
      expect(demo.demo).toBe(demo.provider);
      expect(choose({ NODE_ENV: env }, false)).toEqual({ provider: null, demo: null });
    }
  });

  it('demo outside DEMO MODE: refused in production, allowed in development and tests', () => {
    expect(() => choose({ NODE_ENV: 'production', PAYMENT_PROVIDER: 'demo' }, false)).toThrow(
      /PAYMENT_PROVIDER=demo/,
    );
    expect(choose({ NODE_ENV: 'production', PAYMENT_PROVIDER: 'demo' }, true).provider?.id).toBe('demo');
    for (const env of ['development', 'test'])
      expect(choose({ NODE_ENV: env, PAYMENT_PROVIDER: 'demo' }, false).provider?.id).toBe('demo');
  });

  it('stripe wherever it is asked for, and no demo bank then', () => {
    for (const demoMode of [true, false])
      expect(choose(stripeEnv, demoMode)).toMatchObject({ provider: { id: 'stripe' }, demo: null });
  });
});

describe('payment configuration', () => {
  it('needs Stripe’s keys and an absolute PUBLIC_URL for stripe', () => {
    for (const missing of ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'PUBLIC_URL']) {
      const env: Record<string, string> = { ...stripeEnv };
      delete env[missing];
      expect(() => loadConfig(env)).toThrow(new RegExp(`PAYMENT_PROVIDER=stripe needs ${missing}`));
    }
    expect(loadConfig({ ...stripeEnv, STRIPE_API_BASE: 'http://127.0.0.1:12111' }).payments).toMatchObject({
      provider: 'stripe',
      apiBase: new URL('http://127.0.0.1:12111'),
    });
  });

  it('refuses an unknown provider and a short demo secret', () => {
    expect(() => loadConfig({ PAYMENT_PROVIDER: 'paypal' })).toThrow(/PAYMENT_PROVIDER/);
    expect(() => loadConfig({ DEMO_PAYMENT_SECRET: 'short' })).toThrow(/DEMO_PAYMENT_SECRET/);
    expect(loadConfig({}).payments).toEqual({ provider: undefined, demoSecret: undefined });
  });
});
