// GET /verify/<code> is the public verification page (the SPA); asked for JSON (`Accept:
// application/json`), the same address answers a bank's or a notary's system directly: the document's
// status (GENUINE, REVOKED with its date and reason category, EXPIRED, UNKNOWN), number, kind and dates,
// with no personal data. The same throttle as the GraphQL check applies.
import express, { type Router } from 'express';
import type { ServiceDeps } from '../services/context.ts';
import { verifyDocument } from '../services/documents/verify-document.ts';
import type { VerificationThrottle } from '../infra/rate-limit/verification-throttle.ts';
import { sendJsonError } from './json-errors.ts';
import { pickLocale } from './request-context.ts';

export function verifyRouter(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'log'> & { verificationThrottle: VerificationThrottle },
): Router {
  const router = express.Router();
  router.get('/verify/:code', async (req, res, next) => {
    if (req.accepts(['html', 'json']) !== 'json') return next();
    const locale = pickLocale(req.query.lang, undefined, req.get('accept-language'));
    res.setHeader('Cache-Control', 'no-store');
    res.vary('Accept');
    try {
      const result = await verifyDocument(deps, { code: req.params.code, ip: req.ip ?? 'unknown' });
      if (result.status === 'UNKNOWN') return void res.json({ status: 'UNKNOWN' });
      res.json({
        status: result.status,
        number: result.number,
        kind: result.kind,
        issuedAt: result.issuedAt.toISOString(),
        validUntil: result.validUntil,
        revokedAt: result.revokedAt?.toISOString() ?? null,
        revocationReason: result.revocationReason,
      });
    } catch (error) {
      sendJsonError(req, res, error, deps.log, locale);
    }
  });
  return router;
}
