// POST /payments/webhooks/:provider — the one endpoint where the active provider's callbacks arrive.
// The body stays raw (the signature is over its exact bytes); the provider's adapter verifies it and
// the settling service takes it (acceptPaymentCallback). Every refusal is a 4xx with a JSON error and
// changes nothing; a 2xx tells the provider to stop retrying.
import express, { type Router } from 'express';
import { notFound } from '../errors.ts';
import { sendJsonError } from './json-errors.ts';
import type { PaymentProvider } from '../infra/payments/payment-provider.ts';
import type { ServiceDeps } from '../services/context.ts';
import { acceptPaymentCallback, type CallbackResult } from '../services/payments/accept-payment-callback.ts';

const refusalStatus: Record<Extract<CallbackResult, { kind: 'refused' }>['reason'], number> = {
  SIGNATURE_MISSING: 401,
  SIGNATURE_INVALID: 401,
  TIMESTAMP_STALE: 400,
  MALFORMED: 400,
  UNKNOWN_CHECKOUT: 404,
  DUPLICATE_EVENT: 409,
  AMOUNT_MISMATCH: 422,
};

/** The HTTP answer to a callback, for the webhook and for the demo bank's page alike. */
export function callbackAnswer(result: CallbackResult): { status: number; body: Record<string, unknown> } {
  switch (result.kind) {
    case 'refused':
      return { status: refusalStatus[result.reason], body: { error: { code: result.reason } } };
    case 'ignored':
      return { status: 200, body: { received: true } };
    case 'settled':
      return {
        status: 200,
        body: { received: true, status: result.status, returnPath: `/applications/${result.requestId}` },
      };
  }
}

export function paymentWebhooksRouter(deps: ServiceDeps, provider: PaymentProvider): Router {
  const router = express.Router();
  router.post(
    '/payments/webhooks/:provider',
    express.raw({ type: () => true, limit: '256kb' }),
    async (req, res) => {
      if (req.params.provider !== provider.id) return void sendJsonError(req, res, notFound(), deps.log);
      const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      try {
        const answer = callbackAnswer(
          await acceptPaymentCallback(deps, provider, { rawBody, headers: req.headers }),
        );
        res.status(answer.status).json(answer.body);
      } catch (error) {
        sendJsonError(req, res, error, deps.log);
      }
    },
  );
  return router;
}
