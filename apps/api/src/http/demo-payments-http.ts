// The demo bank's side, mounted only while the demo provider is the active one: GET /payments/demo/:ref
// describes the checkout for its page (/pay/demo/:ref in the web app); POST /payments/demo/:ref with
// `{ "outcome": "succeed" | "fail" }` is the payer's choice there. The bank then does what a bank does:
// it signs a callback event with its own secret and delivers it to our webhook code (in-process), which
// verifies and settles it exactly as it would a real provider's. The page's answer is the webhook's.
import express, { type Router } from 'express';
import { AppError, notFound } from '../errors.ts';
import { sendJsonError } from './json-errors.ts';
import { demoRefPattern, type DemoPaymentProvider } from '../infra/payments/demo-payment-provider.ts';
import type { ServiceDeps } from '../services/context.ts';
import { acceptPaymentCallback } from '../services/payments/accept-payment-callback.ts';
import { callbackAnswer } from './payment-webhooks-http.ts';

export function demoPaymentsRouter(deps: ServiceDeps, bank: DemoPaymentProvider): Router {
  const router = express.Router();
  const findCheckout = (ref: string) =>
    demoRefPattern.test(ref)
      ? deps.db.payment.findFirst({
          where: { provider: bank.id, providerRef: ref },
          include: { request: { select: { id: true, number: true } } },
        })
      : Promise.resolve(null);

  router.get('/payments/demo/:ref', async (req, res) => {
    const payment = await findCheckout(req.params.ref);
    if (!payment) return void sendJsonError(req, res, notFound(), deps.log);
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      amount: payment.amount,
      currency: payment.currency,
      description: payment.request.number,
      status: payment.status,
      returnPath: `/applications/${payment.request.id}`,
    });
  });

  router.post('/payments/demo/:ref', express.json({ limit: '1kb' }), async (req, res) => {
    const outcome = (req.body as { outcome?: unknown } | undefined)?.outcome;
    if (!demoRefPattern.test(req.params.ref) || (outcome !== 'succeed' && outcome !== 'fail'))
      return void sendJsonError(req, res, new AppError('INVALID_INPUT'), deps.log);
    try {
      // The bank knows the checkout it was asked to open: its amount and currency go into the event.
      const payment = await findCheckout(req.params.ref);
      if (!payment) return void sendJsonError(req, res, notFound(), deps.log);
      const delivery = bank.signedCallback(payment, outcome === 'succeed', deps.clock());
      const answer = callbackAnswer(await acceptPaymentCallback(deps, bank, delivery));
      res.status(answer.status).json(answer.body);
    } catch (error) {
      sendJsonError(req, res, error, deps.log);
    }
  });
  return router;
}
