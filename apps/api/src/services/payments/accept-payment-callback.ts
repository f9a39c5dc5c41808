// The one path every provider callback takes, whether it came over HTTP to the provider's webhook or
// from the demo bank in-process: the provider's adapter verifies the signature and timestamp over the
// raw body and reads the event; a settling event then goes to settlePayment. A refused callback changes
// nothing and is logged (provider, reference, reason; never the secret or the body).
import type {
  CallbackHeaders,
  CallbackRefusal,
  PaymentProvider,
} from '../../infra/payments/payment-provider.ts';
import type { ServiceDeps } from '../context.ts';
import { settlePayment, type SettleResult } from './settle-payment.ts';

export type CallbackResult =
  | Extract<SettleResult, { kind: 'settled' }>
  | { kind: 'ignored' }
  | { kind: 'refused'; reason: CallbackRefusal | Extract<SettleResult, { kind: 'refused' }>['reason'] };

export async function acceptPaymentCallback(
  deps: ServiceDeps,
  provider: PaymentProvider,
  delivery: { rawBody: Buffer; headers: CallbackHeaders },
): Promise<CallbackResult> {
  const verified = provider.verifyCallback(delivery.rawBody, delivery.headers, deps.clock());
  if (verified.kind === 'refused') {
    deps.log.warn(
      { provider: provider.id, ref: verified.ref, reason: verified.reason },
      'payment callback refused',
    );
    return verified;
  }
  if (verified.kind === 'ignored') {
    deps.log.info(
      { provider: provider.id, eventId: verified.eventId, type: verified.type },
      'payment event ignored',
    );
    return { kind: 'ignored' };
  }
  const result = await settlePayment(deps, { provider: provider.id, ...verified });
  if (result.kind === 'refused')
    deps.log.warn(
      { provider: provider.id, ref: verified.providerRef, eventId: verified.eventId, reason: result.reason },
      'payment callback refused',
    );
  return result;
}
