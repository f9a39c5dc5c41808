// The demo payment provider's side, as a bank's would be: GET /payments/demo/:ref describes the
// checkout for its page (/pay/demo/:ref in the web app), POST /payments/demo/:ref with
// `{ "outcome": "succeed" | "fail" }` is its callback. The unguessable reference is the only key, as
// at a real acquirer; settling is idempotent, so a repeated callback changes nothing.
import express, { type Router } from 'express';
import { AppError } from '../errors.ts';
import { DEMO_PROVIDER_ID } from '../infra/payments/demo-payment-provider.ts';
import type { ServiceDeps } from '../services/context.ts';
import { settlePayment } from '../services/payments/settle-payment.ts';

const refPattern = /^demo_[0-9a-f]{32}$/;

export function demoPaymentsRouter(deps: ServiceDeps): Router {
  const router = express.Router();

  router.get('/payments/demo/:ref', async (req, res) => {
    const payment = refPattern.test(req.params.ref)
      ? await deps.db.payment.findFirst({
          where: { provider: DEMO_PROVIDER_ID, providerRef: req.params.ref },
          include: { request: { select: { id: true, number: true } } },
        })
      : null;
    if (!payment) return void res.status(404).json({ error: { code: 'NOT_FOUND' } });
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
    if (!refPattern.test(req.params.ref) || (outcome !== 'succeed' && outcome !== 'fail'))
      return void res.status(400).json({ error: { code: 'INVALID_INPUT' } });
    try {
      const settled = await settlePayment(deps, {
        provider: DEMO_PROVIDER_ID,
        providerRef: req.params.ref,
        succeeded: outcome === 'succeed',
      });
      res.json({ status: settled.status, returnPath: `/applications/${settled.requestId}` });
    } catch (error) {
      const code = error instanceof AppError ? error.code : 'INTERNAL';
      if (code === 'INTERNAL') deps.log.error({ err: error }, 'demo payment callback failed');
      res.status(code === 'NOT_FOUND' ? 404 : code === 'INTERNAL' ? 500 : 409).json({ error: { code } });
    }
  });
  return router;
}
